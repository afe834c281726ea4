package org.nonji.store;

import org.nonji.ExitCodes;
import org.nonji.NonjiException;

/** A store that cannot be written or opened: locked, missing, corrupt, not a nonji store, or a failed check. */
public class StoreException extends NonjiException {
    public StoreException(String message) {
        super(message, ExitCodes.RUNTIME);
    }

    public StoreException(String message, Throwable cause) {
        super(message, ExitCodes.RUNTIME, cause);
    }
}
