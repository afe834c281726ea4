package org.nonji.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.nonji.Namespaces;
import org.nonji.corpus.CorpusException;
import org.nonji.corpus.Essay;
import org.nonji.corpus.EssayIds;
import org.nonji.corpus.EssayReader;
import org.nonji.extract.Gazetteer;
import org.nonji.extract.Lexicons;
import org.nonji.nlp.MorphAnalyzers;
import org.nonji.rdf.BuildInfo;
import org.nonji.rdf.EssayGraphs;
import org.nonji.rdf.Iris;
import org.nonji.store.ShaclCheck;
import org.nonji.store.Violation;

/**
 * The per-essay path as a library: an essay file's bytes in, its graph's quads out (read, analyse, mint, validate),
 * the same quads {@code build} makes for that file. Its resources (gazetteer, lexicons, Nori's user dictionary,
 * SHACL shapes) are loaded once when it is made; it is thread-safe, each thread borrowing an analyser of its own from
 * a pool, so a process makes one and shares it (a Spark executor holds one per JVM).
 *
 * <pre>{@code
 * Extractor x = Extractor.create("nori");
 * Extractor.Result r = x.extract("2024/essay.md", bytes);     // r.quads(): the essay's graph
 * List<Quad> shared = x.sharedQuads();                         // ontology and rules, once per output
 * List<Quad> build = x.buildQuads(startedAt, checksumsById);   // provenance, once all essays are known
 * }</pre>
 */
public final class Extractor {
    /** Stands for the build in essay validation, which needs an essay's provenance link before the build id exists. */
    private static final String PENDING = "pending";
    private static final Node PENDING_BUILD = Iris.build(PENDING);

    private final String analyzer;
    private final Gazetteer gazetteer;
    private final Lexicons lexicons;
    private final EssayReader reader;
    private final ShaclCheck.Essays validator;
    private final List<Quad> shared;
    private final String analyzerName;
    private final StageTimes times = new StageTimes();
    private final ConcurrentLinkedQueue<EssayAnalyzer> pool = new ConcurrentLinkedQueue<>();

    private Extractor(String analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.gazetteer = Gazetteer.bundled();
        this.lexicons = Lexicons.bundled();
        this.reader = new EssayReader();
        EssayAnalyzer first = newAnalyzer();
        this.analyzerName = first.analyzerName();
        DatasetGraph dsg = DatasetGraphFactory.create();
        EssayGraphs.addOntology(dsg);
        EssayGraphs.addRules(dsg, first.rules());
        this.shared = List.copyOf(Iter.toList(dsg.find()));
        // validation sees the build the essay names as the activity it is, as in a build
        EssayGraphs.addBuild(dsg, new BuildInfo(Version.get(), analyzerName, java.time.Instant.EPOCH), PENDING,
                List.of());
        this.validator = new ShaclCheck().forEssays(dsg.getUnionGraph());
        pool.offer(first);
    }

    /** Loads everything the analyser {@code analyzer} ({@code nori}, or {@code komoran} in a -Pkomoran build) needs. */
    public static Extractor create(String analyzer) {
        return new Extractor(analyzer);
    }

    /**
     * What one essay gave: its id, file name, text checksum and size, and either its graph's quads or the reason
     * it was skipped (unreadable, too slow) or failed (SHACL violations).
     */
    public record Result(String id, String fileName, String sha256, long bytes, List<Quad> quads,
                         Optional<String> skipped, List<String> violations) implements java.io.Serializable {
        public Result {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(fileName, "fileName");
            quads = List.copyOf(quads);
            violations = List.copyOf(violations);
        }
    }

    /** The extractor's name as a store and a manifest record it: the code and data ({@link ToolDigest}) and analyser. */
    public String id() {
        return ToolDigest.get() + " " + analyzer;
    }

    /** The analyser's name as the build graph records it. */
    public String analyzerName() {
        return analyzerName;
    }

    /** The essay's id, from its path relative to the corpus root ('/' separated), as {@code build} names it. */
    public static String essayId(String fileName) {
        return EssayIds.of(fileName);
    }

    /** Reads (only) an essay: its checksum, or why it is unreadable. */
    public Essay read(String fileName, byte[] bytes) {
        return reader.read(essayId(fileName), fileName, bytes);
    }

    /** Extracts one essay file's graph. */
    public Result extract(String fileName, byte[] bytes) {
        String id = essayId(fileName);
        Essay essay;
        try {
            essay = reader.read(id, fileName, bytes);
        } catch (CorpusException e) {
            return new Result(id, fileName, "", bytes.length, List.of(), Optional.of(e.getMessage()), List.of());
        }
        EssayDeadline deadline = EssayDeadline.start(fileName, BuildOptions.DEFAULT_ESSAY_TIMEOUT);
        EssayAnalyzer a = borrow();
        List<Quad> quads;
        List<String> violations = new ArrayList<>();
        try {
            quads = EssayGraphs.essayQuads(a.analyze(essay, times, deadline), deadline.during("minting"));
            deadline.check("minting");
            for (Violation v : validator.validateQuads(quads, EssayGraphs.provenance(PENDING_BUILD, id),
                    deadline.during("validation"))) {
                violations.add(v.toString());
            }
        } catch (CorpusException e) {
            return new Result(id, fileName, essay.sha256(), bytes.length, List.of(), Optional.of(e.getMessage()),
                    List.of());
        } finally {
            pool.offer(a);
        }
        return new Result(id, fileName, essay.sha256(), bytes.length, quads, Optional.empty(), violations);
    }

    /** The ontology graph (vocabulary, gazetteer, rules), which every output holds once. */
    public List<Quad> sharedQuads() {
        return shared;
    }

    /**
     * The build graph of an output holding these essays ({@code id → sha256}): the same quads {@code build} makes
     * for the same essays, tool and time.
     */
    public List<Quad> buildQuads(java.time.Instant startedAt, Map<String, String> checksums) {
        BuildInfo info = new BuildInfo(Version.get(), analyzerName, startedAt);
        DatasetGraph dsg = DatasetGraphFactory.create();
        EssayGraphs.addBuild(dsg, info, EssayGraphs.buildId(info, checksums), new java.util.TreeSet<>(
                checksums.keySet()));
        Node g = NodeFactory.createURI(Namespaces.BUILD_GRAPH);
        return List.copyOf(Iter.toList(dsg.find(g, Node.ANY, Node.ANY, Node.ANY)));
    }

    private EssayAnalyzer borrow() {
        EssayAnalyzer a = pool.poll();
        return a != null ? a : newAnalyzer();
    }

    private EssayAnalyzer newAnalyzer() {
        return EssayAnalyzer.create(MorphAnalyzers.create(analyzer, gazetteer.userWords()), gazetteer,
                lexicons, times);
    }
}
