package org.nonji.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.TxnType;
import org.nonji.ExitCodes;
import org.nonji.store.StoreDirectory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stats}: counts per graph, class and predicate. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts per graph, class and predicate.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        StoreDirectory dir = new StoreDirectory(storeOption.store);
        Dataset ds = StoreOption.open(storeOption.store, spec.commandLine().getErr());
        try {
            ds.begin(TxnType.READ);
            out.println("store " + dir.root() + " (" + dir.current().getFileName() + ", built "
                    + dir.currentInfo().getProperty("built", "?") + ")");
            section(out, ds, "GRAPHS (quads per named graph)",
                    "SELECT ?key (COUNT(*) AS ?n) WHERE { GRAPH ?key { ?s ?p ?o } } GROUP BY ?key ORDER BY ?key");
            section(out, ds, "CLASSES (instances per class)",
                    "SELECT ?key (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?key } GROUP BY ?key ORDER BY DESC(?n) ?key");
            section(out, ds, "PREDICATES (triples per predicate, union graph)",
                    "SELECT ?key (COUNT(*) AS ?n) WHERE { ?s ?key ?o } GROUP BY ?key ORDER BY DESC(?n) ?key");
            ds.end();
        } finally {
            ds.close();
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void section(PrintWriter out, Dataset ds, String title, String sparql) {
        out.println();
        out.println(title);
        try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
            var rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.printf("%10d  %s%n", s.getLiteral("n").getLong(), s.get("key"));
            }
        }
    }
}
