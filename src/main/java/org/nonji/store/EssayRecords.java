package org.nonji.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nonji.TsvTable;

/**
 * What a store generation holds, essay by essay: the file it came from, its id, the checksum of its text, and the
 * file's size and modification time when it was read. An incremental build compares a directory against it
 * without opening the database, and skips reading files whose size and time have not changed.
 *
 * <p>Stored as {@code essays.tsv} in the generation: a commented header, then one tab-separated row per essay.
 */
public final class EssayRecords {
    /** One essay as it was built. */
    public record Essay(String fileName, String id, String sha256, long size, long modifiedMillis) {
    }

    private final Map<String, Essay> byFile;

    public EssayRecords(Collection<Essay> essays) {
        Map<String, Essay> m = new LinkedHashMap<>();
        essays.forEach(e -> m.put(e.fileName(), e));
        this.byFile = Map.copyOf(m);
    }

    /** No essays: a store written before records were kept, or a new one. */
    public static EssayRecords none() {
        return new EssayRecords(List.of());
    }

    /** The record of a file, by its path relative to the input directory. */
    public Optional<Essay> byFile(String fileName) {
        return Optional.ofNullable(byFile.get(fileName));
    }

    /** Every record. */
    public Collection<Essay> all() {
        return byFile.values();
    }

    public boolean isEmpty() {
        return byFile.isEmpty();
    }

    static EssayRecords read(Path file) {
        try {
            List<Essay> out = new java.util.ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 5) {
                    throw new StoreException("corrupt essay records " + file + ": " + line);
                }
                out.add(new Essay(TsvTable.unescape(f[0]), f[1], f[2], Long.parseLong(f[3]), Long.parseLong(f[4])));
            }
            return new EssayRecords(out);
        } catch (NoSuchFileException e) {
            return none();
        } catch (IOException | NumberFormatException e) {
            throw new StoreException("cannot read essay records " + file + ": " + e.getMessage(), e);
        }
    }

    void write(Path file) {
        StringBuilder b = new StringBuilder("# essays in this store generation: file\tid\tsha256\tbytes\tmodified-ms\n");
        byFile.values().stream().sorted(java.util.Comparator.comparing(Essay::fileName)).forEach(e -> b
                .append(TsvTable.escape(e.fileName())).append('\t').append(e.id()).append('\t')
                .append(e.sha256()).append('\t').append(e.size()).append('\t').append(e.modifiedMillis()).append('\n'));
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("cannot write essay records " + file + ": " + e.getMessage(), e);
        }
    }
}
