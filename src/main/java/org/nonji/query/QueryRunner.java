package org.nonji.query;

import java.io.OutputStream;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecutionAdapter;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.nonji.ExitCodes;
import org.nonji.NonjiException;

/**
 * Runs a query with parameters over a dataset. Parameters are bound as RDF terms by substitution (never
 * concatenated into the query text), typed by the query's header.
 */
public final class QueryRunner {
    /** Output formats of the {@code query} command. */
    public enum Format { TABLE, CSV, TSV, JSON }

    /** Pages up to this many rows are sorted keeping only the page (ARQ's top-N), not the whole result. */
    static final int TOP_N_ROWS = 100_000;

    static {
        tuneArq();
    }

    private QueryRunner() {
    }

    /**
     * Settings of the process-wide ARQ context every query of this process runs under. ARQ keeps only the page of
     * an ORDER BY … LIMIT N query while it runs when N is under its top-N threshold, 1,000 by default: a canned
     * query's default page is 1,000 rows, so every ordered page sorted its whole result (538,000 holder pairs for
     * stance-conflicts on 10,000 essays). Raised to {@value #TOP_N_ROWS}. JSON results are written by
     * {@link JsonRowSetWriter} (the same bytes as Jena's writer, several times faster). Idempotent.
     */
    public static void tuneArq() {
        ARQ.getContext().set(ARQ.topNSortingThreshold, TOP_N_ROWS + 1);
        JsonRowSetWriter.install();
    }

