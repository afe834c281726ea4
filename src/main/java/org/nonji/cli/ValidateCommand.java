package org.nonji.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.nonji.ExitCodes;
import org.nonji.store.ShaclCheck;
import org.nonji.store.Violation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: SHACL report of a store; exit 1 on violations. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate a store against the SHACL shapes; exit code 1 on violations.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ShaclCheck check = new ShaclCheck();
        Dataset ds = StoreOption.open(storeOption.store, spec.commandLine().getErr());
        try {
            ds.begin(TxnType.READ);
            long quads = readEveryQuad(ds);
            List<Violation> violations = check.validate(ds.asDatasetGraph(), g -> { });
            ds.end();
            out.println("read " + quads + " quads: every node decodes");
            if (violations.isEmpty()) {
                out.println("conforms: no SHACL violations");
                return ExitCodes.OK;
            }
            violations.forEach(out::println);
            out.println(violations.size() + " violation(s)");
            return ExitCodes.RUNTIME;
        } finally {
            out.flush();
            ds.close();
        }
    }

    /**
     * Reads every quad of the store, decoding each node: a damaged node table or index fails here, reported as a
     * corrupt store, rather than as partial answers later.
     */
    private long readEveryQuad(Dataset ds) {
        long n = 0;
        try {
            var it = ds.asDatasetGraph().find();
            while (it.hasNext()) {
                var q = it.next();
                q.getObject().toString();   // literals decode lazily
                n++;
            }
            return n;
        } catch (RuntimeException | InternalError e) {
            throw new org.nonji.store.StoreException("corrupt store " + storeOption.store + ": cannot read quad "
                    + (n + 1) + ": " + e.getMessage(), e);
        }
    }
}
