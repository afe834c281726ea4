package org.nonji;

/** The one place where exit codes are defined; README "Exit codes" documents the same table. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** A runtime failure: I/O, a locked or corrupt store, a failed validation, a query error. */
    public static final int RUNTIME = 1;
    /** Bad usage: unknown command or option, missing argument. */
    public static final int USAGE = 2;
    /** Bad input data: unreadable, binary, wrongly encoded, empty or malformed essays (under --strict). */
    public static final int BAD_INPUT = 3;
    /** A bug in nonji: an unexpected exception. */
    public static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
