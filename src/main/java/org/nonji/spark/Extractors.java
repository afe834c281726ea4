package org.nonji.spark;

import java.util.concurrent.ConcurrentHashMap;

import org.nonji.pipeline.Extractor;

/**
 * One {@link Extractor} per analyser per JVM, made on first use. Spark ships tasks to executors as serialized
 * closures and runs many in one JVM, so the heavy, immutable, thread-safe resources (gazetteer, lexicons, Nori's
 * dictionary, SHACL shapes) must live beside the closures rather than in them: this is the one static holder in
 * nonji, and it holds nothing mutable but the cache itself.
 */
final class Extractors {
    private static final ConcurrentHashMap<String, Extractor> BY_ANALYZER = new ConcurrentHashMap<>();

    private Extractors() {
    }

    static Extractor get(String analyzer) {
        return BY_ANALYZER.computeIfAbsent(analyzer, Extractor::create);
    }
}
