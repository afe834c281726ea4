package org.nonji.pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.nonji.Digests;
import org.nonji.ExitCodes;
import org.nonji.Namespaces;
import org.nonji.NonjiException;
import org.nonji.Progress;
import org.nonji.corpus.CorpusException;
import org.nonji.corpus.CorpusListing;
import org.nonji.corpus.CorpusReader;
import org.nonji.corpus.EssayReader;
import org.nonji.corpus.EssaySource;
import org.nonji.extract.Gazetteer;
import org.nonji.extract.Lexicons;
import org.nonji.nlp.MorphAnalyzers;
import org.nonji.rdf.BuildInfo;
import org.nonji.rdf.EssayGraphs;
import org.nonji.rdf.Iris;
import org.nonji.store.EssayRecords;
import org.nonji.store.ShaclCheck;
import org.nonji.store.StoreDirectory;
import org.nonji.store.StoreFiles;
import org.nonji.store.StoreUpdate;
import org.nonji.store.Violation;

/**
 * The build: list the essays, then stream them through the per-essay path (read, analyse, mint, validate) on as
 * many workers as there are cores, and hand their graphs, in input order, to the store and/or a TriG file.
 *
 * <p>The shared graphs (ontology, rules, build) are validated once and each essay graph on its own, so the cost is
 * linear in the number of essays, and memory holds only the essays in flight. A store that exists and was built by
 * the same extractor is updated: only added and changed essays are processed, removed ones dropped, all in one
 * atomic step ({@link StoreUpdate}); otherwise, or with {@code --full}, a new generation is written and swapped in.
 * Nothing becomes visible before every graph has passed validation.
 *
 * <p>A pipeline keeps its analysers and shapes between builds, so a process that builds again and again (a
 * watching server) pays for them once.
 */
public final class Pipeline {
    /**
     * Batches of essays ({@link Batches}) in flight per worker: enough to keep workers busy while the writer stores,
     * few enough to bound memory.
     */
    private static final int BATCHES_PER_WORKER = 2;
    /** Violations printed before the rest are only counted. */
    private static final int MAX_PRINTED_VIOLATIONS = 50;
    /** Info key: the extractor (code, data and analyser) that built the store. */
    static final String EXTRACTOR = "extractor";

    private final Progress progress;
    private final StoreUpdate.Opener opener;
    /** Whether a build takes the store's build lock itself (else its caller holds it: a watching server). */
    private final boolean lockStore;
    private final Map<String, ConcurrentLinkedQueue<EssayAnalyzer>> analyzers = new HashMap<>();
    private Gazetteer gazetteer;
    private Lexicons lexicons;
    private ShaclCheck shacl;

    /** A pipeline that reports progress (plain lines) and skipped files on {@code err}. */
    public Pipeline(PrintWriter err) {
        this(Progress.plain(err));
    }

    /** A pipeline that reports its stages and skipped files through {@code progress}. */
    public Pipeline(Progress progress) {
        this(progress, StoreUpdate::begin, true);
    }

    /**
     * A pipeline that opens store updates with {@code opener}, for a caller that owns the store and holds its
     * build lock (a watching server).
     */
    public Pipeline(PrintWriter err, StoreUpdate.Opener opener) {
        this(Progress.plain(err), opener, false);
    }

    private Pipeline(Progress progress, StoreUpdate.Opener opener, boolean lockStore) {
        this.progress = progress;
        this.opener = opener;
        this.lockStore = lockStore;
    }

    /**
     * Runs a build. The store is locked and the input looked up first: a path that cannot be a store, a store another
     * build holds and a missing input are refused at once, before any progress, not after minutes of analysis. The
     * build ends its progress: the last stage's line is complete when it returns or throws.
     */
    public synchronized BuildSummary build(BuildOptions options) {
        Optional<StoreDirectory> dir = options.store().map(StoreDirectory::new);
        try (StoreDirectory.BuildLock lock = lockStore && dir.isPresent() ? dir.get().lockForBuild() : null) {
            CorpusReader.inputRoot(options.input());
            return build(options, dir);
        } finally {
            progress.close();
        }
    }

