package org.nonji.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.nonji.Bundled;
import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.Progress;

/**
 * Linked-data exports: the whole store, one essay's graph, or a CONSTRUCT result, in Turtle, TriG, N-Triples,
 * N-Quads, JSON-LD 1.1 or RDF/XML. Triple formats get the union of the graphs; quad formats keep the named
 * graphs. JSON-LD is compacted with nonji's published context ({@code ontology/context.jsonld}, served at
 * {@code /ns/context.jsonld}), embedded so the file reads offline.
 */
public final class RdfExport {
    /** The RDF syntaxes, by the name the CLI takes. */
    public enum Syntax {
        TURTLE(Lang.TURTLE, false), TRIG(Lang.TRIG, true), NTRIPLES(Lang.NTRIPLES, false),
        NQUADS(Lang.NQUADS, true), JSONLD(Lang.JSONLD, true), RDFXML(Lang.RDFXML, false);

        final Lang lang;
        final boolean quads;

        Syntax(Lang lang, boolean quads) {
            this.lang = lang;
            this.quads = quads;
        }

        /** The syntax for a CLI name (turtle, trig, ntriples, nquads, jsonld, rdfxml), or null. */
        public static Syntax of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    private RdfExport() {
    }

    /** Quads read between two reports of progress. */
    private static final int REPORT_EVERY = 10_000;

    /** Writes the whole store, or one essay's graph when {@code essay} is given. */
    public static void write(Dataset ds, String essay, Syntax syntax, OutputStream out) {
        write(ds, essay, syntax, out, Progress.none(), -1);
    }

    /**
     * As {@link #write(Dataset, String, Syntax, OutputStream)}, reading and writing as stages of {@code progress};
     * {@code quads} is about how many the store holds ({@code -1}: not known), for the time left.
     */
    public static void write(Dataset ds, String essay, Syntax syntax, OutputStream out, Progress progress,
                             long quads) {
        ds.begin(TxnType.READ);
        try {
            DatasetGraph dsg = ds.asDatasetGraph();
            if (essay != null) {
                var g = NodeFactory.createURI(EntityGraphReader.safeIri(essay));
                if (!dsg.containsGraph(g)) {
                    throw new NonjiException("no essay graph " + NonjiException.quote(essay), ExitCodes.USAGE);
                }
                DatasetGraph one = DatasetGraphFactory.create();
                one.addGraph(g, dsg.getGraph(g));
                one.prefixes().putAll(Prefixes.MAP);
                writeDataset(one, syntax, out, progress);
            } else {
                // the writers want the whole dataset at hand (Turtle groups by subject, RDF/XML and JSON-LD nest)
                progress.stage("reading the store", quads, "quads");
                DatasetGraph copy = DatasetGraphFactory.create();
                long[] n = {0};
                dsg.find().forEachRemaining(q -> {
                    copy.add(q);
                    if (++n[0] % REPORT_EVERY == 0) {
                        progress.advance(REPORT_EVERY);
                    }
                });
                progress.advance(n[0] % REPORT_EVERY);
                copy.prefixes().putAll(Prefixes.MAP);
                writeDataset(copy, syntax, out, progress);
            }
        } finally {
            ds.end();
        }
    }

    /** Writes the result of a CONSTRUCT query, the query and the writing as stages of {@code progress}. */
    public static void construct(Dataset ds, Query query, Syntax syntax, OutputStream out, Progress progress) {
        if (!query.isConstructType()) {
            throw new NonjiException("--query must be a CONSTRUCT query", ExitCodes.USAGE);
        }
        ds.begin(TxnType.READ);
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            progress.stage("running the query");
            Graph g = qe.execConstruct().getGraph();
            DatasetGraph one = DatasetGraphFactory.create(g);
            one.prefixes().putAll(Prefixes.MAP);
            writeDataset(one, syntax, out, progress);
        } finally {
            ds.end();
        }
    }

    private static void writeDataset(DatasetGraph dsg, Syntax syntax, OutputStream sink, Progress progress) {
        progress.stage("writing " + syntax.name().toLowerCase(Locale.ROOT), -1, Progress.BYTES);
        OutputStream out = progress.counting(sink);
        if (syntax == Syntax.JSONLD) {
            jsonld(dsg, out);
        } else if (syntax.quads) {
            RDFDataMgr.write(out, dsg, syntax.lang);
        } else {
            Graph union = dsg.getUnionGraph();
            Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dsg.getDefaultGraph().find().forEachRemaining(g::add);
            union.find().forEachRemaining(g::add);
            g.getPrefixMapping().setNsPrefixes(Prefixes.MAP);
            if (syntax == Syntax.TURTLE) {
                RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
            } else {
                RDFDataMgr.write(out, g, syntax.lang);
            }
        }
    }

    /** JSON-LD 1.1: Jena writes it, Titanium compacts it with the published context. */
    private static void jsonld(DatasetGraph dsg, OutputStream out) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        RDFDataMgr.write(raw, dsg, RDFFormat.JSONLD11_FLAT);
        try {
            JsonDocument doc = JsonDocument.of(new java.io.ByteArrayInputStream(raw.toByteArray()));
            JsonDocument context = JsonDocument.of(new StringReader(Bundled.read("ontology/context.jsonld")));
            JsonObject compacted = JsonLd.compact(doc, context).get();
            try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out)) {
                w.writeObject(compacted);
            }
            out.flush();
        } catch (JsonLdError e) {
            throw new NonjiException("JSON-LD compaction failed: " + e.getMessage(), ExitCodes.INTERNAL, e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
