package org.nonji.store;

/** Turns a failure while writing a store into one clear line. */
final class StoreFailures {
    private StoreFailures() {
    }

    /**
     * A full disk shows up as an I/O exception, or as InternalError from a fault in a memory-mapped file; either
     * way the user needs to hear that the previous store is unchanged.
     */
    static StoreException wrap(StoreDirectory store, Throwable e) {
        if (e instanceof StoreException s) {
            return s;
        }
        return failed("cannot write the store " + store.root(), e);
    }

    /** What could not be written, with the cause's first line, said as a failure that left the previous store. */
    static StoreException failed(String what, Throwable e) {
        return new StoreException(what + ": " + rootMessage(e) + " (is the disk full?); the previous store is unchanged",
                e);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
