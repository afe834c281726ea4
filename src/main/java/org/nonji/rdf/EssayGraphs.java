package org.nonji.rdf;

import java.io.StringReader;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.Lang;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.nonji.Bundled;
import org.nonji.Digests;
import org.nonji.Namespaces;
import org.nonji.corpus.Essay;
import org.nonji.corpus.EssayMetadata;
import org.nonji.corpus.Sentence;
import org.nonji.extract.CoMention;
import org.nonji.extract.Concept;
import org.nonji.extract.Entity;
import org.nonji.extract.Extraction;
import org.nonji.extract.Kind;
import org.nonji.extract.Mention;
import org.nonji.extract.Polarity;
import org.nonji.extract.Position;
import org.nonji.extract.Relation;
import org.nonji.extract.RuleBook;
import org.nonji.extract.Stance;

/**
 * The only place that mints triples: one named graph per essay (named by the essay's IRI), the ontology and
 * gazetteer in their own graph, build provenance in another.
 *
 * <p>Evidence follows the W3C Web Annotation model: an {@code oa:SpecificResource} on the essay with a
 * {@code TextPositionSelector} and a {@code TextQuoteSelector}. {@code oa:start}/{@code oa:end} count Unicode code
 * points, as the Web Annotation model and SPARQL's SUBSTR do; {@code nj:begin}/{@code nj:end} give the same span
 * in UTF-16 units for Java's {@code substring}. They differ only after characters outside the BMP (emoji).
 */
public final class EssayGraphs {
    private static final int CONTEXT = 32;

    private EssayGraphs() {
    }

