package org.nonji.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.nonji.Namespaces;

/** Nodes of the nj: vocabulary and of the standard vocabularies nonji reuses (Web Annotation, PROV-O, DC, schema). */
public final class Vocab {
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    public static final Node ESSAY = nj("Essay");
    public static final Node SENTENCE = nj("Sentence");
    public static final Node AUTHOR = nj("Author");
    public static final Node MENTION = nj("Mention");
    public static final Node RELATION = nj("Relation");
    public static final Node CO_MENTION = nj("CoMention");
    public static final Node STANCE = nj("Stance");
    public static final Node CANDIDATE = nj("Candidate");
    public static final Node CONCEPT = nj("Concept");
    public static final Node UNNAMED_SOURCE = nj("UnnamedSource");
    public static final Node POSITION = nj("Position");
    public static final Node RULE_CLASS = nj("Rule");

    public static final Node TEXT = nj("text");
    public static final Node SHA256 = nj("sha256");
    public static final Node FILE_NAME = nj("fileName");
    public static final Node IN_ESSAY = nj("essay");
    public static final Node IN_SENTENCE = nj("sentence");
    public static final Node INDEX = nj("index");
    public static final Node BEGIN = nj("begin");
    public static final Node END = nj("end");
    public static final Node EVIDENCE = nj("evidence");
    public static final Node ENTITY = nj("entity");
    public static final Node SURFACE = nj("surface");
    public static final Node MENTIONS = nj("mentions");
    public static final Node SUBJECT = nj("subject");
    public static final Node OBJECT = nj("object");
    public static final Node RELATION_TYPE = nj("relationType");
    public static final Node CUE = nj("cue");
    public static final Node COUNT = nj("count");
    public static final Node CO_MENTION_TOTAL = nj("CoMentionTotal");
    public static final Node TOTAL_COUNT = nj("totalCount");
    public static final Node TOTAL_MENTIONS = nj("totalMentions");
    public static final Node ESSAY_COUNT = nj("essayCount");
    public static final Node CO_MENTIONED_WITH = nj("coMentionedWith");
    public static final Node HOLDER = nj("holder");
    public static final Node TARGET = nj("target");
    public static final Node POLARITY = nj("polarity");
    public static final Node NEGATED = nj("negated");
    public static final Node HEDGED = nj("hedged");
    public static final Node REPORTED = nj("reported");
    public static final Node CONCEDED = nj("conceded");
    public static final Node RULE = nj("rule");
    public static final Node ORDER = nj("order");
    public static final Node ENABLED = nj("enabled");
    public static final Node ABOUT = nj("about");
    public static final Node STANCES = nj("stances");
    public static final Node SENTENCE_COUNT = nj("sentenceCount");
    public static final Node MENTION_COUNT = nj("mentionCount");
    public static final Node ENTITY_COUNT = nj("entityCount");
    public static final Node RELATION_COUNT = nj("relationCount");
    public static final Node STANCE_COUNT = nj("stanceCount");
    public static final Node SUPPORT_COUNT = nj("supportCount");
    public static final Node OPPOSE_COUNT = nj("opposeCount");
    public static final Node DOUBT_COUNT = nj("doubtCount");
    public static final Node BASED_ON = nj("basedOn");
    public static final Node DECISIVE = nj("decisive");
    public static final Node ANALYZER = nj("analyzer");
    public static final Node CANDIDATE_REASON = nj("candidateReason");

    public static final Node OA_SPECIFIC_RESOURCE = oa("SpecificResource");
    public static final Node OA_HAS_SOURCE = oa("hasSource");
    public static final Node OA_HAS_SELECTOR = oa("hasSelector");
    public static final Node OA_POSITION_SELECTOR = oa("TextPositionSelector");
    public static final Node OA_QUOTE_SELECTOR = oa("TextQuoteSelector");
    public static final Node OA_START = oa("start");
    public static final Node OA_END = oa("end");
    public static final Node OA_EXACT = oa("exact");
    public static final Node OA_PREFIX = oa("prefix");
    public static final Node OA_SUFFIX = oa("suffix");

    public static final Node PROV_ACTIVITY = prov("Activity");
    public static final Node PROV_SOFTWARE_AGENT = prov("SoftwareAgent");
    public static final Node PROV_WAS_GENERATED_BY = prov("wasGeneratedBy");
    public static final Node PROV_WAS_ASSOCIATED_WITH = prov("wasAssociatedWith");
    public static final Node PROV_STARTED_AT = prov("startedAtTime");
    public static final Node PROV_USED = prov("used");

    public static final Node DC_TITLE = dc("title");
    public static final Node DC_DATE = dc("date");
    public static final Node DC_CREATOR = dc("creator");
    public static final Node DC_SOURCE = dc("source");
    public static final Node DC_HAS_VERSION = dc("hasVersion");
    public static final Node SCHEMA_KEYWORDS = NodeFactory.createURI(SCHEMA + "keywords");
    public static final Node SCHEMA_NAME = NodeFactory.createURI(SCHEMA + "name");
    public static final Node SKOS_PREF_LABEL = NodeFactory.createURI(SKOS + "prefLabel");

    private Vocab() {
    }

    /** A node in the nj: namespace. */
    public static Node nj(String localName) {
        return NodeFactory.createURI(Namespaces.ONT + localName);
    }

    private static Node oa(String localName) {
        return NodeFactory.createURI(OA + localName);
    }

    private static Node prov(String localName) {
        return NodeFactory.createURI(PROV + localName);
    }

    private static Node dc(String localName) {
        return NodeFactory.createURI(DCTERMS + localName);
    }
}
