package org.nonji.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.store.FSDirectory;
import org.nonji.Namespaces;
import org.nonji.nlp.nori.NoriMorphAnalyzer;

/**
 * The Korean full-text index (jena-text + Lucene Nori) over labels, titles and sentences.
 *
 * <p>Nori with MIXED decompounding and the gazetteer as user dictionary: 반도체 finds 반도체는/반도체를, 삼성전자
 * finds 삼성전자의, and neither hits an unrelated 전자. {@code graphField} and {@code langField} are set so hits can
 * be scoped to an essay graph; no separate query analyzer is set, since with graphField that returns nothing.
 */
public final class TextIndexes {
    /**
     * Predicates whose literals are indexed, all into the default field {@code text}. Quotes are not: each is a
     * piece of a sentence, which is indexed whole.
     */
    public static final List<Node> INDEXED = List.of(
            RDFS.label.asNode(),
            NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"),
            NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel"),
            NodeFactory.createURI("http://purl.org/dc/terms/title"),
            NodeFactory.createURI(Namespaces.ONT + "text"));

    private TextIndexes() {
    }

    /** The text index at {@code indexDir} on its own, for writing it beside a bulk load; the caller closes it. */
    public static TextIndex open(Path indexDir, Collection<String> userWords) {
        try {
            return TextDatasetFactory.createLuceneIndex(FSDirectory.open(indexDir), config(userWords));
        } catch (IOException e) {
            throw new StoreException("cannot open the text index " + indexDir + ": " + e.getMessage(), e);
        }
    }

    static TextIndexConfig config(Collection<String> userWords) {
        EntityDefinition def = new EntityDefinition("uri", "text", "graph");
        def.setLangField("lang");
        def.setUidField("uid");
        for (Node p : INDEXED) {
            def.set("text", p);
        }
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new KoreanAnalyzer(NoriMorphAnalyzer.userDictionary(userWords), DecompoundMode.MIXED,
                KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false));
        config.setValueStored(true);
        return config;
    }
}
