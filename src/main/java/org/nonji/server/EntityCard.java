package org.nonji.server;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.nonji.Namespaces;
import org.nonji.rdf.Vocab;

/**
 * The HTML card of one resource: an entity (labels, kind, sameAs, mentions, stances, relations), an essay (title,
 * date, author, the author's stances, the entities it names) or, for anything else, its description as a table.
 * Every string from the store is escaped: essays are untrusted text.
 */
final class EntityCard {
    /** Rows per page of a section: a card is for reading; "more" pages on, SPARQL is for everything. */
    static final int LIMIT = 50;

    private static final Pattern WEB_LINK = Pattern.compile("https?://[^\\s\"'<>\\\\^`{|}]+");
    /** How EssayGraphs labels the author of an essay without a byline: this, then the essay's title. */
    private static final String UNNAMED_AUTHOR = "필자: ";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String PREFIXES = """
            PREFIX nj: <https://w3id.org/nonji/ont#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private final DatasetGraph dsg;
    private final Node s;
    private final Graph description;
    private final long timeoutMillis;

    /** Which list of a card to show past its first page: the section's id and the page, from 1. */
    record Paging(String list, long page) {
        static final Paging FIRST = new Paging("", 1);
        /** Pages a list can be asked for: far beyond any real card, small enough to keep OFFSET cheap. */
        static final long MAX_PAGE = 10_000;

        Paging {
            java.util.Objects.requireNonNull(list, "list");
            if (page < 1 || page > MAX_PAGE) {
                throw new IllegalArgumentException("page " + page + " is not in 1.." + MAX_PAGE);
            }
        }

        /**
         * The paging a request asks for, or null when {@code page} is not a number from 1 to {@link #MAX_PAGE} or
         * {@code list} is not a plain section id.
         */
        static Paging parse(String list, String page) {
            if (list == null && page == null) {
                return FIRST;
            }
            if (page == null || !page.matches("[1-9]\\d{0,4}") || Long.parseLong(page) > MAX_PAGE
                    || list == null || !list.matches("[a-z][a-z-]{0,30}")) {
                return null;
            }
            return new Paging(list, Long.parseLong(page));
        }
    }

    private final Paging paging;

    EntityCard(DatasetGraph dsg, Node s, Graph description, long timeoutMillis) {
        this(dsg, s, description, timeoutMillis, Paging.FIRST);
    }

    EntityCard(DatasetGraph dsg, Node s, Graph description, long timeoutMillis, Paging paging) {
        this.dsg = dsg;
        this.s = s;
        this.description = description;
        this.timeoutMillis = timeoutMillis;
        this.paging = paging;
    }

    void write(PrintWriter w) {
        boolean statement = description.contains(s, RDF.type.asNode(), nj("Stance"))
                || description.contains(s, RDF.type.asNode(), nj("Position"))
                || description.contains(s, RDF.type.asNode(), nj("Relation"));
        boolean span = description.contains(s, RDF.type.asNode(),
                NodeFactory.createURI("http://www.w3.org/ns/oa#SpecificResource"));
        Map<String, String> evidence = span ? evidence() : Map.of();
        boolean sentence = description.contains(s, RDF.type.asNode(), nj("Sentence"));
        String title = statement ? said(s) : span && evidence.containsKey("quote")
                ? "“" + shorten(evidence.get("quote"), 80) + "”" : sentence ? sentenceTitle() : heading();
        w.println("<!doctype html><html lang=\"ko\"><head><meta charset=\"utf-8\">");
        w.println(Html.VIEWPORT);
        w.println("<title>" + Html.escape(title) + " — nonji</title>");
        w.println("<link rel=\"stylesheet\" href=\"/web/nonji.css\">");
        for (String[] alt : new String[][] {{"text/turtle", "ttl"}, {"application/ld+json", "jsonld"},
                {"application/n-triples", "nt"}}) {
            w.println("<link rel=\"alternate\" type=\"" + alt[0] + "\" href=\"?format=" + alt[1] + "\">");
        }
        w.println("</head><body>");
        w.println(Html.nav());
        w.println("<h1>" + Html.escape(title) + "</h1>");
        w.println("<p class=\"iri\"><code>" + Html.escape(s.getURI()) + "</code> · <a href=\"?format=ttl\">Turtle"
                + "</a> · <a href=\"?format=jsonld\">JSON-LD</a> · <a href=\"?format=nt\">N-Triples</a></p>");
        if (description.contains(s, RDF.type.asNode(), nj("Essay"))) {
            essay(w);
        } else if (statement) {
            statement(w);
        } else if (isEntity()) {
            entity(w);
        } else {
            if (span) {
                evidence(w, evidence);
            }
            if (sentence) {
                sentence(w);
            }
            properties(w);
        }
        w.println("</body></html>");
    }

    /** A piece of evidence: its quote, its essay (by title), its characters and the sentence it lies in. */
    private Map<String, String> evidence() {
        Map<String, String> out = new java.util.HashMap<>();
        rows(PREFIXES + """
                SELECT ?quote ?essay ?title ?start ?end ?i WHERE {
                  ?s oa:hasSource ?essay
                  OPTIONAL { ?s oa:hasSelector/oa:exact ?quote }
                  OPTIONAL { ?s oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end
                             OPTIONAL { ?sentence nj:essay ?essay ; nj:index ?i ; nj:begin ?b0 ; nj:end ?e0
                                        FILTER (?b0 <= ?start && ?start < ?e0) } }
                  OPTIONAL { ?essay dcterms:title ?title }
                } LIMIT 1
                """, b -> {
            for (String v : List.of("quote", "essay", "title", "start", "end")) {
                if (b.get(v) != null) {
                    out.put(v, str(b, v));
                }
            }
            String sentence = EntityPageServlet.sentencePath(b.get("essay"), b.get("i"));
            if (sentence != null) {
                out.put("sentence", sentence);
                out.put("index", str(b, "i"));
            }
        });
        return out;
    }

    /**
     * A heading for a resource whose IRI ends in a number or a hash: a mention by its words and essay, a co-mention
     * by its pair; anything else by its label.
     */
    private String heading() {
        Node essay = object(s, "essay");
        if (description.contains(s, RDF.type.asNode(), nj("Mention"))) {
            Node surface = object(s, "surface");
            return "“" + (surface == null ? "?" : text(surface)) + "” in " + (essay == null ? "?" : label(essay));
        }
        if (description.contains(s, RDF.type.asNode(), nj("CoMention"))
                || description.contains(s, RDF.type.asNode(), nj("CoMentionTotal"))) {
            Node a = object(s, "subject");
            Node b = object(s, "object");
            return (a == null ? "?" : label(a)) + " and " + (b == null ? "?" : label(b)) + ", named together"
                    + (essay == null ? "" : " in " + label(essay));
        }
        return label(s);
    }

    /** "Sentence 3 of 반도체 전략": a sentence is named by its place in its essay, not by its number alone. */
    private String sentenceTitle() {
        Node essay = object(s, "essay");
        Node index = object(s, "index");
        return "Sentence " + (index == null ? "?" : text(index)) + " of " + (essay == null ? "?" : label(essay));
    }

    /** The sentence's text, and a link to it in its essay's text. */
    private void sentence(PrintWriter w) {
        Node text = object(s, "text");
        String path = EntityPageServlet.sentencePath(object(s, "essay"), object(s, "index"));
        w.println("<dl>");
        if (text != null) {
            w.println("<dt>text</dt><dd><q>" + Html.escape(text(text)) + "</q></dd>");
        }
        if (path != null) {
            w.println("<dt>in its essay</dt><dd><a class=\"ev\" href=\"" + Html.escape(path)
                    + "\">the sentence in the essay's text ↗</a></dd>");
        }
        w.println("</dl>");
    }

    /** At most {@code max} characters (code points), with an ellipsis when cut. */
    private static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max)) + "…";
    }

    private void evidence(PrintWriter w, Map<String, String> e) {
        w.println("<dl>");
        if (e.containsKey("quote")) {
            w.println("<dt>quote</dt><dd><q>" + Html.escape(e.get("quote")) + "</q></dd>");
        }
        if (e.containsKey("essay")) {
            w.println("<dt>essay</dt><dd>" + link(NodeFactory.createURI(e.get("essay")),
                    e.getOrDefault("title", local(e.get("essay")))) + "</dd>");
        }
        if (e.containsKey("start")) {
            w.println("<dt>characters</dt><dd>" + Html.escape(e.get("start")) + "–" + Html.escape(e.get("end"))
                    + "</dd>");
        }
        if (e.containsKey("sentence")) {
            w.println("<dt>sentence</dt><dd><a class=\"ev\" href=\"" + Html.escape(e.get("sentence"))
                    + "\">" + Html.escape(e.get("index")) + " ↗</a> (in the essay's text)</dd>");
        }
        w.println("</dl>");
    }

    private boolean isEntity() {
        try (QueryExec exec = exec(PREFIXES + "ASK { ?s a/rdfs:subClassOf* ?top VALUES ?top { nj:Entity nj:Author } }")) {
            return exec.ask();
        }
    }

    private void entity(PrintWriter w) {
        w.println("<dl>");
        dt(w, "한국어", literals(NodeFactory.createURI(SKOS + "prefLabel"), "ko", RDFS.label.asNode()));
        dt(w, "English", literals(NodeFactory.createURI(SKOS + "prefLabel"), "en", RDFS.label.asNode()));
        List<String> kinds = new ArrayList<>();
        rows(PREFIXES + """
                SELECT DISTINCT ?t ?top WHERE {
                  ?s a ?t
                  OPTIONAL { ?t rdfs:subClassOf* ?top
                             VALUES ?top { nj:Actor nj:Asset nj:Strategy nj:Risk nj:Policy nj:Event nj:Candidate } }
                } ORDER BY ?t
                """, b -> {
            String type = local(b.get("t").getURI());
            kinds.add(b.contains("top") && !b.get("top").equals(b.get("t"))
                    ? local(b.get("top").getURI()) + " / " + type : type);
        });
        dt(w, "kind / type", String.join(", ", kinds));
        StringBuilder alt = new StringBuilder();
        description.find(s, NodeFactory.createURI(SKOS + "altLabel"), Node.ANY).forEachRemaining(t ->
                alt.append(alt.length() == 0 ? "" : ", ").append(t.getObject().getLiteralLexicalForm()));
        dt(w, "also", alt.toString());
        description.find(s, RDFS.comment.asNode(), Node.ANY).forEachRemaining(t ->
                dt(w, "comment", t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : ""));
        List<String> same = new ArrayList<>();
        description.find(s, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(t -> same.add(link(t.getObject(),
                t.getObject().isURI() ? t.getObject().getURI() : text(t.getObject()))));
        w.println(same.isEmpty() ? "" : "<dt>sameAs</dt><dd>" + String.join(" ", same) + "</dd>");
        w.println("</dl>");
        w.println("<p><a href=\"/graph?select=" + Html.escape(java.net.URLEncoder.encode(s.getURI(),
                java.nio.charset.StandardCharsets.UTF_8)) + "\">See it in the graph</a></p>");

        section(w, "mentions", "Mentions", PREFIXES + """
                SELECT ?essay (SAMPLE(?t) AS ?title) ?surface (SAMPLE(?txt) AS ?sentence) (SAMPLE(?i0) AS ?i) WHERE {
                  ?m nj:entity ?s ; nj:essay ?essay ; nj:surface ?surface .
                  OPTIONAL { ?m nj:sentence ?sen . ?sen nj:text ?txt ; nj:index ?i0 }
                  OPTIONAL { ?essay dcterms:title ?t }
                } GROUP BY ?m ?essay ?surface ORDER BY ?essay ?i ?m
                """, b -> "<li>" + link(b.get("essay"), str(b, "title")) + ": <q>"
                + Html.escape(str(b, "sentence").isEmpty() ? str(b, "surface") : str(b, "sentence")) + "</q> "
                + evidence(b) + "</li>");
        charts(w);
        section(w, "stances-on", "Stances on it", PREFIXES + """
                SELECT ?st ?h (SAMPLE(?hl0) AS ?hl) ?p ?essay (SAMPLE(?q0) AS ?q) (SAMPLE(?i0) AS ?i) WHERE {
                  ?st a nj:Stance ; nj:target ?s ; nj:holder ?h ; nj:polarity ?p ; nj:essay ?essay .
                  OPTIONAL { ?st nj:evidence/oa:hasSelector/oa:exact ?q0 }
                  OPTIONAL { ?st nj:sentence/nj:index ?i0 }
                  OPTIONAL { ?h rdfs:label ?hl0 FILTER (LANG(?hl0) IN ("ko", "")) }
                } GROUP BY ?st ?h ?p ?essay ORDER BY ?p ?essay ?i ?st
                """, b -> "<li>" + polarity(b.get("p")) + " " + link(b.get("h"), str(b, "hl"))
                + ": <q>" + Html.escape(str(b, "q")) + "</q> " + evidence(b) + "</li>");
        section(w, "stances-by", "Stances it holds", PREFIXES + """
                SELECT ?st ?t (SAMPLE(?tl0) AS ?tl) ?p ?essay (SAMPLE(?q0) AS ?q) (SAMPLE(?i0) AS ?i) WHERE {
                  ?st a nj:Stance ; nj:holder ?s ; nj:target ?t ; nj:polarity ?p ; nj:essay ?essay .
                  OPTIONAL { ?st nj:evidence/oa:hasSelector/oa:exact ?q0 }
                  OPTIONAL { ?st nj:sentence/nj:index ?i0 }
                  OPTIONAL { ?t rdfs:label ?tl0 FILTER (LANG(?tl0) IN ("ko", "")) }
                } GROUP BY ?st ?t ?p ?essay ORDER BY ?p ?essay ?i ?st
                """, b -> "<li>" + polarity(b.get("p")) + " " + link(b.get("t"), str(b, "tl"))
                + ": <q>" + Html.escape(str(b, "q")) + "</q> " + evidence(b) + "</li>");
        // read in the direction of the relation: "it supplies X" and "X supplies it", never "supplies X" under "in"
        String me = label(s);
        for (String[] dir : new String[][] {{"Relations from it", "nj:subject", "nj:object", "relations-from"},
                {"Relations to it", "nj:object", "nj:subject", "relations-to"}}) {
            boolean from = dir[1].equals("nj:subject");
            section(w, dir[3], dir[0], PREFIXES + """
                    SELECT ?r ?p (SAMPLE(?pl0) AS ?pl) ?o (SAMPLE(?ol0) AS ?ol) ?essay (SAMPLE(?q0) AS ?q)
                        (SAMPLE(?i0) AS ?i) WHERE {
                      ?r a nj:Relation ; %s ?s ; %s ?o ; nj:relationType ?p ; nj:essay ?essay .
                      OPTIONAL { ?r nj:evidence/oa:hasSelector/oa:exact ?q0 }
                      OPTIONAL { ?r nj:sentence/nj:index ?i0 }
                      OPTIONAL { ?p rdfs:label ?pl0 FILTER (LANG(?pl0) = "en") }
                      OPTIONAL { ?o rdfs:label ?ol0 FILTER (LANG(?ol0) IN ("ko", "")) }
                    } GROUP BY ?r ?p ?o ?essay ORDER BY ?p ?o ?r
                    """.formatted(dir[1], dir[2]), b -> {
                String other = link(b.get("o"), str(b, "ol"));
                String rel = "<span class=\"rel\">" + Html.escape(orLocal(b, "pl", "p")) + "</span>";
                return "<li>" + (from ? "<b>" + Html.escape(me) + "</b> " + rel + " " + other
                        : other + " " + rel + " <b>" + Html.escape(me) + "</b>") + ": <q>" + Html.escape(str(b, "q"))
                        + "</q> " + evidence(b) + "</li>";
            });
        }
    }

    /** Positions on it by polarity, and the positions it holds or that are taken on it per month of essay date. */
    private void charts(PrintWriter w) {
        java.util.Map<String, Integer> on = new java.util.HashMap<>();
        rows(PREFIXES + """
                SELECT ?p (COUNT(?x) AS ?n) WHERE { ?x a nj:Position ; nj:target ?s ; nj:polarity ?p } GROUP BY ?p
                """, b -> on.put(local(b.get("p").getURI()), integer(b.get("n"))));
        java.util.LinkedHashMap<String, java.util.Map<String, Integer>> months = new java.util.LinkedHashMap<>();
        rows(PREFIXES + """
                SELECT ?month ?p (COUNT(?x) AS ?n) WHERE {
                  { ?x nj:target ?s } UNION { ?x nj:holder ?s }
                  ?x a nj:Position ; nj:polarity ?p ; nj:essay ?e .
                  ?e dcterms:date ?d .
                  BIND (SUBSTR(STR(?d), 1, 7) AS ?month)
                } GROUP BY ?month ?p ORDER BY ?month
                """, b -> months.computeIfAbsent(str(b, "month"), k -> new java.util.HashMap<>())
                .put(local(b.get("p").getURI()), integer(b.get("n"))));
        String bar = PolarityChart.bar(on);
        String columns = PolarityChart.columns(months);
        if (bar.isEmpty() && columns.isEmpty()) {
            return;
        }
        w.println("<h2 id=\"charts\">Positions at a glance</h2>");
        if (!bar.isEmpty()) {
            w.println("<p>Positions taken on it (net per essay and holder): " + bar + "</p>");
        }
        if (!columns.isEmpty()) {
            w.println("<p>Positions on it or held by it, by month of the essay's date:</p>" + columns);
        }
    }

    private void essay(PrintWriter w) {
        w.println("<dl>");
        dt(w, "title", literals(NodeFactory.createURI(DCTERMS + "title"), null, null));
        dt(w, "date", literals(NodeFactory.createURI(DCTERMS + "date"), null, null));
        List<String> authors = new ArrayList<>();
        description.find(s, NodeFactory.createURI(DCTERMS + "creator"), Node.ANY).forEachRemaining(t ->
                authors.add(link(t.getObject(), label(t.getObject()))));
        w.println(authors.isEmpty() ? "" : "<dt>author</dt><dd>" + String.join(", ", authors) + "</dd>");
        description.find(s, NodeFactory.createURI(DCTERMS + "source"), Node.ANY).forEachRemaining(t ->
                w.println("<dt>source</dt><dd>" + link(t.getObject(), t.getObject().isURI()
                        ? t.getObject().getURI() : text(t.getObject())) + "</dd>"));
        dt(w, "keywords", literals(NodeFactory.createURI("https://schema.org/keywords"), null, null));
        w.println("</dl>");
        w.println("<p><a href=\"/graph?essay=" + Html.escape(java.net.URLEncoder.encode(s.getURI(),
                java.nio.charset.StandardCharsets.UTF_8)) + "\">This essay's graph</a></p>");
        essayText(w);
        section(w, "author-stances", "Stances of the author", PREFIXES + """
                SELECT ?st ?t (SAMPLE(?tl0) AS ?tl) ?p (SAMPLE(?q0) AS ?q) (SAMPLE(?i0) AS ?i) WHERE {
                  ?s dcterms:creator ?author .
                  ?st a nj:Stance ; nj:essay ?s ; nj:holder ?author ; nj:target ?t ; nj:polarity ?p .
                  OPTIONAL { ?st nj:evidence/oa:hasSelector/oa:exact ?q0 }
                  OPTIONAL { ?st nj:sentence/nj:index ?i0 }
                  OPTIONAL { ?t rdfs:label ?tl0 FILTER (LANG(?tl0) IN ("ko", "")) }
                } GROUP BY ?st ?t ?p ORDER BY ?i ?st
                """, b -> "<li>" + polarity(b.get("p")) + " " + link(b.get("t"), str(b, "tl"))
                + ": <q>" + Html.escape(str(b, "q")) + "</q> " + sentenceLink(s, b.get("i"), "↓") + "</li>");
        section(w, "entities", "Entities named", PREFIXES + """
                SELECT ?e (SAMPLE(?l0) AS ?l) WHERE {
                  ?s nj:mentions ?e .
                  OPTIONAL { ?e rdfs:label ?l0 FILTER (LANG(?l0) IN ("ko", "")) }
                } GROUP BY ?e ORDER BY ?e
                """, b -> "<li>" + link(b.get("e"), str(b, "l")) + "</li>");
    }

    /**
     * The essay's text, sentence by sentence (each with the id {@code s<index>} that evidence links point to), with
     * the entities named, the stance cues and the relation cues marked, and under each sentence the stances and
     * relations read from it.
     */
    private void essayText(PrintWriter w) {
        String text = literals(Vocab.TEXT, null, null);
        List<EssayText.Sentence> sentences = new ArrayList<>();
        rows(PREFIXES + """
                SELECT ?i ?b ?e ?t WHERE {
                  ?x a nj:Sentence ; nj:essay ?s ; nj:index ?i ; nj:begin ?b ; nj:end ?e ; nj:text ?t
                } ORDER BY ?i
                """, b -> sentences.add(new EssayText.Sentence(integer(b.get("i")), integer(b.get("b")),
                integer(b.get("e")), str(b, "t"))));
        if (sentences.isEmpty()) {
            return;
        }
        List<EssayText.Mark> marks = new ArrayList<>();
        rows(PREFIXES + """
                SELECT ?m ?ent ?b ?e ?surface (SAMPLE(?l0) AS ?l) ?concept WHERE {
                  ?m a nj:Mention ; nj:essay ?s ; nj:entity ?ent ; nj:surface ?surface ;
                     nj:evidence/oa:hasSelector ?sel .
                  ?sel nj:begin ?b ; nj:end ?e .
                  OPTIONAL { ?ent rdfs:label ?l0 FILTER (LANG(?l0) IN ("ko", "")) }
                  BIND (EXISTS { ?ent a nj:Concept } AS ?concept)
                } GROUP BY ?m ?ent ?b ?e ?surface ?concept
                """, b -> marks.add(new EssayText.Mark(integer(b.get("b")), integer(b.get("e")),
                "true".equals(str(b, "concept")) ? "hl-concept" : "hl-m",
                b.get("ent").isURI() ? EntityPageServlet.localPath(b.get("ent").getURI()) : null,
                str(b, "l").isEmpty() ? str(b, "surface") : str(b, "l"))));
        java.util.Map<Integer, List<String>> claims = new java.util.TreeMap<>();
        rows(PREFIXES + """
                SELECT ?st ?h (SAMPLE(?hl0) AS ?hl) ?t (SAMPLE(?tl0) AS ?tl) ?p ?cue ?i ?b ?e WHERE {
                  ?st a nj:Stance ; nj:essay ?s ; nj:holder ?h ; nj:target ?t ; nj:polarity ?p ; nj:cue ?cue ;
                      nj:sentence/nj:index ?i ; nj:evidence/oa:hasSelector ?sel .
                  ?sel nj:begin ?b ; nj:end ?e .
                  OPTIONAL { ?h rdfs:label ?hl0 FILTER (LANG(?hl0) IN ("ko", "")) }
                  OPTIONAL { ?t rdfs:label ?tl0 FILTER (LANG(?tl0) IN ("ko", "")) }
                } GROUP BY ?st ?h ?t ?p ?cue ?i ?b ?e ORDER BY ?i ?b ?st
                """, b -> {
            String pol = b.get("p").isURI() ? local(b.get("p").getURI()) : "";
            String said = holder(orLocal(b, "hl", "h")) + " " + verb(pol) + " " + orLocal(b, "tl", "t");
            int[] cue = EssayText.locate(text, str(b, "cue"), integer(b.get("b")), integer(b.get("e")));
            if (cue != null) {
                marks.add(new EssayText.Mark(cue[0], cue[1], "hl-cue hl-" + pol, null, said));
            }
            claims.computeIfAbsent(integer(b.get("i")), k -> new ArrayList<>()).add("<li>" + polarity(b.get("p"))
                    + " " + link(b.get("st"), said) + "</li>");
        });
        rows(PREFIXES + """
                SELECT ?r ?su (SAMPLE(?sl0) AS ?sl) ?p (SAMPLE(?pl0) AS ?pl) ?o (SAMPLE(?ol0) AS ?ol) ?cue ?i ?b ?e
                WHERE {
                  ?r a nj:Relation ; nj:essay ?s ; nj:subject ?su ; nj:relationType ?p ; nj:object ?o ; nj:cue ?cue ;
                     nj:sentence/nj:index ?i ; nj:evidence/oa:hasSelector ?sel .
                  ?sel nj:begin ?b ; nj:end ?e .
                  OPTIONAL { ?su rdfs:label ?sl0 FILTER (LANG(?sl0) IN ("ko", "")) }
                  OPTIONAL { ?p rdfs:label ?pl0 FILTER (LANG(?pl0) = "en") }
                  OPTIONAL { ?o rdfs:label ?ol0 FILTER (LANG(?ol0) IN ("ko", "")) }
                } GROUP BY ?r ?su ?p ?o ?cue ?i ?b ?e ORDER BY ?i ?b ?r
                """, b -> {
            String said = orLocal(b, "sl", "su") + " " + orLocal(b, "pl", "p") + " " + orLocal(b, "ol", "o");
            int[] cue = EssayText.locate(text, str(b, "cue"), integer(b.get("b")), integer(b.get("e")));
            if (cue != null) {
                marks.add(new EssayText.Mark(cue[0], cue[1], "hl-rel", null, said));
            }
            claims.computeIfAbsent(integer(b.get("i")), k -> new ArrayList<>()).add("<li><span class=\"rel\">"
                    + "relation</span> " + link(b.get("r"), said) + "</li>");
        });
        w.println("<h2 id=\"text\">Text <small>(" + sentences.size() + " sentences)</small></h2>");
        w.println(EssayText.legend());
        EssayText.write(w, text, sentences, marks, claims);
    }

    /**
     * What a statement says, as a sentence: "삼성전자 supports HBM" for a stance or position (holder, polarity as a
     * verb, target), "삼성전자 builds in 미국" for a relation (subject, relation type, object).
     */
    private String said(Node st) {
        Node polarity = object(st, "polarity");
        if (polarity != null) {
            String verb = polarity.isURI() ? verb(local(polarity.getURI())) : text(polarity);
            return holder(label(object(st, "holder"))) + " " + verb + " " + label(object(st, "target"));
        }
        Node type = object(st, "relationType");
        String rel = type == null ? "?" : labelIn(type, "en");
        return label(object(st, "subject")) + " " + rel + " " + label(object(st, "object"));
    }

    /**
     * A stance, position or relation: the quote with its cue marked and a link to the sentence in its essay, who
     * and what (linked), the polarity in words, the flags and the rules that produced it; then all its triples.
     */
    private void statement(PrintWriter w) {
        boolean relation = description.contains(s, RDF.type.asNode(), nj("Relation"));
        boolean position = description.contains(s, RDF.type.asNode(), nj("Position"));
        Node essay = object(s, "essay");
        Node[] quote = new Node[4];
        rows(PREFIXES + """
                SELECT ?exact ?prefix ?suffix ?i WHERE {
                  OPTIONAL { ?s nj:evidence/oa:hasSelector ?q . ?q oa:exact ?exact
                             OPTIONAL { ?q oa:prefix ?prefix } OPTIONAL { ?q oa:suffix ?suffix } }
                  OPTIONAL { ?s nj:sentence/nj:index ?i }
                } LIMIT 1
                """, b -> {
            quote[0] = b.get("exact");
            quote[1] = b.get("prefix");
            quote[2] = b.get("suffix");
            quote[3] = b.get("i");
        });
        String exact = quote[0] == null ? "" : text(quote[0]);
        if (!exact.isEmpty()) {
            Node cueNode = object(s, "cue");
            int[] cue = cueNode == null ? null : EssayText.locate(exact, text(cueNode), 0, exact.length());
            Node pol = object(s, "polarity");
            String cls = relation ? "hl-rel" : "hl-cue hl-" + (pol != null && pol.isURI() ? local(pol.getURI()) : "");
            String marked = cue == null ? Html.escape(exact) : Html.escape(exact.substring(0, cue[0]))
                    + "<span class=\"" + Html.escape(cls) + "\">" + Html.escape(exact.substring(cue[0], cue[1]))
                    + "</span>" + Html.escape(exact.substring(cue[1]));
            // the selector's context is a fixed number of characters: shown from a whole word to a whole word
            String before = quote[1] == null ? "" : text(quote[1]);
            String after = quote[2] == null ? "" : text(quote[2]);
            int space = before.indexOf(' ');
            before = space >= 0 && space < before.length() - 1 ? before.substring(space + 1) : before;
            space = after.lastIndexOf(' ');
            after = space > 0 ? after.substring(0, space) : after;
            w.println("<blockquote class=\"quote\" id=\"quote\"><span class=\"ctx\">…" + Html.escape(before)
                    + "</span>" + marked + "<span class=\"ctx\">" + Html.escape(after) + "…</span></blockquote>");
        }
        String path = EntityPageServlet.sentencePath(essay, quote[3]);
        w.println("<p class=\"in-context\">" + (path == null ? "" : "<a class=\"ev\" href=\"" + Html.escape(path)
                + "\">Read it in context: sentence " + Html.escape(text(quote[3])) + "</a> of ")
                + (essay == null ? "" : link(essay, label(essay))) + "</p>");
        w.println("<dl>");
        if (relation) {
            w.println("<dt>subject</dt><dd>" + linkObject("subject") + "</dd>");
            Node type = object(s, "relationType");
            w.println("<dt>relation</dt><dd><span class=\"rel\">" + Html.escape(type == null ? ""
                    : labelIn(type, "en")) + "</span>" + (type == null || label(type).equals(labelIn(type, "en"))
                    ? "" : " (" + Html.escape(label(type)) + ")") + "</dd>");
            w.println("<dt>object</dt><dd>" + linkObject("object") + "</dd>");
        } else {
            w.println("<dt>holder</dt><dd>" + linkObject("holder") + "</dd>");
            Node pol = object(s, "polarity");
            String name = pol != null && pol.isURI() ? local(pol.getURI()) : "";
            w.println("<dt>polarity</dt><dd><span class=\"pol pol-" + Html.escape(name) + "\">"
                    + Html.escape(verb(name)) + "</span></dd>");
            w.println("<dt>target</dt><dd>" + linkObject("target") + "</dd>");
        }
        Node cue = object(s, "cue");
        dt(w, "cue", cue == null ? "" : text(cue));
        if (position) {
            String n = count("stances");
            dt(w, "weighs", "%s %s: %s support, %s oppose, %s doubt".formatted(n, n.equals("1") ? "stance" : "stances",
                    count("supportCount"), count("opposeCount"), count("doubtCount")));
            List<String> based = new ArrayList<>();
            description.find(s, nj("basedOn"), Node.ANY).forEachRemaining(t -> based.add(link(t.getObject(),
                    "stance " + local(t.getObject().getURI()))));
            based.sort(null);
            w.println(based.isEmpty() ? "" : "<dt>based on</dt><dd>" + String.join(", ", based) + "</dd>");
            Node decisive = object(s, "decisive");
            w.println(decisive == null ? "" : "<dt>decided by</dt><dd>" + link(decisive, "stance "
                    + local(decisive.getURI())) + "</dd>");
        }
        List<String> flags = new ArrayList<>();
        String[][] known = {{"negated", "a negation flipped the cue's polarity"},
                {"hedged", "hypothetical or hedged (…수도 있다, …하면)"},
                {"conceded", "in a conceded clause (…지만): it counts less in a position"},
                {"reported", "the essay reports someone else's view, not the author's"}};
        for (String[] f : known) {
            Node v = object(s, f[0]);
            if (v != null) {
                // every flag the statement carries is shown, set or not: "not negated" is information too
                flags.add("true".equals(text(v)) ? "<li class=\"flag on\"><b>" + f[0] + "</b>: " + Html.escape(f[1])
                        + "</li>" : "<li class=\"flag off\">not " + f[0] + "</li>");
            }
        }
        w.println(flags.isEmpty() ? "" : "<dt>flags</dt><dd><ul class=\"flags\" id=\"flags\">" + String.join("", flags)
                + "</ul></dd>");
        List<String> rules = new ArrayList<>();
        rows(PREFIXES + """
                SELECT ?r (SAMPLE(?l0) AS ?l) (SAMPLE(?c0) AS ?c) (MIN(?o0) AS ?o) WHERE {
                  ?s nj:rule ?r .
                  OPTIONAL { ?r rdfs:label ?l0 } OPTIONAL { ?r rdfs:comment ?c0 } OPTIONAL { ?r nj:order ?o0 }
                } GROUP BY ?r ORDER BY ?o ?r
                """, b -> rules.add("<li>" + link(b.get("r"), orLocal(b, "l", "r")) + (str(b, "c").isEmpty() ? ""
                : ": " + Html.escape(str(b, "c"))) + "</li>"));
        w.println(rules.isEmpty() ? "" : "<dt>rules</dt><dd><ol class=\"rules\">" + String.join("", rules)
                + "</ol></dd>");
        w.println("</dl>");
        w.println("<details><summary>All its triples</summary>");
        properties(w);
        w.println("</details>");
    }

    /**
     * A holder's label where the essay is already in view: an unnamed author is labelled "필자: <essay title>" to be
     * told apart across essays, which makes a statement's title as long as the essay's; here "필자" says it.
     */
    private static String holder(String label) {
        return label.startsWith(UNNAMED_AUTHOR) ? "필자" : label;
    }

    /** The single object of {@code nj:<local>} on {@code n} in the description, or null. */
    private Node object(Node n, String local) {
        var it = description.find(n, nj(local), Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private String linkObject(String local) {
        Node o = object(s, local);
        return o == null ? "" : link(o, label(o));
    }

    private String count(String local) {
        Node o = object(s, local);
        return o == null ? "0" : text(o);
    }

    /** The label of {@code n} in language {@code lang}, else its usual label. */
    private String labelIn(Node n, String lang) {
        var it = description.find(n, RDFS.label.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral() && lang.equals(o.getLiteralLanguage())) {
                return o.getLiteralLexicalForm();
            }
        }
        return label(n);
    }

    /** Anything that is neither entity nor essay (statements, spans, authors…): its triples. */
    private void properties(PrintWriter w) {
        w.println("<table><tbody>");
        TreeSet<String> lines = new TreeSet<>();
        description.find(s, Node.ANY, Node.ANY).forEachRemaining((Triple t) -> lines.add("<tr><th>"
                + Html.escape(local(t.getPredicate().getURI())) + "</th><td>" + (t.getObject().isLiteral()
                ? Html.escape(t.getObject().getLiteralLexicalForm()) : link(t.getObject(), label(t.getObject())))
                + "</td></tr>"));
        lines.forEach(w::println);
        w.println("</tbody></table>");
    }

    /**
     * One list of the card, a page of {@link #LIMIT} rows: the first page unless the request asked for another page
     * of this list ({@code ?list=id&page=n}), with previous and "more" links that keep to the list's heading.
     */
    private void section(PrintWriter w, String id, String heading, String sparql,
                         java.util.function.Function<Binding, String> item) {
        long page = id.equals(paging.list()) ? paging.page() : 1;
        List<String> items = new ArrayList<>();
        // one row more than the page tells whether there is a next page
        rows(sparql + "LIMIT " + (LIMIT + 1) + " OFFSET " + (page - 1) * LIMIT, b -> items.add(item.apply(b)));
        boolean more = items.size() > LIMIT;
        if (more) {
            items.remove(items.size() - 1);
        }
        if (items.isEmpty() && page == 1) {
            return;
        }
        long first = (page - 1) * LIMIT + 1;
        String count = page == 1 && !more ? String.valueOf(items.size())
                : first + "–" + (first + items.size() - 1) + (more ? " of more" : "");
        w.println("<h2 id=\"" + Html.escape(id) + "\">" + Html.escape(heading) + " <small>(" + count
                + ")</small></h2><ul id=\"" + Html.escape(id) + "-list\">");
        items.forEach(w::println);
        w.println("</ul>");
        if (page > 1 || more) {
            String base = "?list=" + Html.param(id) + "&page=";
            w.println("<p class=\"pager\">" + (page > 1 ? "<a rel=\"prev\" href=\"" + Html.escape(base + (page - 1)
                    + "#" + id) + "\">← previous</a> " : "") + (more ? "<a rel=\"next\" href=\""
                    + Html.escape(base + (page + 1) + "#" + id) + "\">more →</a>" : "") + "</p>");
        }
    }

    private QueryExec exec(String sparql) {
        return QueryExec.dataset(dsg).query(sparql).substitution(BindingFactory.binding(Var.alloc("s"), s))
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build();
    }

    private void rows(String sparql, Consumer<Binding> row) {
        try (QueryExec exec = exec(sparql)) {
            RowSet rs = exec.select();
            rs.forEachRemaining(row);
        }
    }

    private static void dt(PrintWriter w, String term, String value) {
        if (!value.isEmpty()) {
            w.println("<dt>" + Html.escape(term) + "</dt><dd>" + Html.escape(value) + "</dd>");
        }
    }

    /** The values of {@code p} (else {@code fallback}) in language {@code lang} (null: any), comma-joined. */
    private String literals(Node p, String lang, Node fallback) {
        TreeSet<String> out = new TreeSet<>();
        for (Node prop : fallback == null ? List.of(p) : List.of(p, fallback)) {
            description.find(s, prop, Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if (o.isLiteral() && (lang == null || lang.equals(o.getLiteralLanguage()))) {
                    out.add(o.getLiteralLexicalForm());
                }
            });
            if (!out.isEmpty()) {
                break;
            }
        }
        return String.join(", ", out);
    }

    /** A display label from the description: Korean preferred, then any label, title or name, else the IRI tail. */
    private String label(Node n) {
        String best = null;
        int rank = Integer.MAX_VALUE;
        String[] props = {SKOS + "prefLabel", RDFS.label.getURI(), DCTERMS + "title", "https://schema.org/name"};
        for (int i = 0; i < props.length; i++) {
            var it = description.find(n, NodeFactory.createURI(props[i]), Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                int r = i * 2 + ("ko".equals(o.getLiteralLanguage()) ? 0 : 1);
                if (r < rank) {
                    rank = r;
                    best = o.getLiteralLexicalForm();
                }
            }
        }
        return best != null ? best : n.isURI() ? local(n.getURI()) : text(n);
    }

    /**
     * A link: minted IRIs to their local page, terms of the vocabulary to their entry on {@code /ont}, other http(s)
     * IRIs as they are; anything else (javascript:, urn:, literals) as plain text.
     */
    private static String link(Node n, String text) {
        String shown = Html.escape(text.isEmpty() && n != null && n.isURI() ? local(n.getURI()) : text);
        if (n == null || !n.isURI()) {
            return shown;
        }
        String local = EntityPageServlet.localPath(n.getURI());
        if (local == null) {
            local = OntologyServlet.anchor(n.getURI());
        }
        if (local != null) {
            return "<a href=\"" + Html.escape(local) + "\">" + shown + "</a>";
        }
        if (WEB_LINK.matcher(n.getURI()).matches()) {
            return "<a href=\"" + Html.escape(n.getURI()) + "\" rel=\"nofollow noopener noreferrer\">" + shown + "</a>";
        }
        return shown;
    }

    /**
     * The evidence link of a row: to the sentence in its essay's page ({@code ?essay}, {@code ?i}), and to the
     * statement's own page when the row names one ({@code ?st} or {@code ?r}).
     */
    private static String evidence(Binding b) {
        String at = sentenceLink(b.get("essay"), b.get("i"), "↗");
        Node st = b.contains("st") ? b.get("st") : b.get("r");
        return st == null ? at : at + " " + link(st, "details");
    }

    /** A link to one sentence of an essay, where its evidence is shown in context; the essay's page without one. */
    private static String sentenceLink(Node essay, Node index, String text) {
        String path = EntityPageServlet.sentencePath(essay, index);
        return path == null ? link(essay, text)
                : "<a class=\"ev\" href=\"" + Html.escape(path) + "\" title=\"the sentence in its essay\">"
                + Html.escape(text) + "</a>";
    }

    private static String polarity(Node p) {
        String name = p == null || !p.isURI() ? "" : local(p.getURI());
        return "<span class=\"pol pol-" + Html.escape(name) + "\">" + Html.escape(name) + "</span>";
    }

    /** The label in {@code labelVar}, else the local name of the IRI in {@code var}. */
    private static String orLocal(Binding b, String labelVar, String var) {
        String l = str(b, labelVar);
        Node n = b.get(var);
        return !l.isEmpty() ? l : n != null && n.isURI() ? local(n.getURI()) : str(b, var);
    }

    /** The verb for a polarity's local name ("support" → "supports"); an unknown one stays as it is. */
    private static String verb(String polarity) {
        try {
            return org.nonji.extract.Polarity.parse(polarity).verb();
        } catch (IllegalArgumentException e) {
            return polarity;
        }
    }

    private static int integer(Node n) {
        try {
            return n != null && n.isLiteral() ? Integer.parseInt(n.getLiteralLexicalForm()) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String str(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    private static String text(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static String local(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
    }

    private static Node nj(String local) {
        return NodeFactory.createURI(Namespaces.ONT + local);
    }
}
