package org.nonji.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.nonji.ExitCodes;
import org.nonji.NonjiException;

/**
 * A documented SPARQL query from {@code queries/}. Its header is {@code #} lines before the query:
 * <pre>
 * # title: Stances on a target
 * # description: Who supports, opposes or doubts the entity.
 * # param: target iri The entity IRI (default: all)
 * # example: query stances-on --param target=https://w3id.org/nonji/id/entity/third-way
 * # limit: 1000
 * </pre>
 * {@code # limit:} is the page size when the caller gives none; every canned query also takes {@code limit} (a
 * number, or {@code all}) and {@code offset}, which page through its ordered results.
 * <p>
 * {@code # page: inner} says the page is cut where the rows are chosen: the query's WHERE clause starts with a
 * sub-select that yields the rows' keys in order (essays sorted, then each essay's own rows sorted through LATERAL,
 * so that no sort runs over the whole store), and the rest looks up one row of details per key (through LATERAL,
 * which keeps that order). Limit and offset then apply to that sub-select, so a page of a listing over 10,000
 * essays looks up the details of its own rows only.
 */
public record CannedQuery(String name, String title, String description, List<Param> params, List<String> examples,
                          String sparql, java.util.OptionalLong defaultLimit, boolean pagesInner) {
    /** A parameter: a variable of the query that a caller may bind; type is iri, string, integer or lang. */
    public record Param(String name, String type, String description) {
        public Param {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(description, "description");
        }
    }

    public CannedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        params = List.copyOf(params);
        examples = List.copyOf(examples);
        Objects.requireNonNull(sparql, "sparql");
        Objects.requireNonNull(defaultLimit, "defaultLimit");
    }

    /** A query without a default page size. */
    public CannedQuery(String name, String title, String description, List<Param> params, List<String> examples,
                       String sparql) {
        this(name, title, description, params, examples, sparql, java.util.OptionalLong.empty(), false);
    }

    /** Parses a query file; {@code name} is the file name without {@code .rq} (and without an NN- prefix). */
    public static CannedQuery parse(String name, String text) {
        String title = null;
        StringBuilder description = new StringBuilder();
        List<Param> params = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        java.util.OptionalLong limit = java.util.OptionalLong.empty();
        boolean inner = false;
        // a description runs on over the comment lines after it until the next key: its continuation lines may
        // hold colons of their own ("?position dereferences to…", "e.g. https://…") and are text all the same
        boolean inDescription = false;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                if (l.isEmpty()) {
                    continue;
                }
                break;
            }
            String body = l.substring(1).strip();
            boolean key = KEY.matcher(body).lookingAt();
            if (!key) {
                if (inDescription && !body.isEmpty()) {
                    description.append(' ').append(body);
                }
                continue;
            }
            inDescription = body.startsWith("description:");
            if (body.startsWith("title:")) {
                title = body.substring(6).strip();
            } else if (body.startsWith("description:")) {
                description.append(body.substring(12).strip());
            } else if (body.startsWith("param:")) {
                String[] parts = body.substring(6).strip().split("\\s+", 3);
                if (parts.length < 2 || !List.of("iri", "string", "integer", "lang").contains(parts[1])) {
                    throw new NonjiException("queries/" + name + ".rq: bad '# param:' line, expected "
                            + "'# param: NAME iri|string|integer|lang DESCRIPTION'", ExitCodes.INTERNAL);
                }
                params.add(new Param(parts[0], parts[1], parts.length > 2 ? parts[2] : ""));
            } else if (body.startsWith("example:")) {
                examples.add(body.substring(8).strip());
            } else if (body.startsWith("limit:")) {
                String n = body.substring(6).strip();
                if (!n.matches("[1-9]\\d{0,6}")) {
                    throw new NonjiException("queries/" + name + ".rq: bad '# limit:' line: " + n, ExitCodes.INTERNAL);
                }
                limit = java.util.OptionalLong.of(Long.parseLong(n));
            } else if (body.startsWith("page:")) {
                if (!body.substring(5).strip().equals("inner")) {
                    throw new NonjiException("queries/" + name + ".rq: bad '# page:' line, expected '# page: inner'",
                            ExitCodes.INTERNAL);
                }
                inner = true;
            }
        }
        if (title == null || description.length() == 0) {
            throw new NonjiException("queries/" + name + ".rq: the header needs '# title:' and '# description:'",
                    ExitCodes.INTERNAL);
        }
        return new CannedQuery(name, title, description.toString(), params, examples, text, limit, inner);
    }

    /** The parameters its {@code # example:} lines bind ({@code --param name=value}), in order. */
    public java.util.Map<String, String> exampleParams() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String example : examples) {
            java.util.regex.Matcher m = EXAMPLE_PARAM.matcher(example);
            while (m.find()) {
                out.put(m.group(1), m.group(2));
            }
        }
        return out;
    }

    /** The header keys; any other comment line continues the description it follows. */
    private static final java.util.regex.Pattern KEY =
            java.util.regex.Pattern.compile("(title|description|param|example|limit|page):");

    private static final java.util.regex.Pattern EXAMPLE_PARAM =
            java.util.regex.Pattern.compile("--param (\\w+)=(\\S+)");

    /** The parameter called {@code name}. */
    public Optional<Param> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
