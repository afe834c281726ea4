package org.nonji.extract;

import org.nonji.TsvTable;

import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.nonji.Bundled;
import org.nonji.Namespaces;
import org.nonji.nlp.nori.NoriMorphAnalyzer;

/**
 * The curated entities: names and types only, read from {@code ontology/entities.ttl} with the class hierarchy of
 * {@code ontology/nonji.ttl}, plus fused abbreviations ({@code ontology/abbreviations.tsv}: 미·중 names two).
 */
public final class Gazetteer {
    private final Map<String, Entity> byIri;
    private final Map<String, List<Entity>> bySurface;
    private final Set<String> userWords;
    /** Per entity IRI, the aliases another of its labels puts after an actor's name, with those names. */
    private final Map<String, Map<String, List<String>>> qualifiers;

    private Gazetteer(Map<String, Entity> byIri, Map<String, List<Entity>> bySurface, Set<String> analyserWords) {
        this.byIri = Map.copyOf(byIri);
        this.bySurface = Map.copyOf(bySurface);
        this.qualifiers = qualifiers(byIri.values(), bySurface);
        Set<String> words = new java.util.TreeSet<>(bySurface.keySet());
        words.removeAll(NoriMorphAnalyzer.knownProperNouns(words));   // 미국 stays Nori's NNP, not our NNG
        words.addAll(analyserWords);
        this.userWords = java.util.Collections.unmodifiableSet(words);
    }

    /** The gazetteer bundled in the jar. */
    public static Gazetteer bundled() {
        return load(Bundled.read("ontology/nonji.ttl"), Bundled.read("ontology/entities.ttl"),
                TsvTable.load("ontology/abbreviations.tsv", 2),
                new LinkedHashSet<>(TsvTable.load("ontology/analyser-words.tsv", 1).firstColumn()),
                TsvTable.load("ontology/country-short-forms.tsv", 2));
    }

    /** A gazetteer from ontology and entity Turtle and an abbreviation table. */
    public static Gazetteer load(String ontologyTtl, String entitiesTtl, TsvTable abbreviations) {
        return load(ontologyTtl, entitiesTtl, abbreviations, Set.of());
    }

    /** As above, with common words the analyser must keep whole ({@code ontology/analyser-words.tsv}). */
    public static Gazetteer load(String ontologyTtl, String entitiesTtl, TsvTable abbreviations,
                                 Set<String> analyserWords) {
        return load(ontologyTtl, entitiesTtl, abbreviations, analyserWords, null);
    }

