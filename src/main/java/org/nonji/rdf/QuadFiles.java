package org.nonji.rdf;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.nonji.ExitCodes;
import org.nonji.NonjiException;

/**
 * Directories of RDF quad files as the Spark job and exports write them: {@code .nq}, {@code .nquads} and
 * {@code .trig}, plain or gzipped, found recursively; hidden files and Hadoop's markers ({@code .x.crc},
 * {@code _SUCCESS}) are not data, as Hadoop's own readers see it.
 */
public final class QuadFiles {
    private static final Set<String> SUFFIXES = Set.of(".nq", ".nquads", ".trig");

    private QuadFiles() {
    }

    /** The RDF files under a directory (or the file itself), in path order. */
    public static List<Path> under(Path input) {
        if (!Files.exists(input)) {
            throw new NonjiException("input not found: " + input, ExitCodes.BAD_INPUT);
        }
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile).filter(p -> visible(input, p)).filter(QuadFiles::rdf).sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new NonjiException("cannot list " + input + ": " + e.getMessage(), ExitCodes.RUNTIME, e);
        }
    }

    private static boolean visible(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            String n = part.toString();
            if (n.startsWith(".") || n.startsWith("_")) {
                return false;
            }
        }
        return true;
    }

    private static boolean rdf(Path p) {
        String base = stripGz(p.getFileName().toString().toLowerCase(Locale.ROOT));
        return SUFFIXES.stream().anyMatch(base::endsWith);
    }

    private static String stripGz(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /**
     * Parses one file into {@code sink}, gunzipping a {@code .gz} (Jena's parser would read it as Turtle);
     * a bad file is bad input, named with {@code where} and the parser's line and column.
     */
    public static void parse(Path f, StreamRDF sink, String where) {
        String name = f.getFileName().toString();
        boolean gz = !stripGz(name).equals(name.toLowerCase(Locale.ROOT));
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(f), 1 << 16);
             InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser.source(in).lang(RDFLanguages.filenameToLang(stripGz(name))).parse(sink);
        } catch (IOException | UncheckedIOException e) {
            throw new NonjiException(where + ": cannot read: " + e.getMessage(), ExitCodes.BAD_INPUT, e);
        } catch (RiotException e) {
            throw new NonjiException(where + ": not valid RDF: " + e.getMessage(), ExitCodes.BAD_INPUT, e);
        }
    }
}
