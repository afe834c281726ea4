package org.nonji.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A nonji store on disk: generations {@code gen-NNNNNN/} (each a TDB2 database {@code tdb2/} and a text index
 * {@code text/}, complete once {@code COMPLETE} exists) and a {@code CURRENT} file naming the live one.
 *
 * <p>A build writes a new generation beside the live one and then replaces {@code CURRENT} with an atomic rename,
 * so a build that fails or is killed at any point leaves the previous generation live and intact. A lock file
 * keeps two builds from writing the same store at once.
 */
public final class StoreDirectory {
    static final String CURRENT = "CURRENT";
    static final String COMPLETE = "COMPLETE";
    static final String MARKER = ".nonji-store";
    private static final String LOCK = ".build.lock";
    private static final String SERVING = ".serving.lock";

    private final Path root;

    public StoreDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The store's root directory. */
    public Path root() {
        return root;
    }

    /** Whether a live generation exists. */
    public boolean exists() {
        return Files.isRegularFile(root.resolve(CURRENT));
    }

    /** The live generation, checked to be complete; a clear error when the store is missing or damaged. */
    public Path current() {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isDirectory(root)) {
            throw new StoreException("no store at " + root + ": run 'build --input DIR --store " + root + "' first");
        }
        if (!Files.isRegularFile(pointer)) {
            throw new StoreException("not a nonji store (no CURRENT file): " + root);
        }
        String name;
        try {
            name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new StoreException("cannot read " + pointer + ": " + e.getMessage(), e);
        }
        if (!name.matches("gen-\\d{6}")) {
            throw new StoreException("corrupt store " + root + ": CURRENT names '" + name + "'");
        }
        Path gen = root.resolve(name);
        if (!Files.isRegularFile(gen.resolve(COMPLETE)) || !Files.isDirectory(gen.resolve("tdb2"))) {
            throw new StoreException("corrupt store " + root + ": generation " + name + " is incomplete");
        }
        return gen;
    }

    /** The properties recorded when the live generation was completed. */
    public Properties currentInfo() {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(current().resolve(COMPLETE), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new StoreException("cannot read store info: " + e.getMessage(), e);
        }
        return p;
    }

    /** Takes the build lock; fails at once with a clear message if another build holds it. */
    public FileLock lockForBuild() {
        prepareRoot();
        try {
            FileChannel channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new StoreException("store " + root + " is being built by another process; try again later");
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            throw new StoreException("store " + root + " is already being built by this process", e);
        } catch (IOException e) {
            throw new StoreException("cannot lock store " + root + ": " + e.getMessage(), e);
        }
    }

    private void prepareRoot() {
        try {
            if (Files.exists(root) && !Files.isDirectory(root)) {
                throw new StoreException("store path is a file, not a directory: " + root);
            }
            if (Files.isDirectory(root) && !Files.exists(root.resolve(MARKER)) && !isEmpty(root)) {
                throw new StoreException("refusing to use " + root + " as a store: it is not empty and not a nonji "
                        + "store");
            }
            Files.createDirectories(root);
            if (!Files.exists(root.resolve(MARKER))) {
                Files.writeString(root.resolve(MARKER), "nonji store, format 1\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create store directory " + root + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** A fresh, empty generation directory that is not live. Call with the build lock held. */
    public Path newGeneration() {
        int next = 1;
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.matches("gen-\\d{6}")) {
                    next = Math.max(next, Integer.parseInt(n.substring(4)) + 1);
                }
            }
            Path gen = root.resolve(String.format("gen-%06d", next));
            Files.createDirectories(gen);
            return gen;
        } catch (IOException e) {
            throw new StoreException("cannot create a generation in " + root + ": " + e.getMessage(), e);
        }
    }

    /** Marks a generation complete and makes it live atomically; then removes the generations no longer live. */
    public void publish(Path gen, Properties info) {
        try {
            try (var out = Files.newBufferedWriter(gen.resolve(COMPLETE), StandardCharsets.UTF_8)) {
                info.store(out, "nonji store generation");
            }
            Path tmp = root.resolve(CURRENT + ".tmp");
            Files.writeString(tmp, gen.getFileName() + "\n", StandardCharsets.UTF_8);
            try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            try {
                Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StoreException("cannot publish the new store generation: " + e.getMessage(), e);
        }
        removeAllBut(gen);
    }

    /**
     * Marks a generation as being served (a shared lock on its {@code .serving.lock}) until the lock is released:
     * a build that replaces it then leaves it on disk, since its text index is read file by file while serving.
     */
    public FileLock holdForServing(Path gen) {
        try {
            FileChannel channel = FileChannel.open(gen.resolve(SERVING), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.READ);
            return channel.lock(0, Long.MAX_VALUE, true);
        } catch (IOException e) {
            throw new StoreException("cannot mark " + gen + " as served: " + e.getMessage(), e);
        }
    }

    private static boolean inUse(Path gen) {
        Path lockFile = gen.resolve(SERVING);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    /** Deletes a generation that failed; the live one is never touched. */
    public void discard(Path gen) {
        deleteTree(gen);
    }

    private void removeAllBut(Path keep) {
        try (Stream<Path> s = Files.list(root)) {
            // a generation a server still reads stays until a later build finds it free
            List<Path> old = s.filter(p -> p.getFileName().toString().matches("gen-\\d{6}"))
                    .filter(p -> !p.equals(keep)).filter(p -> !inUse(p)).toList();
            old.forEach(StoreDirectory::deleteTree);
        } catch (IOException e) {
            // leftover generations only cost disk; the next build removes them
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: a stale generation is ignored by readers since CURRENT does not name it
        }
    }
}
