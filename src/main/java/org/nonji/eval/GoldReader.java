package org.nonji.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.TsvTable;
import org.nonji.extract.Polarity;

/** Reads a gold directory: every {@code NAME.gold.tsv} under it (recursively) with its {@code NAME.txt}. */
public final class GoldReader {
    private static final Set<String> RELATIONS = Set.of("restrictsExportsTo", "suppliesTo", "investsIn", "acquires",
            "competesWith", "partnersWith", "memberOf", "develops", "dependsOn", "buildsIn", "relocatesTo",
            "regulates", "sanctions");

    private GoldReader() {
    }

    /** The annotated texts under dir, by path. */
    public static List<GoldText> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new NonjiException(dir + ": not a directory", ExitCodes.USAGE);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".gold.tsv")).sorted().toList();
        } catch (IOException e) {
            throw new NonjiException("cannot list " + dir + ": " + e.getMessage(), ExitCodes.RUNTIME, e);
        }
        if (files.isEmpty()) {
            throw new NonjiException(dir + ": no .gold.tsv files", ExitCodes.BAD_INPUT);
        }
        List<GoldText> out = new ArrayList<>();
        for (Path f : files) {
            out.add(read(f, dir));
        }
        return out;
    }

    static GoldText read(Path file, Path root) {
        String stem = file.getFileName().toString().replace(".gold.tsv", "");
        Path text = file.resolveSibling(stem + ".txt");
        if (!Files.isRegularFile(text)) {
            throw new NonjiException(file + ": no text " + text.getFileName() + " beside it", ExitCodes.BAD_INPUT);
        }
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NonjiException("cannot read " + file + ": " + e.getMessage(), ExitCodes.RUNTIME, e);
        }
        String genre = header(content, "genre", "opinion");
        String split = header(content, "split", root.relativize(file).getNameCount() > 1
                ? root.relativize(file).getName(0).toString() : "dev");
        TsvTable t;
        try {
            t = TsvTable.parse(file.toString(), content, 4);
        } catch (NonjiException e) {
            throw new NonjiException(e.getMessage(), ExitCodes.BAD_INPUT);
        }
        Set<String> entities = new LinkedHashSet<>();
        Set<String> candidates = new LinkedHashSet<>();
        List<GoldText.Claim> positions = new ArrayList<>();
        List<GoldText.Claim> relations = new ArrayList<>();
        List<GoldText.Claim> norelations = new ArrayList<>();
        for (TsvTable.Row r : t.rows()) {
            GoldText.Claim c = new GoldText.Claim(r.get(1), r.get(2), r.get(3), r.line());
            switch (r.get(0)) {
                case "entity" -> entities.add(r.get(1));
                case "candidate" -> candidates.add(r.get(1));
                case "position", "stance" -> {
                    try {
                        if (Polarity.parse(r.get(3)) == Polarity.NEUTRAL) {
                            throw new IllegalArgumentException();
                        }
                    } catch (IllegalArgumentException e) {
                        throw bad(r, "polarity must be support, oppose or doubt, not '" + r.get(3) + "'");
                    }
                    positions.add(c);
                }
                case "relation", "norelation" -> {
                    if (!RELATIONS.contains(r.get(2))) {
                        throw bad(r, "unknown relation '" + r.get(2) + "'");
                    }
                    (r.get(0).equals("relation") ? relations : norelations).add(c);
                }
                default -> throw bad(r, "unknown row type '" + r.get(0) + "'");
            }
        }
        return new GoldText(stem, text, genre, split, entities, candidates, positions, relations, norelations);
    }

    private static NonjiException bad(TsvTable.Row r, String message) {
        return new NonjiException(r.file() + ":" + r.line() + ": " + message, ExitCodes.BAD_INPUT);
    }

    private static String header(String content, String key, String fallback) {
        for (String line : content.split("\n")) {
            String l = line.strip();
            if (l.startsWith("#") && l.substring(1).strip().startsWith(key + ":")) {
                return l.substring(l.indexOf(':') + 1).strip().split("\\s")[0];
            }
        }
        return fallback;
    }
}
