package org.nonji.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nonji.Bundled;
import org.nonji.ExitCodes;
import org.nonji.NonjiException;

/**
 * The canned queries bundled from {@code queries/}, listed in {@code queries/index.txt} (file names, one per line)
 * so the jar needs no directory scanning. A query's name is its file name without the {@code NN-} prefix and
 * {@code .rq}: {@code 01-mentions.rq} is {@code mentions}.
 */
public final class QueryCatalog {
    private final Map<String, CannedQuery> byName;

    private QueryCatalog(Map<String, CannedQuery> byName) {
        this.byName = byName;
    }

    /** The bundled catalogue. */
    public static QueryCatalog bundled() {
        Map<String, CannedQuery> map = new TreeMap<>();
        for (String line : Bundled.read("queries/index.txt").split("\n")) {
            String file = line.strip();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            String name = nameOf(file);
            map.put(name, CannedQuery.parse(name, Bundled.read("queries/" + file)));
        }
        return new QueryCatalog(map);
    }

    /** The query name of a file name: strips a leading {@code NN-} and the {@code .rq} suffix. */
    public static String nameOf(String file) {
        return file.replaceFirst("\\.rq$", "").replaceFirst("^\\d+-", "");
    }

    /** All queries by name. */
    public List<CannedQuery> all() {
        return new ArrayList<>(byName.values());
    }

    /** The query called {@code name}; a usage error lists the names when there is none. */
    public CannedQuery get(String name) {
        CannedQuery q = byName.get(name);
        if (q == null) {
            throw new NonjiException("no canned query '" + name + "'; known: " + String.join(", ", byName.keySet()),
                    ExitCodes.USAGE);
        }
        return q;
    }

    /** Whether a query of that name exists. */
    public boolean has(String name) {
        return byName.containsKey(name);
    }
}
