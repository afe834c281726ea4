package org.nonji.corpus;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.nonji.ExitCodes;
import org.nonji.NonjiException;

/**
 * Reads every {@code .txt}/{@code .md} file under a directory, recursively, in sorted path order.
 *
 * <p>A bad file is skipped and reported, never allowed to poison the rest. Symbolic links that lead outside the
 * input directory are refused; hidden files and directories are ignored; two files that map to the same essay id
 * or have identical text are reported, the first one in path order kept.
 */
public final class CorpusReader {
    private static final long RACY_MILLIS = 2_000;

    private final EssayReader essayReader;

    public CorpusReader(EssayReader essayReader) {
        this.essayReader = Objects.requireNonNull(essayReader, "essayReader");
    }

    /** Reads the directory (or a single file); {@code progress} gets one call per file read. */
    public Corpus read(Path input, Consumer<String> progress) {
        List<Essay> essays = new ArrayList<>();
        List<CorpusException> skipped = walk(input, progress, Map.of(), (source, essay) -> essays.add(essay));
        return new Corpus(essays, skipped);
    }

    /**
     * Lists the directory (or a single file) as {@link #read} would read it, keeping only where each essay is and
     * its checksum: every file is read and checked, but no text is kept.
     */
    public CorpusListing scan(Path input, Consumer<String> progress) {
        return scan(input, progress, Map.of());
    }

    /**
     * Lists as {@link #scan(Path, Consumer)} does, but a file whose size and modification time equal those of its
     * entry in {@code known} (by file name) is taken as known, without reading it again: an incremental build of a
     * large corpus looks only at the files that changed.
     */
    public CorpusListing scan(Path input, Consumer<String> progress, Map<String, EssaySource> known) {
        List<EssaySource> sources = new ArrayList<>();
        List<CorpusException> skipped = walk(input, progress, known, (source, essay) -> sources.add(source));
        return new CorpusListing(sources, skipped);
    }

    /** Reads a scanned essay again; a file that has become unreadable since the scan is a {@link CorpusException}. */
    public Essay load(EssaySource source) {
        try {
            long size = Files.size(source.file());
            if (size > essayReader.maxBytes()) {
                throw new CorpusException(source.fileName(), "too large: " + size + " bytes, the limit is "
                        + essayReader.maxBytes());
            }
            return essayReader.read(source.id(), source.fileName(), Files.readAllBytes(source.file()));
        } catch (IOException e) {
            throw new CorpusException(source.fileName(), "unreadable: " + reason(e));
        }
    }

    /**
     * The real path of an input file or directory; a {@link NonjiException} (bad input) if there is none or it
     * cannot be resolved. A build asks first, so that a mistyped input is refused before anything is loaded.
     */
    public static Path inputRoot(Path input) {
        if (!Files.exists(input)) {
            throw new NonjiException("input not found: " + input, ExitCodes.BAD_INPUT);
        }
        try {
            return input.toRealPath();
        } catch (IOException e) {
            throw new NonjiException("cannot read input " + input + ": " + e.getMessage(), ExitCodes.BAD_INPUT, e);
        }
    }

