package org.nonji.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.query.CannedQuery;
import org.nonji.query.QueryCatalog;
import org.nonji.query.QueryRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code query}: runs a canned query (by name) or a {@code .rq} file over a store, or asks a running server
 * ({@code --endpoint}). A store that a server has open is read from a snapshot copy (see {@code TdbStore.open}).
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a canned query by name, or a SPARQL file, over a store (--store, also while `serve` "
                + "has it open) or a running server (--endpoint); results on stdout.",
                "An entity parameter takes a full IRI, ent:slug, a bare slug or a label."})
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME|FILE.rq", arity = "0..1", description = "A canned query name or a .rq file.")
    String query;

    @Option(names = "--store", paramLabel = "DIR", description = "The store directory.")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Ask the nonji server at URL (e.g. http://127.0.0.1:3330/) instead of reading a store.")
    String endpoint;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Bind a query parameter (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "F",
            description = "table (default), csv, tsv or json.")
    String format;

    @Option(names = "--list", description = "List the canned queries and their parameters.")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QueryCatalog catalog = QueryCatalog.bundled();
        if (list) {
            for (CannedQuery q : catalog.all()) {
                out.printf("%-22s %s%n", q.name(), q.title());
                for (CannedQuery.Param p : q.params()) {
                    out.printf("%-22s   --param %s=<%s>  %s%n", "", p.name(), p.type(), p.description());
                }
                out.printf("%-22s   --param limit=<n|all> --param offset=<n>  page through the results (%s)%n", "",
                        q.defaultLimit().isPresent() ? "default " + q.defaultLimit().getAsLong() + " rows"
                                : "default: all");
            }
            out.flush();
            return ExitCodes.OK;
        }
        if (query == null || (store == null) == (endpoint == null)) {
            throw new NonjiException("query needs NAME|FILE.rq and either --store DIR or --endpoint URL (or --list)",
                    ExitCodes.USAGE);
        }
        QueryRunner.Format f;
        try {
            f = QueryRunner.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NonjiException("unknown --format '" + format + "': use table, csv, tsv or json", ExitCodes.USAGE);
        }
        CannedQuery cq = resolve(catalog, query);
        Map<String, String> own = new LinkedHashMap<>(params);
        Query q = QueryRunner.paged(cq, QueryRunner.parse(cq.name(), cq.sparql()), own);
        if (endpoint != null) {
            new RemoteQuery(endpoint).run(cq, catalog.has(query) && cq.name().equals(query), q, params, f, out);
            return ExitCodes.OK;
        }
        for (String name : own.keySet()) {
            cq.param(name).orElseThrow(() -> new NonjiException("query '" + cq.name() + "' has no parameter '"
                    + name + "'", ExitCodes.USAGE));
        }
        Dataset ds = StoreOption.open(store, spec.commandLine().getErr());
        try {
            // entity parameters are resolved against the store: a slug, ent:slug or label, and unknown ones refused
            ds.begin(org.apache.jena.query.TxnType.READ);
            org.apache.jena.sparql.engine.binding.Binding binding;
            try {
                binding = org.nonji.query.EntityRefs.bind(ds.asDatasetGraph(), cq, own);
            } finally {
                ds.end();
            }
            WriterOutputStream os = new WriterOutputStream(out);
            QueryRunner.run(ds, q, binding, f, os);
            os.flush();
        } finally {
            ds.close();
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static CannedQuery resolve(QueryCatalog catalog, String nameOrFile) {
        if (nameOrFile.endsWith(".rq") || nameOrFile.contains("/")) {
            Path p = Path.of(nameOrFile);
            try {
                String text = Files.readString(p);
                String name = QueryCatalog.nameOf(p.getFileName().toString());
                return text.lines().anyMatch(l -> l.startsWith("# title:")) ? CannedQuery.parse(name, text)
                        : new CannedQuery(name, name, "query file " + p, java.util.List.of(), java.util.List.of(),
                        text);
            } catch (IOException e) {
                throw new NonjiException("cannot read query file " + p + ": " + e.getMessage(), ExitCodes.USAGE, e);
            }
        }
        return catalog.get(nameOrFile);
    }

    /** Sends query output through picocli's writer so tests capture it; UTF-8 bytes in, characters out. */
    private static final class WriterOutputStream extends OutputStream {
        private final PrintWriter w;
        private final java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();

        WriterOutputStream(PrintWriter w) {
            this.w = w;
        }

        @Override
        public void write(int b) {
            buf.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            buf.write(b, off, len);
        }

        @Override
        public void flush() {
            w.write(buf.toString(java.nio.charset.StandardCharsets.UTF_8));
            w.flush();
            buf.reset();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