    private BuildSummary build(BuildOptions options, Optional<StoreDirectory> dir) {
        StageTimes times = new StageTimes();
        times.run("load", this::loadShared);
        String extractor = ToolDigest.get() + " " + options.analyzer();
        Optional<Path> base = dir.flatMap(d -> updatable(d, options, extractor));
        // an update (or "up to date") builds on the live generation: a damaged one is refused before any update
        // opens it (Lucene would start an empty index over a lost commit); --full replaces it
        base.ifPresent(g -> StoreFiles.check(dir.get(), g));
        EssayRecords previous = base.map(g -> dir.get().essays(g)).orElse(EssayRecords.none());
        Map<String, EssaySource> known = new HashMap<>();
        previous.all().forEach(e -> known.put(e.fileName(), new EssaySource(Path.of("."), e.fileName(), e.id(),
                e.sha256(), e.size(), e.modifiedMillis())));

        CorpusReader reader = new CorpusReader(new EssayReader(options.maxBytes()));
        progress.stage("scanning " + options.input(), -1, "files");
        CorpusListing listing = times.time("scan", () -> reader.scan(options.input(), f -> progress.step(), known));
        for (CorpusException skipped : listing.skipped()) {
            progress.println((options.strict() ? "error: " : "skipped: ") + skipped.getMessage());
        }
        if (options.strict() && !listing.skipped().isEmpty()) {
            throw new NonjiException(listing.skipped().size() + " bad input file(s) and --strict: nothing was built",
                    ExitCodes.BAD_INPUT);
        }
        if (listing.sources().isEmpty()) {
            throw new NonjiException("no readable essays in " + options.input(), ExitCodes.BAD_INPUT);
        }
        Change change = base.isPresent() ? Change.between(previous, listing) : null;
        if (change != null && change.isEmpty()) {
            return new BuildSummary(0, listing.skipped().size(), 0, 0, 0, 0, 0, 0, 0, 0, 0, times.millis(),
                    new BuildSummary.Changes(BuildSummary.Mode.UP_TO_DATE, 0, 0, 0, change.unchanged()));
        }
        List<EssaySource> todo = change == null ? listing.sources() : change.process();

        progress.stage("loading the analyser");
        EssayAnalyzer first = times.time("load", () -> borrow(options.analyzer(), times));
        BuildInfo info = new BuildInfo(Version.get(), first.analyzerName(), options.buildTime());
        release(options.analyzer(), first);
        Map<String, String> checksums = new LinkedHashMap<>();
        todo.forEach(s -> checksums.put(s.id(), s.sha256()));
        String buildId = EssayGraphs.buildId(info, checksums);
        DatasetGraph shared = DatasetGraphFactory.create();
        times.run("rdf", () -> {
            EssayGraphs.addOntology(shared);
            EssayGraphs.addRules(shared, first.rules());
            EssayGraphs.addBuild(shared, info, buildId, List.of());
        });
        if (change == null) {
            // an update keeps the ontology of a store made by this same extractor, already validated
            progress.stage("validating the ontology and rules");
            failOn(times.time("validate", () -> shacl.validate(shared.getUnionGraph())), "the ontology and rules");
        }
        ShaclCheck.Essays validator = shacl.forEssays(shared.getUnionGraph());

        Totals totals = new Totals();
        List<GraphSink> sinks = new ArrayList<>();
        StoreUpdate update = null;
        try {
            Consumer<List<Quad>> text = q -> { };
            if (dir.isPresent() && change == null) {
                progress.stage("opening the new generation");
                progress.println("writing a new generation of " + dir.get().root());
                StoreSink s = times.time("store", () -> new StoreSink(dir.get(), gazetteer.userWords()));
                sinks.add(s);
                text = s.text();
            } else if (dir.isPresent()) {
                // a store a server reads is copied first: seconds for a large one
                progress.stage("opening the store");
                update = times.time("store", () -> opener.open(dir.get(), gazetteer.userWords()));
                progress.println(String.format("updating %s%s: %d added, %d changed, %d removed, %d unchanged",
                        dir.get().root(), update.inPlace() ? "" : " (on a copy: a server reads it)", change.added(),
                        change.changed(), change.removed(), change.unchanged()));
                UpdateSink s = new UpdateSink(update);
                sinks.add(s);
                text = s.text();
                StoreUpdate u = update;
                progress.stage("dropping old essay graphs", change.drop().size(), "essays");
                times.run("store", () -> change.drop().forEach(id -> {
                    totals.quads -= u.dropGraph(Iris.essay(id));
                    totals.quads -= EssayGraphs.dropProvenance(u.data(), id);
                    progress.step();
                }));
            }
            options.trigOut().ifPresent(out -> sinks.add(new TrigSink(out)));
            // an update writes only the new build's activity: the ontology graph is the one this extractor wrote
            List<Quad> sharedQuads = Iter.toList(shared.find()).stream().filter(q -> change == null
                    || q.getGraph().getURI().equals(Namespaces.BUILD_GRAPH)).toList();
            // the first quads pay for starting TDB2's and the text index's writers (Nori's dictionary): seconds
            progress.stage("writing the shared graphs");
            write(sinks, sharedQuads, times);
            text.accept(sharedQuads);
            totals.quads += sharedQuads.size();
            List<String> built = process(options, reader, todo, validator, Iris.build(buildId), text, sinks,
                    totals, times);
            failOn(totals.violations, "the essay graphs");

            Node buildGraph = NodeFactory.createURI(Namespaces.BUILD_GRAPH);
            List<Quad> links = new ArrayList<>();
            for (String id : built) {
                EssayGraphs.provenance(Iris.build(buildId), id).forEach(t -> links.add(new Quad(buildGraph, t)));
            }
            write(sinks, links, times);
            totals.quads += links.size();
            if (update != null) {
                totals.quads -= EssayGraphs.dropIdleBuilds(update.data());
            }

            Set<String> failed = new HashSet<>(todo.stream().map(EssaySource::id).toList());
            failed.removeAll(built);
            EssayRecords records = new EssayRecords(listing.sources().stream()
                    .filter(s -> !failed.contains(s.id()))
                    .map(s -> new EssayRecords.Essay(s.fileName(), s.id(), s.sha256(), s.size(), s.modifiedMillis()))
                    .toList());
            Properties props = new Properties();
            Map<String, String> all = new LinkedHashMap<>();
            records.all().forEach(e -> all.put(e.id(), e.sha256()));
            long quadsInStore = change == null ? totals.quads : Long.parseLong(
                    dir.get().currentInfo().getProperty("quads", "0")) + totals.quads;
            props.setProperty("essays", Integer.toString(records.all().size()));
            props.setProperty("quads", Long.toString(quadsInStore));
            props.setProperty("analyzer", info.analyzer());
            props.setProperty("version", info.toolVersion());
            props.setProperty("built", options.buildTime().toString());
            props.setProperty(EXTRACTOR, extractor);
            props.setProperty("inputDigest", inputDigest(sortedById(all), info.toolVersion(), info.analyzer()));
            if (change != null) {
                dir.get().currentInfo().stringPropertyNames().stream()
                        .filter(k -> k.equals(StoreUpdate.COMPACTED_BYTES))
                        .forEach(k -> props.setProperty(k, dir.get().currentInfo().getProperty(k)));
            }
            times.run("store", () -> sinks.forEach(s -> s.commit(props, records, progress)));
        } finally {
            sinks.forEach(GraphSink::close);
            if (update != null) {
                update.close();
            }
        }
        BuildSummary.Changes changes = change == null ? BuildSummary.Changes.full(totals.essays)
                : new BuildSummary.Changes(BuildSummary.Mode.UPDATE, change.added(), change.changed(),
                        change.removed(), change.unchanged());
        return new BuildSummary(totals.essays, listing.skipped().size() + totals.skipped, totals.sentences,
                totals.mentions, totals.entities.size(), totals.candidates.size(), totals.relations,
                totals.coMentions, totals.stances, totals.quads, totals.chars, times.millis(), changes);
    }

