package org.nonji.extract;

import org.nonji.ExitCodes;
import org.nonji.NonjiException;

/** Broken curated data (gazetteer, cue files): the message names file and line. */
public class ExtractException extends NonjiException {
    public ExtractException(String message) {
        super(message, ExitCodes.INTERNAL);
    }
}
