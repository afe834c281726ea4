package org.nonji.nlp;

import org.nonji.NonjiException;

/** A failure to set up or run a morphological analyser. */
public class NlpException extends NonjiException {
    public NlpException(String message, int exitCode) {
        super(message, exitCode);
    }

    public NlpException(String message, int exitCode, Throwable cause) {
        super(message, exitCode, cause);
    }
}