    /** Runs the essays through the workers into the sinks; returns the ids of the essays built. */
    private List<String> process(BuildOptions options, CorpusReader reader, List<EssaySource> todo,
                                 ShaclCheck.Essays validator, Node build, Consumer<List<Quad>> text,
                                 List<GraphSink> sinks, Totals totals, StageTimes times) {
        EssayProcessor processor = new EssayProcessor(reader, () -> borrow(options.analyzer(), times), a ->
                release(options.analyzer(), a), validator, build, text, times, options.essayTimeout());
        int threads = options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
        threads = Math.max(1, Math.min(threads, todo.size()));
        progress.stage("analysing", todo.size(), "essays");
        List<String> built = new ArrayList<>();
        try (OrderedWorkers<List<EssaySource>, List<EssayResult>> workers = new OrderedWorkers<>(threads,
                threads * BATCHES_PER_WORKER, processor::process)) {
            workers.run(Batches.of(todo.iterator(), EssaySource::size), results -> results.forEach(r -> {
                progress.step(CorpusException.printable(r.source().fileName()));
                r.limits().forEach(l -> progress.println("limit: " + CorpusException.printable(r.source().fileName())
                        + ": " + l + " (README \"Limits\")"));
                if (r.unreadable().isPresent()) {
                    progress.println((options.strict() ? "error: " : "skipped: ") + r.unreadable().get().getMessage());
                    totals.skipped++;
                    if (options.strict()) {
                        throw new NonjiException("a bad input file and --strict: nothing was built",
                                ExitCodes.BAD_INPUT);
                    }
                    return;
                }
                if (!r.violations().isEmpty()) {
                    totals.violations.addAll(r.violations());
                    return;
                }
                if (totals.violations.isEmpty()) {
                    write(sinks, r.quads(), times);
                }
                totals.add(r);
                built.add(r.source().id());
            }));
        }
        return built;
    }

