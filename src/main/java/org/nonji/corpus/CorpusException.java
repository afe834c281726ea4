package org.nonji.corpus;

import org.nonji.ExitCodes;
import org.nonji.NonjiException;

/** An essay file that cannot be read as an essay: the message names the file and the reason. */
public class CorpusException extends NonjiException {
    private final String file;

    public CorpusException(String file, String reason) {
        super(file + ": " + reason, ExitCodes.BAD_INPUT);
        this.file = file;
    }

    /** The file name the failure is about, as the user gave it. */
    public String file() {
        return file;
    }
}
