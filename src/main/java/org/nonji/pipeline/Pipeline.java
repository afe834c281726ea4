package org.nonji.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.nonji.Digests;
import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.corpus.Corpus;
import org.nonji.corpus.CorpusException;
import org.nonji.corpus.CorpusReader;
import org.nonji.corpus.Essay;
import org.nonji.corpus.EssayReader;
import org.nonji.extract.Extraction;
import org.nonji.extract.Gazetteer;
import org.nonji.extract.Kind;
import org.nonji.extract.Lexicons;
import org.nonji.nlp.MorphAnalyzers;
import org.nonji.rdf.BuildInfo;
import org.nonji.rdf.EssayGraphs;
import org.nonji.store.ShaclCheck;
import org.nonji.store.StoreDirectory;
import org.nonji.store.TdbStore;

/**
 * The build: read essays, analyse and extract, make the graphs, validate with SHACL, then store (and/or write
 * TriG). Nothing is written before validation passes; the store is replaced atomically.
 */
public final class Pipeline {
    private final PrintWriter err;

    /** A pipeline that reports progress and skipped files on {@code err}. */
    public Pipeline(PrintWriter err) {
        this.err = err;
    }

    /** Runs a build. */
    public BuildSummary build(BuildOptions options) {
        StageTimes times = new StageTimes();
        Gazetteer gazetteer = times.time("load", Gazetteer::bundled);
        Lexicons lexicons = times.time("load", Lexicons::bundled);
        Corpus corpus = times.time("read", () -> new CorpusReader(new EssayReader(options.maxBytes()))
                .read(options.input(), f -> { }));
        for (CorpusException skipped : corpus.skipped()) {
            err.println((options.strict() ? "error: " : "skipped: ") + skipped.getMessage());
        }
        if (options.strict() && !corpus.skipped().isEmpty()) {
            throw new NonjiException(corpus.skipped().size() + " bad input file(s) and --strict: nothing was built",
                    ExitCodes.BAD_INPUT);
        }
        if (corpus.essays().isEmpty()) {
            throw new NonjiException("no readable essays in " + options.input(), ExitCodes.BAD_INPUT);
        }
        EssayAnalyzer analyzer = times.time("load", () -> EssayAnalyzer.create(
                MorphAnalyzers.create(options.analyzer(), gazetteer.surfaces().keySet()), gazetteer, lexicons, times));
        List<Extraction> extractions = new ArrayList<>();
        int n = corpus.essays().size();
        for (int i = 0; i < n; i++) {
            Essay e = corpus.essays().get(i);
            err.printf("[%d/%d] %s%n", i + 1, n, CorpusException.printable(e.fileName()));
            err.flush();
            extractions.add(analyzer.analyze(e));
        }
        DatasetGraph dsg = DatasetGraphFactory.create();
        BuildInfo info = new BuildInfo(Version.get(), analyzer.analyzerName(), options.buildTime());
        long quads = times.time("rdf", () -> {
            EssayGraphs.addOntology(dsg);
            EssayGraphs.addRules(dsg, analyzer.rules());
            EssayGraphs.addBuild(dsg, info, corpus.essays());
            extractions.forEach(x -> EssayGraphs.addEssay(dsg, x));
            return dsg.stream().count();
        });
        ValidationReport report = times.time("validate", () -> new ShaclCheck().validate(dsg.getUnionGraph()));
        if (!report.conforms()) {
            report.getEntries().forEach(entry -> err.println("violation: " + entry.focusNode() + " "
                    + (entry.resultPath() == null ? "" : entry.resultPath() + " ") + entry.message()));
            throw new NonjiException("SHACL validation failed with " + report.getEntries().size()
                    + " violation(s): nothing was stored", ExitCodes.RUNTIME);
        }
        options.trigOut().ifPresent(out -> times.run("write", () -> writeTrig(dsg, out)));
        options.store().ifPresent(store -> times.run("store", () -> {
            err.println("storing " + quads + " quads in " + store);
            Properties props = new Properties();
            props.setProperty("essays", Integer.toString(n));
            props.setProperty("quads", Long.toString(quads));
            props.setProperty("analyzer", analyzer.analyzerName());
            props.setProperty("version", info.toolVersion());
            props.setProperty("built", options.buildTime().toString());
            props.setProperty("inputDigest", inputDigest(corpus, info.toolVersion(), analyzer.analyzerName()));
            TdbStore.write(new StoreDirectory(store), dsg, gazetteer.surfaces().keySet(), props, q -> { });
        }));
        return summary(corpus, extractions, quads, times);
    }

    /**
     * A digest of what a build depends on: each essay's id and checksum, the tool version and the analyser. A
     * store whose recorded digest differs is stale.
     */
    public static String inputDigest(Corpus corpus, String version, String analyzer) {
        StringBuilder b = new StringBuilder(version).append(' ').append(analyzer);
        corpus.essays().forEach(e -> b.append('\n').append(e.id()).append('=').append(e.sha256()));
        return Digests.sha256(b.toString());
    }

    private static BuildSummary summary(Corpus corpus, List<Extraction> xs, long quads, StageTimes times) {
        int sentences = 0;
        int mentions = 0;
        int relations = 0;
        int coMentions = 0;
        int stances = 0;
        long chars = 0;
        Set<String> entities = new HashSet<>();
        Set<String> candidates = new HashSet<>();
        for (Extraction x : xs) {
            sentences += x.essay().sentences().size();
            mentions += x.mentions().size();
            relations += x.relations().size();
            coMentions += x.coMentions().size();
            stances += x.stances().size();
            chars += x.essay().text().length();
            x.mentions().forEach(m -> (m.entity().kind() == Kind.CANDIDATE ? candidates : entities)
                    .add(m.entity().iri()));
        }
        return new BuildSummary(xs.size(), corpus.skipped().size(), sentences, mentions, entities.size(),
                candidates.size(), relations, coMentions, stances, quads, chars, times.millis());
    }

    /** Writes TriG to a temporary file beside the target, then renames it: no half-written output. */
    static void writeTrig(DatasetGraph dsg, Path out) {
        Path abs = out.toAbsolutePath();
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            Path tmp = Files.createTempFile(abs.getParent(), ".nonji-", ".trig.tmp");
            try {
                try (OutputStream os = Files.newOutputStream(tmp)) {
                    RDFDataMgr.write(os, dsg, Lang.TRIG);
                }
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new NonjiException("cannot write " + out + ": " + e.getMessage(), ExitCodes.RUNTIME, e);
        }
    }
}
