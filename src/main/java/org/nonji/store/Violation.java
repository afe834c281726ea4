package org.nonji.store;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;

/** One SHACL violation, printable on one line. */
public record Violation(String focus, String path, String message) {
    /** The violations of a report, in report order. */
    public static List<Violation> of(ValidationReport report) {
        return report.getEntries().stream().map(e -> new Violation(str(e.focusNode()),
                e.resultPath() == null ? "" : e.resultPath().toString(), e.message())).toList();
    }

    private static String str(Node n) {
        return n == null ? "" : n.toString();
    }

    @Override
    public String toString() {
        return "violation: " + focus + " " + (path.isEmpty() ? "" : path + " ") + message;
    }
}