    /** Parses SPARQL text with a one-line error. */
    public static Query parse(String name, String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new NonjiException(name + ": SPARQL syntax error: " + e.getMessage().lines().findFirst().orElse(""),
                    ExitCodes.USAGE);
        }
    }

    /** The paging parameters every canned query takes besides its own. */
    public static final java.util.Set<String> PAGING = java.util.Set.of("limit", "offset");
    /** Largest offset accepted: ARQ walks past skipped rows before a timeout can stop it. */
    private static final long MAX_OFFSET = 1_000_000;

    /**
     * The query with the page the parameters ask for: {@code limit} (1 to 1,000,000, or {@code all}; default the
     * query's {@code # limit:}, else its own) and {@code offset} (default 0). Takes them out of {@code params},
     * which keeps the query's own parameters.
     */
    public static Query paged(CannedQuery q, Query query, Map<String, String> params) {
        String limit = params.remove("limit");
        String offset = params.remove("offset");
        Long n;
        if (limit == null) {
            n = q.defaultLimit().isPresent() ? q.defaultLimit().getAsLong() : null;   // null: the query's own
        } else if (limit.equals("all")) {
            n = Query.NOLIMIT;
        } else if (limit.matches("[1-9]\\d{0,6}") && Long.parseLong(limit) <= MAX_OFFSET) {
            n = Long.parseLong(limit);
        } else {
            throw new NonjiException("parameter limit: a number from 1 to 1000000, or all, not "
                    + NonjiException.quote(limit), ExitCodes.USAGE);
        }
        return cut(q, query, n, offset == null ? null : offset(offset));
    }

    /** An {@code offset} parameter's value, checked: 0 to 1,000,000. */
    public static long offset(String offset) {
        if (!offset.matches("\\d{1,7}") || Long.parseLong(offset) > MAX_OFFSET) {
            throw new NonjiException("parameter offset: a number from 0 to 1000000, not "
                    + NonjiException.quote(offset), ExitCodes.USAGE);
        }
        return Long.parseLong(offset);
    }

    /**
     * A copy of the query cut to {@code limit} rows from {@code offset} (either {@link Query#NOLIMIT}), at the level
     * the query chose its rows: its first sub-select for a {@code # page: inner} query, else the query itself.
     */
    public static Query page(CannedQuery q, Query query, long limit, long offset) {
        return cut(q, query, limit, offset);
    }

    /** The copy cut at the query's page level; a null limit or offset keeps the query's own. */
    private static Query cut(CannedQuery q, Query query, Long limit, Long offset) {
        Query out = query.cloneQuery();
        Query page = q.pagesInner() ? pageQuery(q, out) : out;
        if (limit != null) {
            page.setLimit(limit);
        }
        if (offset != null) {
            page.setOffset(offset);
        }
        if (q.pagesInner()) {
            capRuns(page);
        }
        return out;
    }

    /**
     * Keeps each ordered run of a page sub-select that is a UNION of ordered sub-selects (stance-conflicts' heavy
     * pairs, then its light ones) to the page's end and one row more: ARQ streams a union branch by branch, so the
     * page takes the runs' rows in order, and no run need rank more rows than the page can reach. The row more
     * because ARQ's slice asks for a next row before it counts to its limit: a run ending exactly at the page's
     * end would start the next one.
     */
    private static void capRuns(Query page) {
        if (!page.hasLimit() || !(page.getQueryPattern() instanceof ElementGroup group)
                || group.getElements().size() != 1 || !(group.getElements().get(0) instanceof ElementUnion union)) {
            return;
        }
        long end = page.getLimit() + Math.max(0, page.getOffset()) + 1;
        for (Element run : union.getElements()) {
            Element inner = run instanceof ElementGroup g && g.size() == 1 ? g.get(0) : run;
            if (inner instanceof ElementSubQuery sub && sub.getQuery().hasOrderBy()) {
                sub.getQuery().setLimit(end);
            }
        }
    }

    /** The sub-select a {@code # page: inner} query starts with, which chooses its rows in order. */
    private static Query pageQuery(CannedQuery q, Query query) {
        if (query.getQueryPattern() instanceof ElementGroup group && !group.getElements().isEmpty()
                && group.getElements().get(0) instanceof ElementSubQuery sub) {
            return sub.getQuery();
        }
        throw new NonjiException("queries/" + q.name() + ".rq says '# page: inner' but its WHERE clause does not "
                + "start with a sub-select", ExitCodes.INTERNAL);
    }

    /** Binds parameter values as terms of the declared types. */
    public static Binding bind(CannedQuery q, Map<String, String> values) {
        BindingBuilder b = Binding.builder();
        values.forEach((name, value) -> {
            CannedQuery.Param p = q.param(name).orElseThrow(() -> new NonjiException("query '" + q.name()
                    + "' has no parameter '" + name + "'", ExitCodes.USAGE));
            b.add(Var.alloc(name), term(p, value));
        });
        return b.build();
    }

    static Node term(CannedQuery.Param p, String value) {
        switch (p.type()) {
            case "iri":
                try {
                    IRIx iri = IRIx.create(value);
                    // RFC 3986 "absolute" excludes fragments; a reference with a scheme is what we need
                    if (iri.isRelative() || !iri.isReference()) {
                        throw new IRIException("not absolute");
                    }
                    return NodeFactory.createURI(iri.str());
                } catch (IRIException e) {
                    throw new NonjiException("parameter " + p.name() + ": not an absolute IRI: "
                            + NonjiException.quote(value), ExitCodes.USAGE);
                }
            case "integer":
                if (!value.matches("-?\\d{1,18}")) {
                    throw new NonjiException("parameter " + p.name() + ": not an integer: "
                            + NonjiException.quote(value), ExitCodes.USAGE);
                }
                return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
            case "lang":
                return NodeFactory.createLiteralString(value);
            default:
                return NodeFactory.createLiteralString(value);
        }
    }

    /** Runs the query and writes its results in the format to {@code out}. */
    public static void run(Dataset ds, Query query, Binding binding, Format format, OutputStream out) {
        ds.begin(TxnType.READ);
        try {
            QueryExec exec = QueryExec.dataset(ds.asDatasetGraph()).query(query).substitution(binding).build();
            try (QueryExecution qe = QueryExecutionAdapter.adapt(exec)) {
                if (query.isSelectType()) {
                    var rs = qe.execSelect();
                    switch (format) {
                        case CSV -> org.nonji.Csv.write(org.apache.jena.sparql.exec.RowSet.adapt(rs), out);
                        case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                        case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                        default -> {
                            // aligned by display width: Jena's table counts chars and misaligns Korean
                            var w = new java.io.PrintWriter(new java.io.OutputStreamWriter(out,
                                    java.nio.charset.StandardCharsets.UTF_8));
                            TextTable.write(org.apache.jena.sparql.exec.RowSet.adapt(rs), w);
                            w.flush();
                        }
                    }
                } else if (query.isAskType()) {
                    boolean b = qe.execAsk();
                    switch (format) {
                        case CSV -> ResultSetFormatter.outputAsCSV(out, b);
                        case TSV -> ResultSetFormatter.outputAsTSV(out, b);
                        case JSON -> ResultSetFormatter.outputAsJSON(out, b);
                        default -> ResultSetFormatter.out(out, b);
                    }
                } else {
                    var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    RDFDataMgr.write(out, model, format == Format.JSON ? Lang.JSONLD : Lang.TURTLE);
                }
            }
        } catch (org.apache.jena.query.text.TextIndexParseException e) {
            // the user's text:query string, not nonji, is at fault
            throw new NonjiException("bad full-text query: " + NonjiException.quote(e.getMessage()), ExitCodes.USAGE,
                    e);
        } finally {
            ds.end();
        }
    }
}
