package org.nonji.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.apache.jena.query.Dataset;
import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.Progress;
import org.nonji.export.EntityGraph;
import org.nonji.export.EntityGraphReader;
import org.nonji.export.GraphWriters;
import org.nonji.export.RdfExport;
import org.nonji.query.QueryRunner;
import org.nonji.store.StoreDirectory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export}: the store in an RDF syntax or a graph format for visualisation tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a store. RDF: turtle, trig, ntriples, nquads, jsonld, rdfxml (whole store, --essay or "
                + "--query). Graphs: graphml, gexf, dot, cytoscape, csv (entities as nodes; relations, stances and, "
                + "with --co-mentions, co-mentions as edges)."})
final class ExportCommand implements Callable<Integer> {
    private static final List<String> GRAPH_FORMATS = List.of("graphml", "gexf", "dot", "cytoscape", "csv");

    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store directory.")
    Path store;

    @Option(names = "--format", required = true, paramLabel = "F", description = "The output format (see above).")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file (default stdout); for csv the prefix of FILE.nodes.csv and FILE.edges.csv.")
    Path out;

    @Option(names = "--essay", paramLabel = "IRI", description = "Only this essay's graph.")
    String essay;

    @Option(names = "--query", paramLabel = "FILE.rq", description = "RDF formats: export a CONSTRUCT result.")
    Path query;

    @Option(names = "--kind", split = ",", paramLabel = "KIND",
            description = "Graph formats: only these kinds (Actor, Asset, Strategy, Risk, Policy, Event, Candidate).")
    List<String> kinds = List.of();

    @Option(names = "--min-weight", defaultValue = "1", paramLabel = "N",
            description = "Graph formats: drop edges with fewer evidence sentences.")
    int minWeight;

    @Option(names = "--co-mentions", description = "Graph formats: add co-mention edges with their counts "
            + "(without them, entities only named together have no edge; Gephi users usually want them).")
    boolean coMentions;

    @Option(names = "--excel", description = "csv: start each file with a UTF-8 byte order mark, so Excel reads the "
            + "Korean correctly.")
    boolean excel;

    @Mixin
    ProgressOption progressOption;

    /** The kinds --kind takes: the top classes, and Author for essays' authors. */
    static final List<String> KINDS = List.of("Actor", "Asset", "Strategy", "Risk", "Policy", "Event", "Candidate",
            "Author");

    @Override
    public Integer call() throws IOException {
        String f = format.toLowerCase(Locale.ROOT);
        RdfExport.Syntax syntax = RdfExport.Syntax.of(f);
        if (syntax == null && !GRAPH_FORMATS.contains(f)) {
            throw new NonjiException("unknown --format '" + format + "': use turtle, trig, ntriples, nquads, jsonld, "
                    + "rdfxml, graphml, gexf, dot, cytoscape or csv", ExitCodes.USAGE);
        }
        for (String k : kinds) {
            if (!KINDS.contains(k)) {
                throw new NonjiException("unknown --kind " + NonjiException.quote(k) + ": use "
                        + String.join(", ", KINDS), ExitCodes.USAGE);
            }
        }
        if (excel && !f.equals("csv")) {
            throw new NonjiException("--excel is for --format csv", ExitCodes.USAGE);
        }
        if (f.equals("csv") && out == null) {
            throw new NonjiException("csv writes two files: give --out PREFIX", ExitCodes.USAGE);
        }
        EntityGraph g = null;
        try (Progress progress = progressOption.open()) {
            Dataset ds = StoreOption.open(store, spec.commandLine().getErr());
            try {
                if (syntax != null) {
                    if (query != null) {
                        var q = QueryRunner.parse(query.toString(), Files.readString(query));
                        emit(out, os -> RdfExport.construct(ds, q, syntax, os, progress));
                    } else {
                        long quads = essay == null ? storedQuads() : -1;
                        emit(out, os -> RdfExport.write(ds, essay, syntax, os, progress, quads));
                    }
                } else {
                    EntityGraph graph = EntityGraphReader.read(ds, new EntityGraphReader.Filter(
                            Optional.ofNullable(essay), Set.copyOf(kinds), minWeight, coMentions), progress);
                    g = graph;
                    switch (f) {
                        case "graphml" -> emit(out, os -> GraphWriters.graphml(graph, writing(progress, f, os)));
                        case "gexf" -> emit(out, os -> GraphWriters.gexf(graph, writing(progress, f, os)));
                        case "dot" -> emit(out, os -> GraphWriters.dot(graph, writing(progress, f, os)));
                        case "cytoscape" -> emit(out, os -> GraphWriters.cytoscape(graph,
                                writing(progress, f, os)));
                        default -> {
                            emit(Path.of(out + ".nodes.csv"), os -> GraphWriters.nodesCsv(graph,
                                    writing(progress, "nodes.csv", os), excel));
                            emit(Path.of(out + ".edges.csv"), os -> GraphWriters.edgesCsv(graph,
                                    writing(progress, "edges.csv", os), excel));
                        }
                    }
                }
            } finally {
                ds.close();
            }
        }
        if (g != null) {
            spec.commandLine().getErr().printf("exported %d nodes, %d edges%n", g.nodes().size(), g.edges().size());
        }
        return ExitCodes.OK;
    }

    /** About how many quads the store holds, as its build recorded them (-1: not recorded): for the time left. */
    private long storedQuads() {
        try {
            return Long.parseLong(new StoreDirectory(store).currentInfo().getProperty("quads", "-1"));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Starts the stage of writing {@code what}, counted in bytes written to {@code os}. */
    private static OutputStream writing(Progress progress, String what, OutputStream os) {
        progress.stage("writing " + what, -1, Progress.BYTES);
        return progress.counting(os);
    }

    /** To stdout, or to a temporary file renamed over the target when complete: no half-written exports. */
    private void emit(Path target, Consumer<OutputStream> writer) throws IOException {
        if (target == null) {
            // whole arrays, not FilterOutputStream's byte by byte; close only flushes: stdout stays open
            OutputStream os = new java.io.FilterOutputStream(System.out) {
                @Override
                public void write(byte[] b, int off, int len) {
                    System.out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            writer.accept(os);
            os.flush();
            return;
        }
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), ".nonji-export-", ".tmp");
        try {
            // a temporary file is created 0600; an export is for sharing and opening in other tools: 0644
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString(
                        "rw-r--r--"));
            }
            try (OutputStream os = Files.newOutputStream(tmp)) {
                writer.accept(os);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
