package org.nonji.server;

import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/** Lucene failures that are the caller's doing, however deep jena-text wraps them. */
final class LuceneErrors {
    private LuceneErrors() {
    }

    /** Whether a regular expression or wildcard in a full-text query was too complex to turn into an automaton. */
    static boolean tooComplex(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof TooComplexToDeterminizeException) {
                return true;
            }
        }
        return false;
    }
}
