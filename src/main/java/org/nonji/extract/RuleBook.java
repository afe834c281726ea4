package org.nonji.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.nonji.HashedCopies;
import org.nonji.TsvTable;

/**
 * The extraction rules of {@code ontology/rules/stance-rules.tsv}: id, order, on/off and what each does. The
 * extractors ask {@link #on(String)} before applying a rule and record its id on what it produced, so every claim
 * can say which rules made it.
 */
public record RuleBook(Map<String, Rule> rules) {
    /** One rule: its id, its order, whether it is enabled, and its description. */
    public record Rule(String id, int order, boolean enabled, String description) {
        public Rule {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(description, "description");
        }
    }

    public RuleBook {
        // keys interned: the code asks with literals, which then match by identity, not char by char
        Map<String, Rule> interned = new LinkedHashMap<>();
        rules.forEach((k, v) -> interned.put(k.intern(), v));
        rules = HashedCopies.map(interned);
    }

    /** Whether the rule is enabled; fails for an id the rule file does not list (a bug in the code or the data). */
    public boolean on(String id) {
        Rule r = rules.get(id);
        if (r == null) {
            throw new ExtractException("rule '" + id + "' is used by the code but not listed in the rule files");
        }
        return r.enabled();
    }

    /** This rule book with the rules {@code ids} switched on (a golden case of a rule that is off by default). */
    public RuleBook withEnabled(Set<String> ids) {
        Map<String, Rule> out = new LinkedHashMap<>(rules);
        for (String id : ids) {
            on(id);   // fails for an unknown id
            Rule r = out.get(id);
            out.put(id, new Rule(r.id(), r.order(), true, r.description()));
        }
        return new RuleBook(out);
    }

    /** All rules in their order. */
    public List<Rule> ordered() {
        List<Rule> out = new ArrayList<>(rules.values());
        out.sort(Comparator.comparingInt(Rule::order).thenComparing(Rule::id));
        return out;
    }

    /**
     * The bundled rules of {@code stance-rules.tsv} and {@code relation-rules.tsv}; every id in {@code implemented}
     * must be listed and every listed id implemented.
     */
    public static RuleBook bundled(Set<String> implemented) {
        List<TsvTable.Row> rows = new ArrayList<>(TsvTable.load("ontology/rules/stance-rules.tsv", 4).rows());
        rows.addAll(TsvTable.load("ontology/rules/relation-rules.tsv", 9).rows());
        return load("ontology/rules/", rows, implemented);
    }

    static RuleBook load(String source, List<TsvTable.Row> rows, Set<String> implemented) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (TsvTable.Row r : rows) {
            int order;
            try {
                order = Integer.parseInt(r.get(1));
            } catch (NumberFormatException e) {
                throw r.error("order must be a number, not '" + r.get(1) + "'");
            }
            if (!r.get(2).equals("on") && !r.get(2).equals("off")) {
                throw r.error("enabled must be on or off, not '" + r.get(2) + "'");
            }
            if (!implemented.contains(r.get(0))) {
                throw r.error("no rule '" + r.get(0) + "' is implemented");
            }
            String description = r.get(r.cells().size() - 1);
            if (rules.put(r.get(0), new Rule(r.get(0), order, r.get(2).equals("on"), description)) != null) {
                throw r.error("rule '" + r.get(0) + "' is listed twice");
            }
        }
        for (String id : implemented) {
            if (!rules.containsKey(id)) {
                throw new ExtractException(source + ": implemented rule '" + id + "' is not listed");
            }
        }
        return new RuleBook(rules);
    }
}