    /** Walks the input; {@code sink} gets each good file, with its essay unless it was taken as known. */
    private List<CorpusException> walk(Path input, Consumer<String> progress, Map<String, EssaySource> known,
                                       BiConsumer<EssaySource, Essay> sink) {
        Path root = inputRoot(input);
        Listing listing = Files.isDirectory(root) ? list(root) : new Listing(List.of(root), List.of());
        List<Path> files = listing.files();
        Path base = Files.isDirectory(root) ? root : root.getParent();
        List<CorpusException> skipped = new ArrayList<>(listing.problems());
        Map<String, String> idOwner = new HashMap<>();
        Map<String, String> textOwner = new HashMap<>();
        for (Path file : files) {
            String rel = base.relativize(file).toString().replace('\\', '/');
            progress.accept(rel);
            try {
                Path real = file.toRealPath();
                if (!real.startsWith(root) && !real.equals(root)) {
                    throw new CorpusException(rel, "symbolic link to outside the input directory, refused");
                }
                if (!Files.isRegularFile(real)) {
                    throw new CorpusException(rel, "not a regular file");
                }
                BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class);
                long size = attrs.size();
                long modified = attrs.lastModifiedTime().toMillis();
                if (size > essayReader.maxBytes()) {
                    throw new CorpusException(rel, "too large: " + size + " bytes, the limit is "
                            + essayReader.maxBytes());
                }
                String id = EssayIds.of(rel);
                String clash = idOwner.get(id.toLowerCase(Locale.ROOT));
                if (clash != null) {
                    throw new CorpusException(rel, "essay id '" + id + "' is already taken by " + clash
                            + "; rename one of them");
                }
                EssaySource before = known.get(rel);
                Essay essay = null;
                String sha;
                // a file written in the last seconds may change again within the clock's granularity: read it
                if (before != null && before.size() == size && before.modifiedMillis() == modified
                        && before.id().equals(id) && modified < System.currentTimeMillis() - RACY_MILLIS) {
                    sha = before.sha256();
                } else {
                    essay = essayReader.read(id, rel, Files.readAllBytes(real));
                    sha = essay.sha256();
                }
                String sameText = textOwner.get(sha);
                if (sameText != null) {
                    throw new CorpusException(rel, "same text as " + sameText + ", skipped as a duplicate");
                }
                idOwner.put(id.toLowerCase(Locale.ROOT), rel);
                textOwner.put(sha, rel);
                sink.accept(new EssaySource(real, rel, id, sha, size, modified), essay);
            } catch (CorpusException e) {
                skipped.add(e);
            } catch (IOException e) {
                skipped.add(new CorpusException(rel, "unreadable: " + reason(e)));
            }
        }
        return skipped;
    }

    /** The essay files under the input, in path order, and the entries that could not be looked at. */
    private record Listing(List<Path> files, List<CorpusException> problems) {
    }

    /**
     * Lists the essay files under {@code root} without following symbolic links to directories: a linked
     * directory inside the input is listed through its own path anyway, and one outside (up to {@code /}) must not
     * be read at all, so a link loop cannot arise. A linked file is listed when it stays inside the input (the
     * read checks again). An entry that cannot be looked at is one problem line; only the input itself is fatal.
     */
    private static Listing list(Path root) {
        List<Path> files = new ArrayList<>();
        List<CorpusException> problems = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(root.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(root.relativize(file))) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        link(root, file, files, problems);
                    } else if (isEssayFile(file)) {
                        if (attrs.isRegularFile()) {
                            files.add(file);
                        } else {
                            // opening a FIFO would block the build for ever: never read one
                            problems.add(new CorpusException(rel(root, file),
                                    "not a regular file (a FIFO, device or socket), skipped"));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (file.equals(root)) {
                        throw e;
                    }
                    if (!isHidden(root.relativize(file))) {
                        problems.add(new CorpusException(rel(root, file), "unreadable: " + reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null && dir.equals(root)) {
                        throw e;
                    }
                    if (e != null) {
                        problems.add(new CorpusException(rel(root, dir), "not listed completely: " + reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new NonjiException("cannot list input " + root + ": " + reason(e), ExitCodes.BAD_INPUT, e);
        }
        files.sort(null);
        problems.sort(java.util.Comparator.comparing(CorpusException::file));
        return new Listing(files, problems);
    }

    /** A symbolic link met in the walk: a file inside the input is listed, a link outside it is a problem. */
    private static void link(Path root, Path link, List<Path> files, List<CorpusException> problems) {
        Path real;
        try {
            real = link.toRealPath();
        } catch (IOException e) {
            if (isEssayFile(link)) {
                problems.add(new CorpusException(rel(root, link), "broken symbolic link or link loop: "
                        + reason(e)));
            }
            return;
        }
        boolean inside = real.startsWith(root);
        boolean dir = Files.isDirectory(real);
        if (!inside && (dir || isEssayFile(link))) {
            problems.add(new CorpusException(rel(root, link), "symbolic link to outside the input directory, "
                    + "refused"));
        } else if (inside && !dir && isEssayFile(link)) {
            files.add(link);
        }
    }

    private static String rel(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /** Why a file could not be read, in words: the JDK's message for these is only the path. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean isHidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEssayFile(Path p) {
        return isEssayName(p.getFileName().toString());
    }

    /** Whether a file of this name is an essay ({@code .txt}, {@code .md}, {@code .markdown}); other readers ask too. */
    public static boolean isEssayName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown");
    }

}
