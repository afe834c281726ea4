package org.nonji.store;

import java.nio.file.Path;

/** A second process for tests: holds a store's build lock until its stdin closes. */
public final class StoreLockHolder {
    private StoreLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (StoreDirectory.BuildLock lock = new StoreDirectory(Path.of(args[0])).lockForBuild()) {
            System.out.println("locked");
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