    /**
     * The live generation of a store that can be updated rather than rebuilt, or empty (saying why, when it is not
     * obvious): no store yet, {@code --full}, a TriG output (which holds everything), another extractor, or an
     * update that was interrupted.
     */
    private Optional<Path> updatable(StoreDirectory dir, BuildOptions options, String extractor) {
        if (options.full() || options.trigOut().isPresent() || !dir.exists()) {
            return Optional.empty();
        }
        Path live = dir.current();
        if (!extractor.equals(dir.currentInfo().getProperty(EXTRACTOR))) {
            progress.println("store " + dir.root() + " was built by another version of the extractor: rebuilding in "
                    + "full");
            return Optional.empty();
        }
        if (StoreDirectory.interrupted(live) && !StoreDirectory.inUse(live)) {
            progress.println("the last update of " + dir.root() + " was interrupted: repairing its text index");
            progress.stage("repairing the text index");
            StoreUpdate.repair(dir, gazetteer.userWords());
        }
        return Optional.of(live);
    }

    private void loadShared() {
        if (gazetteer == null) {
            progress.stage("loading the gazetteer, lexicons and shapes");
            gazetteer = Gazetteer.bundled();
            lexicons = Lexicons.bundled();
            shacl = new ShaclCheck();
        }
    }

    private EssayAnalyzer borrow(String analyzer, StageTimes times) {
        ConcurrentLinkedQueue<EssayAnalyzer> pool;
        synchronized (analyzers) {
            pool = analyzers.computeIfAbsent(analyzer, k -> new ConcurrentLinkedQueue<>());
        }
        EssayAnalyzer a = pool.poll();
        return a != null ? a : EssayAnalyzer.create(MorphAnalyzers.create(analyzer, gazetteer.userWords()),
                gazetteer, lexicons, times);
    }

    private void release(String analyzer, EssayAnalyzer a) {
        synchronized (analyzers) {
            analyzers.get(analyzer).offer(a);
        }
    }

    private static Map<String, String> sortedById(Map<String, String> checksums) {
        return new java.util.TreeMap<>(checksums);
    }

    private static void write(List<GraphSink> sinks, List<Quad> quads, StageTimes times) {
        times.run("store", () -> sinks.forEach(s -> s.add(quads)));
    }

    private void failOn(List<Violation> violations, String what) {
        if (violations.isEmpty()) {
            return;
        }
        progress.close();
        violations.stream().limit(MAX_PRINTED_VIOLATIONS).forEach(v -> progress.println(v.toString()));
        if (violations.size() > MAX_PRINTED_VIOLATIONS) {
            progress.println("… and " + (violations.size() - MAX_PRINTED_VIOLATIONS) + " more");
        }
        throw new NonjiException("SHACL validation of " + what + " failed with " + violations.size()
                + " violation(s): nothing was stored", ExitCodes.RUNTIME);
    }

    /**
     * A digest of what a build depends on: each essay's id and checksum, the tool version and the analyser. A
     * store whose recorded digest differs is stale.
     */
    public static String inputDigest(Map<String, String> checksums, String version, String analyzer) {
        StringBuilder b = new StringBuilder(version).append(' ').append(analyzer);
        checksums.forEach((id, sha) -> b.append('\n').append(id).append('=').append(sha));
        return Digests.sha256(b.toString());
    }

    /** The input digest of a listing. */
    public static String inputDigest(CorpusListing listing, String version, String analyzer) {
        Map<String, String> checksums = new java.util.TreeMap<>();
        listing.sources().forEach(s -> checksums.put(s.id(), s.sha256()));
        return inputDigest(checksums, version, analyzer);
    }

    /** The build's running figures, updated by the writer thread only. */
    private static final class Totals {
        int essays;
        int skipped;
        int sentences;
        int mentions;
        int relations;
        int coMentions;
        int stances;
        long chars;
        long quads;
        final Set<String> entities = new HashSet<>();
        final Set<String> candidates = new HashSet<>();
        final List<Violation> violations = new ArrayList<>();

        void add(EssayResult r) {
            EssayResult.Counts c = r.counts();
            essays++;
            sentences += c.sentences();
            mentions += c.mentions();
            relations += c.relations();
            coMentions += c.coMentions();
            stances += c.stances();
            chars += c.chars();
            quads += r.quads().size();
            entities.addAll(c.entities());
            candidates.addAll(c.candidates());
        }
    }
}
