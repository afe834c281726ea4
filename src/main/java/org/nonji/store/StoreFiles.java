package org.nonji.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * The files a generation's last commit left, with their sizes ({@code FILES} in the generation): TDB2's data and
 * index files and the text index files of Lucene's latest commit. Opening a store checks them first, so a truncated
 * node table or a deleted index file is reported as a corrupt store instead of answering with partial results; and
 * nothing opens a text index whose commit is gone, since Lucene would start an empty one over the remaining files.
 *
 * <p>TDB2's files only grow between commits (append-only node table, copy-on-write B+trees), and Lucene's files are
 * written once, so a file shorter than recorded has lost data. Journals and lock files are not recorded. A store
 * written before this check has no {@code FILES} and is opened as before.
 */
public final class StoreFiles {
    static final String FILE = "FILES";

    private StoreFiles() {
    }

    /** Records the generation's committed files; call after both database and text index have committed. */
    public static void record(Path gen) {
        Map<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(gen.resolve("tdb2"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".lock") && !name.endsWith(".jrnl") && !name.endsWith(".tmp")) {
                    sizes.put(gen.relativize(p).toString(), Files.size(p));
                }
            }
            Path text = gen.resolve("text");
            try (FSDirectory dir = FSDirectory.open(text)) {
                for (String f : SegmentInfos.readLatestCommit(dir).files(true)) {
                    sizes.put(gen.relativize(text.resolve(f)).toString(), Files.size(text.resolve(f)));
                }
            }
            List<String> lines = new ArrayList<>();
            lines.add("# the files of this generation's last commit and their sizes (nonji checks them on opening)");
            sizes.forEach((f, n) -> lines.add(f + "\t" + n));
            Path tmp = gen.resolve(FILE + ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, gen.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new StoreException("cannot record the files of " + gen + ": " + e.getMessage(), e);
        }
    }

    /**
     * Fails with a "corrupt store" {@link StoreException} naming the first file that is missing or shorter than its
     * commit left it; a generation without a record passes.
     */
    public static void check(StoreDirectory store, Path gen) {
        Path record = gen.resolve(FILE);
        if (!Files.exists(record)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(record, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("corrupt store " + store.root() + ": cannot read " + record + ": "
                    + e.getMessage(), e);
        }
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            Path f = gen.resolve(line.substring(0, tab));
            long expected = Long.parseLong(line.substring(tab + 1));
            long actual;
            try {
                actual = Files.size(f);
            } catch (IOException e) {
                throw new StoreException("corrupt store " + store.root() + ": " + gen.relativize(f)
                        + " is missing; rebuild it (build --full) or restore it from a copy", e);
            }
            if (actual < expected) {
                throw new StoreException("corrupt store " + store.root() + ": " + gen.relativize(f) + " is truncated ("
                        + actual + " of " + expected + " bytes); rebuild it (build --full) or restore it from a copy");
            }
        }
    }
}
