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
 * keeps two builds from writing the same store at once; a build takes it before it reads any essay.
 */
public final class StoreDirectory {
    static final String CURRENT = "CURRENT";
    static final String COMPLETE = "COMPLETE";
    static final String MARKER = ".nonji-store";
    /** In a generation being updated in place; left behind by a killed update, it says the text index may lag. */
    static final String UPDATING = "UPDATING";
    static final String ESSAYS = "essays.tsv";
    private static final String LOCK = ".build.lock";
    private static final String SERVING = ".serving.lock";
    /** The temporary directories of snapshots, and the file in each naming the process that reads it. */
    static final String SNAPSHOT_PREFIX = "nonji-snapshot-";
    static final String SNAPSHOT_OWNER = "owner.pid";

    private final Path root;
    /** The build lock while this object holds it, and how many holders share it (guarded by {@code this}). */
    private FileLock buildLock;
    private int buildHolds;

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

    /**
     * Takes the build lock; fails at once with a clear message if another build holds it, or if the path cannot
     * be a store (a file, a non-empty directory that is no store, not writable). Taken again through this same
     * object (a build that locked up front and then opens its writer), it is shared and released with the last
     * holder.
     */
    public synchronized BuildLock lockForBuild() {
        if (buildHolds > 0) {
            buildHolds++;
            return new BuildLock();
        }
        prepareRoot();
        try {
            FileChannel channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                channel.close();
                throw new StoreException("store " + root + " is already being built by this process", e);
            }
            if (lock == null) {
                channel.close();
                throw new StoreException("store " + root + " is being built by another process; try again later");
            }
            buildLock = lock;
            buildHolds = 1;
            return new BuildLock();
        } catch (IOException e) {
            throw new StoreException("cannot lock store " + root + ": " + reason(e), e);
        }
    }

    private synchronized void releaseBuild() {
        if (--buildHolds == 0) {
            try {
                buildLock.release();
                buildLock.channel().close();
            } catch (IOException e) {
                // the lock goes with the process anyway
            }
            buildLock = null;
        }
    }

    /** A hold on the store's build lock, from {@link #lockForBuild()}; closing it twice releases once. */
    public final class BuildLock implements AutoCloseable {
        private boolean released;

        private BuildLock() {
        }

        @Override
        public void close() {
            synchronized (StoreDirectory.this) {
                if (!released) {
                    released = true;
                    releaseBuild();
                }
            }
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
            if (!Files.isWritable(root)) {
                throw new StoreException("cannot write the store directory " + root + ": permission denied");
            }
            if (!Files.exists(root.resolve(MARKER))) {
                Files.writeString(root.resolve(MARKER), "nonji store, format 1\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create store directory " + root + ": " + reason(e), e);
        }
    }

    /** Why, in words: for these the JDK's message is only the path. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage();
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

    /** Whether a server holds this generation open, in this process or another. */
    public static boolean inUse(Path gen) {
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

    /**
     * The essays a generation holds, as its build recorded them: file name → essay id, checksum, size and
     * modification time. Empty for a generation written before this file existed.
     */
    public EssayRecords essays(Path gen) {
        return EssayRecords.read(gen.resolve(ESSAYS));
    }

    /** Records the essays of a generation (atomically replacing the previous record). */
    public void writeEssays(Path gen, EssayRecords records) {
        records.write(gen.resolve(ESSAYS));
    }

    /** Rewrites the info of a generation updated in place (atomically). */
    public void updateInfo(Path gen, Properties info) {
        try {
            Path tmp = gen.resolve(COMPLETE + ".tmp");
            try (var out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                info.store(out, "nonji store generation");
            }
            Files.move(tmp, gen.resolve(COMPLETE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("cannot record the store info: " + e.getMessage(), e);
        }
    }

    /**
     * A new generation holding a copy of {@code gen} (database, text index, records), not live, for an update that
     * must not touch a generation a server is reading.
     */
    public Path copyGeneration(Path gen) {
        Path copy = newGeneration();
        try (Stream<Path> walk = Files.walk(gen)) {
            for (Path p : walk.toList()) {
                String name = p.getFileName().toString();
                if (p.equals(gen) || name.equals(SERVING) || name.equals(COMPLETE) || name.equals("tdb.lock")) {
                    continue;
                }
                Path target = copy.resolve(gen.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            return copy;
        } catch (IOException | java.io.UncheckedIOException e) {
            discard(copy);
            throw new StoreException("cannot copy the store generation " + gen + ": " + e.getMessage(), e);
        }
    }

    /**
     * A private copy of a generation's database and text index, in a temporary directory, for a reader that cannot
     * open the generation itself while another process has it open. The caller deletes it.
     */
    public Path snapshot(Path gen) {
        try {
            Path snap = Files.createTempDirectory(SNAPSHOT_PREFIX);
            sweepSnapshots(snap.getParent());
            Files.writeString(snap.resolve(SNAPSHOT_OWNER), Long.toString(ProcessHandle.current().pid()),
                    StandardCharsets.UTF_8);
            try (Stream<Path> walk = Files.walk(gen)) {
                for (Path p : walk.toList()) {
                    String name = p.getFileName().toString();
                    if (p.equals(gen) || name.equals(SERVING) || name.equals("tdb.lock") || name.equals("write.lock")) {
                        continue;
                    }
                    Path target = snap.resolve(gen.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            return snap;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new StoreException("cannot copy " + gen + " to read it while it is in use: " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the snapshots in {@code tmp} whose owning process is gone: a reader killed before it closed its copy
     * (kill -9, a timeout) left a whole store behind, gigabytes on a large one. A snapshot without an owner file is
     * left alone (it may be being written).
     */
    static void sweepSnapshots(Path tmp) {
        try (Stream<Path> s = Files.list(tmp)) {
            for (Path d : s.filter(p -> p.getFileName().toString().startsWith(SNAPSHOT_PREFIX)).toList()) {
                try {
                    long pid = Long.parseLong(Files.readString(d.resolve(SNAPSHOT_OWNER), StandardCharsets.UTF_8)
                            .strip());
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        continue;
                    }
                } catch (IOException | NumberFormatException e) {
                    continue;   // no owner written yet, or not ours
                }
                deleteTree(d);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // best effort: a sweep that cannot list the directory leaves it as it was
        }
    }

    /** Marks a generation as being updated in place, or clears the mark once database and index agree. */
    void markUpdating(Path gen, boolean updating) {
        try {
            if (updating) {
                Files.writeString(gen.resolve(UPDATING), "an update is in progress or was interrupted\n",
                        StandardCharsets.UTF_8);
            } else {
                Files.deleteIfExists(gen.resolve(UPDATING));
            }
        } catch (IOException e) {
            throw new StoreException("cannot mark the store generation " + gen + ": " + e.getMessage(), e);
        }
    }

    /** Whether an in-place update of the generation was interrupted (its text index may not match its database). */
    public static boolean interrupted(Path gen) {
        return Files.exists(gen.resolve(UPDATING));
    }

    /** Bytes in the files under a directory. */
    public static long sizeOf(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    /** Deletes a generation that failed; the live one is never touched. */
    public void discard(Path gen) {
        deleteTree(gen);
    }

    /**
     * Removes generations other than {@code keep} that no server reads: those replaced by earlier builds, and
     * those of builds that were killed. Call with the build lock held.
     */
    public void removeAllBut(Path keep) {
        try (Stream<Path> s = Files.list(root)) {
            // a generation a server still reads stays until a later build finds it free
            List<Path> old = s.filter(p -> p.getFileName().toString().matches("gen-\\d{6}"))
                    .filter(p -> !p.equals(keep)).filter(p -> !inUse(p)).toList();
            old.forEach(StoreDirectory::deleteTree);
        } catch (IOException e) {
            // leftover generations only cost disk; the next build removes them
        }
    }

    /** Deletes a store directory, refusing any directory that is not a nonji store. */
    public static void deleteIfStore(Path dir) {
        if (Files.exists(dir) && !Files.exists(dir.resolve(MARKER))) {
            throw new StoreException("refusing to delete " + dir + ": it is not a nonji store");
        }
        deleteTree(dir);
    }

    /** Deletes a directory tree, best effort. */
    public static void deleteTree(Path dir) {
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