    /** As above, with the short forms of country names ({@code ontology/country-short-forms.tsv}; null: none). */
    public static Gazetteer load(String ontologyTtl, String entitiesTtl, TsvTable abbreviations,
                                 Set<String> analyserWords, TsvTable countryShortForms) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(ontologyTtl)).lang(Lang.TURTLE).parse(model);
        RDFParser.create().source(new StringReader(entitiesTtl)).lang(Lang.TURTLE).parse(model);
        Map<String, Entity> byIri = new TreeMap<>();
        Map<String, List<Entity>> bySurface = new HashMap<>();
        model.listStatements(null, RDF.type, (RDFNode) null).forEachRemaining(st -> {
            Resource subject = st.getSubject();
            if (!subject.isURIResource() || !st.getObject().isURIResource()) {
                return;
            }
            Kind kind = kindOf(model, st.getObject().asResource());
            if (kind == null || kind == Kind.CANDIDATE || !subject.getURI().startsWith(Namespaces.ENTITY)) {
                return;
            }
            Entity e = entity(model, subject, st.getObject().asResource().getLocalName(), kind);
            Entity previous = byIri.put(e.iri(), e);
            if (previous != null && !previous.type().equals(e.type())) {
                throw new ExtractException("entities.ttl: " + e.iri() + " has two types: " + previous.type()
                        + " and " + e.type());
            }
        });
        for (Entity e : byIri.values()) {
            for (String s : e.surfaces()) {
                bySurface.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
            }
        }
        for (TsvTable.Row row : abbreviations.rows()) {
            List<Entity> named = new ArrayList<>();
            for (String slug : row.get(1).split("\\s+")) {
                Entity e = byIri.get(Namespaces.ENTITY + slug);
                if (e == null) {
                    throw row.error("unknown entity slug '" + slug + "'");
                }
                named.add(e);
            }
            bySurface.put(nfc(row.get(0)), List.copyOf(named));
        }
        if (countryShortForms != null) {
            addShortForms(bySurface, countryShortForms);
        }
        bySurface.replaceAll((k, v) -> List.copyOf(new LinkedHashSet<>(v)));
        return new Gazetteer(byIri, bySurface, analyserWords);
    }

    /** 미 상무부, 美 반도체산업협회: a surface "미국 X" is also written with each short form of 미국. */
    private static void addShortForms(Map<String, List<Entity>> bySurface, TsvTable shortForms) {
        Map<String, List<Entity>> added = new HashMap<>();
        for (TsvTable.Row row : shortForms.rows()) {
            String country = nfc(row.get(0)) + " ";
            for (Map.Entry<String, List<Entity>> e : bySurface.entrySet()) {
                if (!e.getKey().startsWith(country) || e.getKey().length() == country.length()) {
                    continue;
                }
                for (String form : row.get(1).split("\\s+")) {
                    String shortened = nfc(form) + " " + e.getKey().substring(country.length());
                    if (!bySurface.containsKey(shortened)) {
                        added.computeIfAbsent(shortened, k -> new ArrayList<>()).addAll(e.getValue());
                    }
                }
            }
        }
        bySurface.putAll(added);
    }

    /**
     * TSMC 애리조나 공장 and 애리조나 공장 name one plant: the short alias is TSMC's, and 인텔 애리조나 공장 is not it.
     * Companies and people are left out: 대만 TSMC does not make 미국 TSMC someone else's.
     */
    private static Map<String, Map<String, List<String>>> qualifiers(Collection<Entity> entities,
                                                                     Map<String, List<Entity>> bySurface) {
        Map<String, Map<String, List<String>>> out = new HashMap<>();
        for (Entity e : entities) {
            if (e.type().equals("Company") || e.type().equals("Person")) {
                continue;
            }
            for (String longer : e.surfaces()) {
                for (String alias : e.surfaces()) {
                    if (longer.length() <= alias.length() + 1 || !longer.endsWith(" " + alias)) {
                        continue;
                    }
                    String name = longer.substring(0, longer.length() - alias.length() - 1);
                    if (namesActor(bySurface, name)) {
                        out.computeIfAbsent(e.iri(), k -> new HashMap<>())
                                .computeIfAbsent(alias, k -> new ArrayList<>()).add(name);
                    }
                }
            }
        }
        return Map.copyOf(out);
    }

    private static Entity entity(Model model, Resource r, String type, Kind kind) {
        Set<String> surfaces = new LinkedHashSet<>();
        String ko = "";
        String en = "";
        for (var p : List.of(SKOS.prefLabel, RDFS.label, SKOS.altLabel, SKOS.hiddenLabel)) {
            for (Statement s : model.listStatements(r, p, (RDFNode) null).toList()) {
                if (!s.getObject().isLiteral()) {
                    continue;
                }
                String text = nfc(s.getLiteral().getLexicalForm().strip());
                String lang = s.getLiteral().getLanguage();
                if (text.isEmpty()) {
                    continue;
                }
                surfaces.add(text);
                if (p.equals(SKOS.prefLabel) || p.equals(RDFS.label)) {
                    if (lang.startsWith("ko") && ko.isEmpty()) {
                        ko = text;
                    } else if (lang.startsWith("en") && en.isEmpty()) {
                        en = text;
                    }
                }
            }
        }
        return new Entity(r.getURI(), type, kind, ko, en, List.copyOf(surfaces));
    }

    /** The top class reached from {@code type} through rdfs:subClassOf, or null. */
    static Kind kindOf(Model model, Resource type) {
        Set<Resource> seen = new java.util.HashSet<>();
        List<Resource> frontier = new ArrayList<>(List.of(type));
        while (!frontier.isEmpty()) {
            Resource t = frontier.remove(frontier.size() - 1);
            if (!seen.add(t)) {
                continue;
            }
            if (t.isURIResource() && t.getURI().startsWith(Namespaces.ONT)) {
                Kind k = Kind.ofLocalName(t.getLocalName());
                if (k != null) {
                    return k;
                }
            }
            model.listObjectsOfProperty(t, RDFS.subClassOf).forEachRemaining(o -> {
                if (o.isResource()) {
                    frontier.add(o.asResource());
                }
            });
        }
        return null;
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** All entities, by IRI. */
    public Collection<Entity> entities() {
        return byIri.values();
    }

    /** The entity with this IRI, or null. */
    public Entity get(String iri) {
        return byIri.get(Objects.requireNonNull(iri, "iri"));
    }

    /**
     * The words of the morphological analyser's user dictionary, sorted: every surface form, and the common words
     * it must keep whole. The text index is tokenised with them too, so every analyser of a store uses this set.
     */
    public Set<String> userWords() {
        return userWords;
    }

    /**
     * The actor names that another label of {@code e} puts before {@code alias} (TSMC for 애리조나 공장), or none when
     * the alias is not one actor's.
     */
    public List<String> qualifiers(Entity e, String alias) {
        return qualifiers.getOrDefault(e.iri(), Map.of()).getOrDefault(alias, List.of());
    }

    /** Whether a surface form names an actor (중국 in 중국 상무부, TSMC in TSMC 애리조나 공장). */
    public boolean namesActor(String name) {
        return namesActor(bySurface, name);
    }

    private static boolean namesActor(Map<String, List<Entity>> bySurface, String name) {
        return bySurface.getOrDefault(name, List.of()).stream().anyMatch(x -> x.kind() == Kind.ACTOR);
    }

    /** Every surface form (labels, aliases, abbreviations) with the entities it names. */
    public Map<String, List<Entity>> surfaces() {
        return bySurface;
    }
}
