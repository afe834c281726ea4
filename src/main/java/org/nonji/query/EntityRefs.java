package org.nonji.query;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.nonji.ExitCodes;
import org.nonji.Namespaces;
import org.nonji.NonjiException;

/**
 * How a person names an entity (or an essay) in a query parameter: a full IRI, a prefixed name ({@code ent:slug},
 * {@code essay:id}, {@code candidate:slug}, {@code concept:slug}), a bare slug ({@code third-way}) or a label
 * ({@code 제3의 길}, {@code Third Way}, an alias). Each is resolved against the store, and an IRI the store says
 * nothing about is an error that names it: a typo must not look like "no results".
 */
public final class EntityRefs {
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9_.~%+-]{1,200}");
    /** Prefixed names people write for minted IRIs, beside the ones every output declares. */
    private static final Map<String, String> PREFIXES = Map.of(
            "ent", Namespaces.ENTITY, "essay", Namespaces.ESSAY, "candidate", Namespaces.CANDIDATE,
            "concept", Namespaces.CONCEPT, "nj", Namespaces.ONT);

    /** Labels an entity is known by, any language: the one a person most likely typed. */
    private static final String BY_LABEL = """
            SELECT DISTINCT ?e WHERE {
              VALUES ?p { <http://www.w3.org/2004/02/skos/core#prefLabel> <http://www.w3.org/2000/01/rdf-schema#label>
                          <http://www.w3.org/2004/02/skos/core#altLabel> <http://purl.org/dc/terms/title> }
              ?e ?p ?l FILTER (LCASE(STR(?l)) = LCASE(STR(?label)))
              FILTER (STRSTARTS(STR(?e), "https://w3id.org/nonji/id/"))
            } ORDER BY ?e LIMIT 2
            """;

    private EntityRefs() {
    }

    /**
     * The IRI {@code value} names for parameter {@code p}, checked against {@code dsg} (inside a read transaction).
     *
     * @throws NonjiException (usage) naming the parameter and the value when nothing in the store matches
     */
    public static Node resolve(DatasetGraph dsg, CannedQuery.Param p, String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            throw new NonjiException("parameter " + p.name() + ": empty", ExitCodes.USAGE);
        }
        Optional<String> iri = candidateIri(p.name(), v);
        if (iri.isPresent()) {
            Node n = QueryRunner.term(p, iri.get());
            if (known(dsg, n)) {
                return n;
            }
        }
        // not an IRI the store knows: perhaps a label or an alias
        if (!v.contains("://")) {
            try (QueryExec exec = QueryExec.dataset(dsg).query(BY_LABEL)
                    .substitution(BindingFactory.binding(Var.alloc("label"), NodeFactory.createLiteralString(v)))
                    .build()) {
                var rows = exec.select();
                if (rows.hasNext()) {
                    Node first = rows.next().get("e");
                    if (!rows.hasNext()) {
                        return first;
                    }
                    throw new NonjiException("parameter " + p.name() + ": " + NonjiException.quote(v)
                            + " is the label of more than one resource; give its IRI or ent:slug", ExitCodes.USAGE);
                }
            }
        }
        throw new NonjiException("parameter " + p.name() + ": unknown " + (p.name().equals("essay") ? "essay" : "entity")
                + " " + NonjiException.quote(v) + " (give a full IRI, ent:slug, a slug or a label; the entities are "
                + "listed by the entity-card query)", ExitCodes.USAGE);
    }

    /** The IRI a value spells, without looking at the store; empty when it spells none (a label, say). */
    static Optional<String> candidateIri(String param, String v) {
        if (v.contains("://")) {
            return Optional.of(v);
        }
        int colon = v.indexOf(':');
        if (colon > 0) {
            String ns = PREFIXES.get(v.substring(0, colon));
            String local = v.substring(colon + 1);
            return ns != null && SLUG.matcher(local).matches() ? Optional.of(ns + local) : Optional.empty();
        }
        if (!SLUG.matcher(v).matches()) {
            return Optional.empty();
        }
        return Optional.of((param.equals("essay") ? Namespaces.ESSAY : Namespaces.ENTITY) + v);
    }

    private static boolean known(DatasetGraph dsg, Node n) {
        // subject anywhere (union default graph or any named graph), or object of something: a class, say
        return dsg.contains(Node.ANY, n, Node.ANY, Node.ANY) || dsg.contains(Node.ANY, Node.ANY, Node.ANY, n);
    }

    /**
     * Binds parameter values as {@link QueryRunner#bind} does, resolving every IRI parameter against the store
     * (call inside a read transaction).
     */
    public static Binding bind(DatasetGraph dsg, CannedQuery q, Map<String, String> values) {
        BindingBuilder b = Binding.builder();
        values.forEach((name, value) -> {
            CannedQuery.Param p = q.param(name).orElseThrow(() -> new NonjiException("query '" + q.name()
                    + "' has no parameter '" + name + "'", ExitCodes.USAGE));
            b.add(Var.alloc(name), p.type().equals("iri") ? resolve(dsg, p, value) : QueryRunner.term(p, value));
        });
        return b.build();
    }
}
