package org.nonji.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.nonji.ExitCodes;
import org.nonji.Namespaces;
import org.nonji.NonjiException;
import org.nonji.Progress;
import org.nonji.rdf.QuadFiles;
import org.nonji.rdf.Vocab;
import org.nonji.store.EssayRecords;
import org.nonji.store.GenerationWriter;
import org.nonji.store.StoreDirectory;

/**
 * Bulk-loads a directory of N-Quads or TriG files (plain or gzipped), as the Spark job or {@code build --out}
 * write them, into a new generation of a store: TDB2 through the same sequential bulk loader and text index a full
 * build uses, the essays it holds and its figures (read from the essay and build graphs), then the atomic switch.
 * A load that fails leaves the previous store live and intact.
 *
 * <pre>{@code
 * QuadsLoader.Summary s = new QuadsLoader(progress).load(Path.of("out"), new StoreDirectory(Path.of("store")), words);
 * }</pre>
 */
public final class QuadsLoader {
    private static final int BATCH = 50_000;

    /** What a load did. */
    public record Summary(int files, int essays, long quads, Path generation) {
    }

    private final Progress progress;

    /** A loader that reports its stages to {@code progress} (files by bytes read, then the indexes). */
    public QuadsLoader(Progress progress) {
        this.progress = progress;
    }

    /** Loads every RDF file under {@code input} (hidden ones and Hadoop's markers aside) into {@code store}. */
    public Summary load(Path input, StoreDirectory store, java.util.Collection<String> userWords) {
        List<Path> files = QuadFiles.under(input);
        if (files.isEmpty()) {
            throw new NonjiException("no .nq, .nquads or .trig files (plain or .gz) under " + input,
                    ExitCodes.BAD_INPUT);
        }
        Path manifestFile = input.resolve(Manifest.FILE);
        Manifest manifest = Manifest.none();
        if (Files.isRegularFile(manifestFile)) {
            try {
                manifest = Manifest.read(Files.newBufferedReader(manifestFile, StandardCharsets.UTF_8),
                        manifestFile.toString());
            } catch (IOException e) {
                throw new NonjiException("cannot read " + manifestFile + ": " + e.getMessage(), ExitCodes.RUNTIME, e);
            }
        }
        Seen seen = new Seen();
        try (GenerationWriter w = GenerationWriter.create(store, userWords)) {
            progress.println("loading " + files.size() + " file(s) into a new generation of " + store.root());
            long total = 0;
            for (Path f : files) {
                total += size(f);
            }
            progress.stage("reading quads", total, Progress.BYTES);
            for (Path f : files) {
                Batches sink = new Batches(w, seen);
                try {
                    QuadFiles.parse(f, sink, input.relativize(f).toString());
                } catch (NonjiException e) {
                    throw new NonjiException(e.getMessage() + "; the store is unchanged", e.exitCode(), e);
                }
                sink.flush();
                progress.advance(size(f));   // whole files: a compressed file's bytes are not read one by one
            }
            if (seen.essays.isEmpty()) {
                throw new NonjiException("no essay graph in " + input + ": nothing was loaded", ExitCodes.BAD_INPUT);
            }
            if (seen.version == null || seen.analyzer == null || seen.built == null) {
                throw new NonjiException("no build provenance (graph <" + Namespaces.BUILD_GRAPH + ">) in " + input
                        + ": is it the output of nonji's Spark job or build --out?", ExitCodes.BAD_INPUT);
            }
            Manifest m = manifest;
            List<EssayRecords.Essay> records = new ArrayList<>();
            Map<String, String> checksums = new TreeMap<>();
            seen.essays.forEach((id, e) -> {
                if (e.sha256 == null || e.fileName == null) {
                    throw new NonjiException("essay graph <" + Namespaces.ESSAY + id + "> has no nj:sha256 or "
                            + "nj:fileName: is it split across files or cut short?", ExitCodes.BAD_INPUT);
                }
                long bytes = m.byId(id).map(Manifest.Entry::bytes).orElse(0L);
                records.add(new EssayRecords.Essay(e.fileName, id, e.sha256, bytes, 0));
                checksums.put(id, e.sha256);
            });
            Set<String> extractors = m.all().stream().map(Manifest.Entry::extractor).collect(Collectors.toSet());
            Properties props = new Properties();
            props.setProperty("essays", Integer.toString(records.size()));
            props.setProperty("quads", Long.toString(w.quads()));
            props.setProperty("analyzer", seen.analyzer);
            props.setProperty("version", seen.version);
            props.setProperty("built", seen.built);
            // unknown code made these graphs unless the manifest names one extractor: the next build then rebuilds
            props.setProperty(Pipeline.EXTRACTOR, extractors.size() == 1 ? extractors.iterator().next()
                    : "loaded from N-Quads");
            props.setProperty("inputDigest", Pipeline.inputDigest(checksums, seen.version, seen.analyzer));
            Path gen = w.commit(props, new EssayRecords(records), progress);
            return new Summary(files.size(), records.size(), w.quads(), gen);
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    /** What the quads say about the essays and the build, gathered as they stream past. */
    private static final class Seen {
        final Map<String, EssaySeen> essays = new TreeMap<>();
        String version;
        String analyzer;
        String built;
    }

    private static final class EssaySeen {
        String sha256;
        String fileName;
    }

    /** Feeds the writer and the text index in batches, and notes the essays and the build as quads pass. */
    private static final class Batches extends StreamRDFBase {
        private final GenerationWriter writer;
        private final Seen seen;
        private final List<Quad> batch = new ArrayList<>(BATCH);

        Batches(GenerationWriter writer, Seen seen) {
            this.writer = writer;
            this.seen = seen;
        }

        @Override
        public void triple(Triple t) {
            quad(Quad.create(Quad.defaultGraphIRI, t));
        }

        @Override
        public void quad(Quad q) {
            note(q);
            batch.add(q);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            writer.add(batch);
            writer.text().add(batch);
            batch.clear();
        }

        private void note(Quad q) {
            Node g = q.getGraph();
            Node p = q.getPredicate();
            if (!g.isURI()) {
                return;
            }
            String graph = g.getURI();
            if (graph.startsWith(Namespaces.ESSAY) && g.equals(q.getSubject())) {
                if (p.equals(Vocab.SHA256)) {
                    essay(graph).sha256 = q.getObject().getLiteralLexicalForm();
                } else if (p.equals(Vocab.FILE_NAME)) {
                    essay(graph).fileName = q.getObject().getLiteralLexicalForm();
                }
            } else if (graph.equals(Namespaces.BUILD_GRAPH) && q.getObject().isLiteral()) {
                if (p.equals(Vocab.ANALYZER)) {
                    seen.analyzer = q.getObject().getLiteralLexicalForm();
                } else if (p.equals(Vocab.DC_HAS_VERSION)) {
                    seen.version = q.getObject().getLiteralLexicalForm();
                } else if (p.equals(Vocab.PROV_STARTED_AT)) {
                    seen.built = q.getObject().getLiteralLexicalForm();
                }
            }
        }

        private EssaySeen essay(String graph) {
            return seen.essays.computeIfAbsent(graph.substring(Namespaces.ESSAY.length()), k -> new EssaySeen());
        }
    }
}
