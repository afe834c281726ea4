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

    /** Writes the whole store, or one essay's graph when {@code essay} is given. */
    public static void write(Dataset ds, String essay, Syntax syntax, OutputStream out) {
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
                writeDataset(one, syntax, out);
            } else {
                DatasetGraph copy = DatasetGraphFactory.create();
                dsg.find().forEachRemaining(copy::add);
                copy.prefixes().putAll(Prefixes.MAP);
                writeDataset(copy, syntax, out);
            }
        } finally {
            ds.end();
        }
    }

    /** Writes the result of a CONSTRUCT query. */
    public static void construct(Dataset ds, Query query, Syntax syntax, OutputStream out) {
        if (!query.isConstructType()) {
            throw new NonjiException("--query must be a CONSTRUCT query", ExitCodes.USAGE);
        }
        ds.begin(TxnType.READ);
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            Graph g = qe.execConstruct().getGraph();
            DatasetGraph one = DatasetGraphFactory.create(g);
            one.prefixes().putAll(Prefixes.MAP);
            writeDataset(one, syntax, out);
        } finally {
            ds.end();
        }
    }

    private static void writeDataset(DatasetGraph dsg, Syntax syntax, OutputStream out) {
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
