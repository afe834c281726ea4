package org.nonji.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.TsvTable;

/**
 * What a directory of N-Quads holds, essay by essay ({@code manifest.tsv}, written by the Spark job and read by
 * {@code load} and the next incremental run): the essay id, the file it came from, the checksum of its text, the
 * file's size, how many quads its graph has, and the extractor (code, data and analyser, as {@link ToolDigest}
 * names it) that made them. An essay whose checksum and extractor are unchanged need not be extracted again.
 */
public final class Manifest {
    /** The file name inside an output directory. */
    public static final String FILE = "manifest.tsv";
    static final String HEADER = "# essays in this N-Quads directory: id\tfile\tsha256\tbytes\tquads\textractor";
    private static final int COLUMNS = 6;

    /** One essay. */
    public record Entry(String id, String fileName, String sha256, long bytes, long quads, String extractor)
            implements java.io.Serializable {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(extractor, "extractor");
        }
    }

    private final Map<String, Entry> byId;

    public Manifest(Collection<Entry> entries) {
        Map<String, Entry> m = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(Entry::id)).forEach(e -> m.put(e.id(), e));
        this.byId = java.util.Collections.unmodifiableMap(m);
    }

    /** An empty manifest: a first run. */
    public static Manifest none() {
        return new Manifest(List.of());
    }

    public Optional<Entry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every entry, by essay id. */
    public Collection<Entry> all() {
        return byId.values();
    }

    /** Reads a manifest; {@code where} names it in errors. */
    public static Manifest read(Reader in, String where) {
        List<Entry> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(in)) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != COLUMNS) {
                    throw new NonjiException(where + ":" + n + ": expected " + COLUMNS + " tab-separated columns, "
                            + "found " + f.length + ": " + NonjiException.quote(line), ExitCodes.BAD_INPUT);
                }
                try {
                    out.add(new Entry(f[0], TsvTable.unescape(f[1]), f[2], Long.parseLong(f[3]),
                            Long.parseLong(f[4]), f[5]));
                } catch (NumberFormatException e) {
                    throw new NonjiException(where + ":" + n + ": bytes and quads must be numbers: "
                            + NonjiException.quote(line), ExitCodes.BAD_INPUT, e);
                }
            }
        } catch (IOException e) {
            throw new NonjiException("cannot read " + where + ": " + e.getMessage(), ExitCodes.RUNTIME, e);
        }
        return new Manifest(out);
    }

    /** The manifest as text: the commented header, then one row per essay in id order. */
    public String text() {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        byId.values().forEach(e -> b.append(e.id()).append('\t').append(TsvTable.escape(e.fileName())).append('\t')
                .append(e.sha256()).append('\t').append(e.bytes()).append('\t').append(e.quads()).append('\t')
                .append(e.extractor()).append('\n'));
        return b.toString();
    }
}