    /**
     * Adds the ontology (nonji.ttl, entities.ttl) to its graph. Blank nodes (OWL lists, axioms) become skolem IRIs
     * numbered in document order, so that the same files always give the same quads.
     */
    public static void addOntology(DatasetGraph dsg) {
        Node g = NodeFactory.createURI(Namespaces.ONTOLOGY_GRAPH);
        for (String file : List.of("ontology/nonji.ttl", "ontology/entities.ttl")) {
            Map<Node, Node> skolem = new HashMap<>();
            String base = Namespaces.ID + ".well-known/genid/" + file.replaceAll("\\W", "-") + "-";
            StreamRDF sink = new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    dsg.add(g, sk(t.getSubject()), t.getPredicate(), sk(t.getObject()));
                }

                private Node sk(Node n) {
                    return n.isBlank() ? skolem.computeIfAbsent(n, k -> NodeFactory.createURI(base + skolem.size()))
                            : n;
                }
            };
            RDFParser.create().source(new StringReader(Bundled.read(file))).lang(Lang.TURTLE).parse(sink);
        }
    }

    /** Adds the extraction rules to the ontology graph: id, order, on/off, description. */
    public static void addRules(DatasetGraph dsg, RuleBook rules) {
        Node g = NodeFactory.createURI(Namespaces.ONTOLOGY_GRAPH);
        for (RuleBook.Rule r : rules.ordered()) {
            Node n = Iris.rule(r.id());
            dsg.add(g, n, RDF.type.asNode(), Vocab.RULE_CLASS);
            dsg.add(g, n, RDFS.label.asNode(), NodeFactory.createLiteralString(r.id()));
            dsg.add(g, n, RDFS.comment.asNode(), NodeFactory.createLiteralLang(r.description(), "en"));
            dsg.add(g, n, Vocab.ORDER, integer(r.order()));
            dsg.add(g, n, Vocab.ENABLED, bool(r.enabled()));
        }
    }

    /**
     * Adds the provenance of a build: the activity, the software, and for each essay it made the link both ways.
     * The links per essay are {@link #provenance}, which essay validation sees too.
     */
    public static void addBuild(DatasetGraph dsg, BuildInfo info, String buildId, Collection<String> essayIds) {
        Node g = NodeFactory.createURI(Namespaces.BUILD_GRAPH);
        activity(info, buildId).forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        Node build = Iris.build(buildId);
        for (String id : essayIds) {
            provenance(build, id).forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        }
    }

    /** The triples describing a build activity and the software that ran it. */
    public static List<Triple> activity(BuildInfo info, String buildId) {
        Node build = Iris.build(buildId);
        Node software = Iris.software(info.toolVersion());
        return List.of(
                Triple.create(build, RDF.type.asNode(), Vocab.PROV_ACTIVITY),
                Triple.create(build, RDFS.label.asNode(), NodeFactory.createLiteralLang("nonji build", "en")),
                Triple.create(build, Vocab.PROV_STARTED_AT, NodeFactory.createLiteralDT(info.startedAt().toString(),
                        XSDDatatype.XSDdateTime)),
                Triple.create(build, Vocab.ANALYZER, NodeFactory.createLiteralString(info.analyzer())),
                Triple.create(build, Vocab.PROV_WAS_ASSOCIATED_WITH, software),
                Triple.create(software, RDF.type.asNode(), Vocab.PROV_SOFTWARE_AGENT),
                Triple.create(software, RDFS.label.asNode(),
                        NodeFactory.createLiteralString("nonji " + info.toolVersion())),
                Triple.create(software, Vocab.DC_HAS_VERSION, NodeFactory.createLiteralString(info.toolVersion())));
    }

    /** The build graph's links between a build and one essay it made. */
    public static List<Triple> provenance(Node build, String essayId) {
        Node essay = Iris.essay(essayId);
        return List.of(Triple.create(build, Vocab.PROV_USED, essay),
                Triple.create(essay, Vocab.PROV_WAS_GENERATED_BY, build));
    }

    /**
     * Removes from the build graph the links of an essay that is being replaced or removed; returns the number of
     * quads removed.
     */
    public static long dropProvenance(DatasetGraph dsg, String essayId) {
        Node g = NodeFactory.createURI(Namespaces.BUILD_GRAPH);
        Node essay = Iris.essay(essayId);
        return delete(dsg, g, Node.ANY, Vocab.PROV_USED, essay) + delete(dsg, g, essay, Vocab.PROV_WAS_GENERATED_BY,
                Node.ANY);
    }

    private static long delete(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        List<Quad> qs = org.apache.jena.atlas.iterator.Iter.toList(dsg.find(g, s, p, o));
        qs.forEach(dsg::delete);
        return qs.size();
    }

    /**
     * Removes builds that no longer made any essay in the store, and software no build names any more; returns the
     * number of quads removed.
     */
    public static long dropIdleBuilds(DatasetGraph dsg) {
        Node g = NodeFactory.createURI(Namespaces.BUILD_GRAPH);
        List<Node> idle = new java.util.ArrayList<>();
        dsg.find(g, Node.ANY, RDF.type.asNode(), Vocab.PROV_ACTIVITY).forEachRemaining(q -> {
            if (!dsg.find(g, q.getSubject(), Vocab.PROV_USED, Node.ANY).hasNext()) {
                idle.add(q.getSubject());
            }
        });
        long n = 0;
        for (Node b : idle) {
            n += delete(dsg, g, b, Node.ANY, Node.ANY);
        }
        List<Node> unused = new java.util.ArrayList<>();
        dsg.find(g, Node.ANY, RDF.type.asNode(), Vocab.PROV_SOFTWARE_AGENT).forEachRemaining(q -> {
            if (!dsg.find(g, Node.ANY, Vocab.PROV_WAS_ASSOCIATED_WITH, q.getSubject()).hasNext()) {
                unused.add(q.getSubject());
            }
        });
        for (Node sw : unused) {
            n += delete(dsg, g, sw, Node.ANY, Node.ANY);
        }
        return n;
    }

    /**
     * A stable id for a build: a digest of the time, tool, analyser and the checksums of the essays it read
     * ({@code essay id → sha256}).
     */
    public static String buildId(BuildInfo info, Map<String, String> checksums) {
        StringBuilder b = new StringBuilder(info.startedAt() + " " + info.toolVersion() + " " + info.analyzer());
        new java.util.TreeMap<>(checksums).forEach((id, sha) -> b.append(' ').append(id).append('=').append(sha));
        return Digests.sha256(b.toString()).substring(0, 16);
    }

    /** Adds the essay's graph; returns the number of quads added. */
    public static long addEssay(DatasetGraph dsg, Extraction x) {
        List<Quad> quads = essayQuads(x);
        quads.forEach(dsg::add);
        return quads.size();
    }

    /**
     * The quads of the essay's graph, each once, in the order they are minted (a subject's triples mostly
     * together). They depend on the essay and the extraction only, never on other essays or on the build.
     */
    public static List<Quad> essayQuads(Extraction x) {
        return essayQuads(x, () -> { });
    }

    /**
     * As {@link #essayQuads(Extraction)}, running {@code checkpoint} every 1,024 quads minted: an essay's time budget
     * can stop the minting of a huge graph half-way (it throws).
     */
    public static List<Quad> essayQuads(Extraction x, Runnable checkpoint) {
        return new EssayGraph(x, checkpoint).write();
    }

    /** Writes one essay; holds the state of one write. */
    private static final class EssayGraph {
        private final java.util.LinkedHashSet<Quad> quads = new java.util.LinkedHashSet<>();
        private final Extraction x;
        private final Essay essay;
        private final Node g;
        private final Map<String, Node> spans = new HashMap<>();
        private final Runnable checkpoint;
        private int minted;

        EssayGraph(Extraction x, Runnable checkpoint) {
            this.x = x;
            this.checkpoint = checkpoint;
            this.essay = x.essay();
            this.g = Iris.essay(essay.id());
        }

        List<Quad> write() {
            essayNode();
            for (Sentence s : essay.sentences()) {
                Node n = sentence(s.index());
                add(n, RDF.type.asNode(), Vocab.SENTENCE);
                add(n, Vocab.IN_ESSAY, g);
                add(n, Vocab.INDEX, integer(s.index()));
                add(n, Vocab.BEGIN, integer(s.begin()));
                add(n, Vocab.END, integer(s.end()));
                add(n, Vocab.TEXT, NodeFactory.createLiteralLang(s.text(), "ko"));
            }
            candidates();
            concepts();
            List<Mention> mentions = new java.util.ArrayList<>(x.mentions());
            mentions.addAll(x.conceptMentions());
            TreeSet<String> mentioned = new TreeSet<>();
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                Node n = Iris.part(essay.id(), "mention", i);
                add(n, RDF.type.asNode(), Vocab.MENTION);
                add(n, Vocab.ENTITY, entity(m.entity()));
                add(n, Vocab.IN_ESSAY, g);
                add(n, Vocab.IN_SENTENCE, sentence(m.sentence()));
                add(n, Vocab.SURFACE, NodeFactory.createLiteralString(m.surface()));
                add(n, Vocab.EVIDENCE, span(m.begin(), m.end()));
                mentioned.add(m.entity().iri());
            }
            mentioned.forEach(iri -> add(g, Vocab.MENTIONS, NodeFactory.createURI(iri)));
            relations();
            coMentions();
            unnamedSources();
            stances();
            positions();
            counts(mentions.size(), mentioned.size());
            return List.copyOf(quads);
        }

        private void essayNode() {
            EssayMetadata md = essay.metadata();
            add(g, RDF.type.asNode(), Vocab.ESSAY);
            add(g, Vocab.DC_TITLE, NodeFactory.createLiteralLang(md.title(), "ko"));
            add(g, RDFS.label.asNode(), NodeFactory.createLiteralLang(md.title(), "ko"));
            md.date().ifPresent(d -> add(g, Vocab.DC_DATE, NodeFactory.createLiteralDT(d,
                    d.contains("T") ? XSDDatatype.XSDdateTime : XSDDatatype.XSDdate)));
            for (String tag : md.tags()) {
                add(g, Vocab.SCHEMA_KEYWORDS, NodeFactory.createLiteralString(tag));
            }
            md.source().ifPresent(s -> add(g, Vocab.DC_SOURCE, isHttpIri(s) ? NodeFactory.createURI(s)
                    : NodeFactory.createLiteralString(s)));
            add(g, Vocab.SHA256, NodeFactory.createLiteralString(essay.sha256()));
            add(g, Vocab.FILE_NAME, NodeFactory.createLiteralString(essay.fileName()));
            add(g, Vocab.TEXT, NodeFactory.createLiteralString(essay.text()));
            Node author = Iris.author(essay.id());
            add(g, Vocab.DC_CREATOR, author);
            add(author, RDF.type.asNode(), Vocab.AUTHOR);
            String name = md.author().orElse(null);
            if (name != null) {
                add(author, Vocab.SCHEMA_NAME, NodeFactory.createLiteralString(name));
                add(author, RDFS.label.asNode(), NodeFactory.createLiteralString(name));
            } else {
                add(author, RDFS.label.asNode(), NodeFactory.createLiteralLang("필자: " + md.title(), "ko"));
                add(author, RDFS.label.asNode(), NodeFactory.createLiteralLang("author of " + md.title(), "en"));
            }
        }

        /**
         * The essay's counts on its node, as many of each as {@link #write} mints (concept mentions are mentions
         * too), so that listings such as the timeline read a few triples per essay instead of grouping every
         * sentence, mention and stance of the store.
         */
        private void counts(int mentions, int entities) {
            add(g, Vocab.SENTENCE_COUNT, integer(essay.sentences().size()));
            add(g, Vocab.MENTION_COUNT, integer(mentions));
            add(g, Vocab.ENTITY_COUNT, integer(entities));
            add(g, Vocab.RELATION_COUNT, integer(x.relations().size()));
            add(g, Vocab.STANCE_COUNT, integer(x.stances().size()));
            add(g, Vocab.SUPPORT_COUNT, integer(stances(Polarity.SUPPORT)));
            add(g, Vocab.OPPOSE_COUNT, integer(stances(Polarity.OPPOSE)));
            add(g, Vocab.DOUBT_COUNT, integer(stances(Polarity.DOUBT)));
        }

        private long stances(Polarity p) {
            return x.stances().stream().filter(st -> st.polarity() == p).count();
        }

        private void candidates() {
            Map<String, Entity> byIri = new java.util.TreeMap<>();
            for (Mention m : x.mentions()) {
                if (m.entity().kind() == Kind.CANDIDATE) {
                    byIri.putIfAbsent(m.entity().iri(), m.entity());
                }
            }
            for (Entity e : byIri.values()) {
                Node n = NodeFactory.createURI(e.iri());
                add(n, RDF.type.asNode(), Vocab.CANDIDATE);
                String label = e.label();
                boolean hangul = label.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
                add(n, RDFS.label.asNode(), hangul ? NodeFactory.createLiteralLang(label, "ko")
                        : NodeFactory.createLiteralString(label));
                add(n, Vocab.CANDIDATE_REASON, NodeFactory.createLiteralString(hangul
                        ? "proper noun (NNP) not in the gazetteer" : "Latin-script name not in the gazetteer"));
            }
        }

        /** Concepts the essay's stances target: their types, labels and the entities inside them. */
        private void concepts() {
            for (Concept c : x.concepts()) {
                Node n = entity(c.entity());
                add(n, RDF.type.asNode(), Vocab.CONCEPT);
                if (!c.entity().type().equals("Concept")) {
                    add(n, RDF.type.asNode(), Vocab.nj(c.entity().type()));
                }
                add(n, RDFS.label.asNode(), NodeFactory.createLiteralLang(c.entity().labelKo(), "ko"));
                add(n, Vocab.SKOS_PREF_LABEL, NodeFactory.createLiteralLang(c.entity().labelKo(), "ko"));
                for (Entity a : c.about()) {
                    add(n, Vocab.ABOUT, entity(a));
                }
            }
        }

        /** Holders the essay does not name (업계 관계자): typed and labelled, in this essay. */
        private void unnamedSources() {
            java.util.Set<String> done = new java.util.HashSet<>();
            for (Stance st : x.stances()) {
                st.holder().filter(h -> h.entity().type().equals("UnnamedSource"))
                        .filter(h -> done.add(h.entity().iri())).ifPresent(h -> {
                            Node n = entity(h.entity());
                            add(n, RDF.type.asNode(), Vocab.UNNAMED_SOURCE);
                            add(n, RDFS.label.asNode(), NodeFactory.createLiteralLang(h.entity().labelKo(), "ko"));
                            add(n, Vocab.IN_ESSAY, g);
                        });
            }
        }

        private void relations() {
            List<Relation> relations = x.relations();
            for (int i = 0; i < relations.size(); i++) {
                Relation r = relations.get(i);
                Node n = Iris.part(essay.id(), "relation", i);
                Node s = entity(r.subject().entity());
                Node o = entity(r.object().entity());
                Node p = Vocab.nj(r.relation());
                add(n, RDF.type.asNode(), Vocab.RELATION);
                add(n, Vocab.SUBJECT, s);
                add(n, Vocab.RELATION_TYPE, p);
                add(n, Vocab.OBJECT, o);
                add(n, Vocab.CUE, NodeFactory.createLiteralString(r.cue()));
                add(n, Vocab.NEGATED, bool(r.negated()));
                add(n, Vocab.HEDGED, bool(r.hedged()));
                r.rules().forEach(id -> add(n, Vocab.RULE, Iris.rule(id)));
                add(n, Vocab.IN_ESSAY, g);
                add(n, Vocab.IN_SENTENCE, sentence(r.sentence()));
                add(n, Vocab.EVIDENCE, span(r.begin(), r.end()));
                if (r.asserted()) {
                    add(s, p, o);   // only what the essay states as fact gets the truthy triple
                }
            }
        }

        private void coMentions() {
            List<CoMention> pairs = x.coMentions();
            for (int i = 0; i < pairs.size(); i++) {
                CoMention c = pairs.get(i);
                Node n = Iris.part(essay.id(), "comention", i);
                Node a = entity(c.a());
                Node b = entity(c.b());
                add(n, RDF.type.asNode(), Vocab.CO_MENTION);
                add(n, Vocab.SUBJECT, a);
                add(n, Vocab.OBJECT, b);
                add(n, Vocab.COUNT, integer(c.count()));   // all shared sentences; evidence names the first few
                add(n, Vocab.IN_ESSAY, g);
                for (int s : c.sentences()) {
                    add(n, Vocab.IN_SENTENCE, sentence(s));
                }
                add(a, Vocab.CO_MENTIONED_WITH, b);
            }
        }

        private void stances() {
            List<Stance> stances = x.stances();
            for (int i = 0; i < stances.size(); i++) {
                Stance st = stances.get(i);
                Node n = Iris.part(essay.id(), "stance", i);
                Node holder = st.holder().map(m -> entity(m.entity())).orElse(Iris.author(essay.id()));
                Node target = entity(st.target().entity());
                add(n, RDF.type.asNode(), Vocab.STANCE);
                add(n, Vocab.HOLDER, holder);
                add(n, Vocab.TARGET, target);
                add(n, Vocab.POLARITY, Vocab.nj(st.polarity().localName()));
                add(n, Vocab.NEGATED, bool(st.negated()));
                add(n, Vocab.HEDGED, bool(st.hedged()));
                add(n, Vocab.REPORTED, bool(!st.byAuthor()));
                add(n, Vocab.CONCEDED, bool(st.conceded()));
                add(n, Vocab.CUE, NodeFactory.createLiteralString(st.cue()));
                st.rules().forEach(id -> add(n, Vocab.RULE, Iris.rule(id)));
                add(n, Vocab.IN_ESSAY, g);
                add(n, Vocab.IN_SENTENCE, sentence(st.sentence()));
                add(n, Vocab.EVIDENCE, span(st.begin(), st.end()));
            }
        }

        /**
         * Net positions, one per holder and target: counts, the stances behind them, the decisive stance and its
         * evidence, and the truthy triple (holder nj:supports target), so simple queries see one view per essay.
         */
        private void positions() {
            Map<Stance, Integer> index = new HashMap<>();
            for (int i = 0; i < x.stances().size(); i++) {
                index.put(x.stances().get(i), i);
            }
            List<Position> positions = x.positions();
            for (int i = 0; i < positions.size(); i++) {
                Position ps = positions.get(i);
                Node n = Iris.part(essay.id(), "position", i);
                Node holder = ps.holder().map(m -> entity(m.entity())).orElse(Iris.author(essay.id()));
                Node target = entity(ps.target().entity());
                add(n, RDF.type.asNode(), Vocab.POSITION);
                add(n, Vocab.HOLDER, holder);
                add(n, Vocab.TARGET, target);
                add(n, Vocab.POLARITY, Vocab.nj(ps.polarity().localName()));
                add(n, Vocab.REPORTED, bool(!ps.byAuthor()));
                add(n, Vocab.STANCES, integer(ps.stances().size()));
                add(n, Vocab.SUPPORT_COUNT, integer(ps.supports()));
                add(n, Vocab.OPPOSE_COUNT, integer(ps.opposes()));
                add(n, Vocab.DOUBT_COUNT, integer(ps.doubts()));
                add(n, Vocab.RULE, Iris.rule("net-position"));
                add(n, Vocab.IN_ESSAY, g);
                for (Stance st : ps.stances()) {
                    add(n, Vocab.BASED_ON, Iris.part(essay.id(), "stance", index.get(st)));
                }
                Stance d = ps.decisive();
                add(n, Vocab.DECISIVE, Iris.part(essay.id(), "stance", index.get(d)));
                add(n, Vocab.IN_SENTENCE, sentence(d.sentence()));
                add(n, Vocab.EVIDENCE, span(d.begin(), d.end()));
                String truthy = switch (ps.polarity()) {
                    case SUPPORT -> "supports";
                    case OPPOSE -> "opposes";
                    case DOUBT -> "doubts";
                    case NEUTRAL -> null;
                };
                if (truthy != null) {
                    add(holder, Vocab.nj(truthy), target);
                }
            }
        }

        /** The evidence resource of a span, minted once per span. */
        private Node span(int begin, int end) {
            String key = begin + "-" + end;
            Node existing = spans.get(key);
            if (existing != null) {
                return existing;
            }
            String id = essay.id();
            String text = essay.text();
            Node span = Iris.span(id, begin, end);
            Node pos = Iris.selector(id, begin, end, "position");
            Node quote = Iris.selector(id, begin, end, "quote");
            add(span, RDF.type.asNode(), Vocab.OA_SPECIFIC_RESOURCE);
            add(span, Vocab.OA_HAS_SOURCE, g);
            add(span, Vocab.OA_HAS_SELECTOR, pos);
            add(span, Vocab.OA_HAS_SELECTOR, quote);
            add(pos, RDF.type.asNode(), Vocab.OA_POSITION_SELECTOR);
            add(pos, Vocab.OA_START, integer(text.codePointCount(0, begin)));
            add(pos, Vocab.OA_END, integer(text.codePointCount(0, end)));
            add(pos, Vocab.BEGIN, integer(begin));
            add(pos, Vocab.END, integer(end));
            add(quote, RDF.type.asNode(), Vocab.OA_QUOTE_SELECTOR);
            add(quote, Vocab.OA_EXACT, NodeFactory.createLiteralString(text.substring(begin, end)));
            add(quote, Vocab.OA_PREFIX, NodeFactory.createLiteralString(text.substring(safeStart(text, begin), begin)));
            add(quote, Vocab.OA_SUFFIX, NodeFactory.createLiteralString(text.substring(end, safeEnd(text, end))));
            spans.put(key, span);
            return span;
        }

        private Node sentence(int index) {
            return Iris.part(essay.id(), "sentence", index);
        }

        private void add(Node s, Node p, Node o) {
            quads.add(Quad.create(g, s, p, o));
            if ((++minted & 1023) == 0) {
                checkpoint.run();
            }
        }
    }

    /** Prefix start that does not split a surrogate pair. */
    private static int safeStart(String text, int begin) {
        int b = Math.max(0, begin - CONTEXT);
        return b > 0 && Character.isLowSurrogate(text.charAt(b)) ? b + 1 : b;
    }

    private static int safeEnd(String text, int end) {
        int e = Math.min(text.length(), end + CONTEXT);
        return e < text.length() && Character.isLowSurrogate(text.charAt(e)) ? e - 1 : e;
    }

    private static Node entity(Entity e) {
        return NodeFactory.createURI(e.iri());
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    private static Node bool(boolean v) {
        return NodeFactory.createLiteralDT(Boolean.toString(v), XSDDatatype.XSDboolean);
    }

    private static boolean isHttpIri(String s) {
        if (!(s.startsWith("http://") || s.startsWith("https://"))) {
            return false;
        }
        try {
            return IRIs.check(s) && !s.contains(" ");
        } catch (RuntimeException e) {
            return false;
        }
    }
}
