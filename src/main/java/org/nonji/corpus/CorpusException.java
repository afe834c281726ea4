package org.nonji.corpus;

import org.nonji.ExitCodes;
import org.nonji.NonjiException;

/** An essay file that cannot be read as an essay: the message names the file and the reason. */
public class CorpusException extends NonjiException {
    private final String file;

    public CorpusException(String file, String reason) {
        super(printable(file) + ": " + reason, ExitCodes.BAD_INPUT);
        this.file = file;
    }

    /** A file name as it can be printed on one line: control and invisible characters shown as '?'. */
    public static String printable(String file) {
        StringBuilder b = new StringBuilder(file.length());
        file.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT ? '?' : c));
        return b.toString();
    }

    /** The file name the failure is about, as the user gave it. */
    public String file() {
        return file;
    }
}
