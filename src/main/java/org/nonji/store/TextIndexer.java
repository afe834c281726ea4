package org.nonji.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.index.Term;
import org.nonji.Namespaces;

/**
 * Writes a generation's Lucene text index beside its TDB2 database, in the format jena-text reads ({@link
 * TextIndexes}), without going through jena-text's dataset wrapper: so that many threads can index at once
 * (Lucene's IndexWriter is thread-safe), whole essay graphs can be dropped with one delete, and the essay's full
 * text is left out (search answers sentences, which are indexed one by one).
 */
public final class TextIndexer implements AutoCloseable {
    private static final Node TEXT = org.apache.jena.graph.NodeFactory.createURI(Namespaces.ONT + "text");

    private final TextIndexLucene index;
    private final EntityDefinition fields;

    private TextIndexer(TextIndexLucene index) {
        this.index = index;
        this.fields = index.getDocDef();
    }

    /** An indexer over an index someone else opened (a server's). */
    public static TextIndexer of(TextIndexLucene index) {
        return new TextIndexer(index);
    }

    /** Opens (creating if need be) the index in {@code dir}. */
    public static TextIndexer open(Path dir, Collection<String> userWords) {
        return new TextIndexer((TextIndexLucene) TextIndexes.open(dir, userWords));
    }

    /** Whether a quad's literal goes into the index. */
    static boolean indexed(Quad q) {
        return !(q.getPredicate().equals(TEXT) && q.getSubject().equals(q.getGraph()));
    }

    /**
     * Indexes the literals of these quads that the index covers. Thread-safe. A write that fails (jena-text wraps a
     * full disk's IOException in a TextIndexException) is a store failure, told in one line, not an internal error.
     */
    public void add(List<Quad> quads) {
        try {
            for (Quad q : quads) {
                if (indexed(q)) {
                    Entity e = TextQueryFuncs.entityFromQuad(fields, q);
                    if (e != null) {
                        index.addEntity(e);
                    }
                }
            }
        } catch (TextIndexException e) {
            throw StoreFailures.failed("cannot write the text index", e);
        }
    }

    /**
     * Deletes everything indexed from a graph. Lucene applies a delete to the documents added before it only, so
     * drop a graph before indexing its new version.
     */
    public void deleteGraph(Node graph) {
        try {
            index.getIndexWriter().deleteDocuments(new Term(fields.getGraphField(),
                    TextQueryFuncs.graphNodeToString(graph)));
        } catch (IOException e) {
            throw new StoreException("cannot update the text index: " + e.getMessage(), e);
        }
    }

    /** First phase of a commit: after it, {@link #commit} cannot fail for lack of space. */
    public void prepareCommit() {
        index.prepareCommit();
    }

    /** Makes everything since the last commit durable and visible. */
    public void commit() {
        index.commit();
    }

    /** Throws away everything since the last commit. */
    public void rollback() {
        index.rollback();
    }

    @Override
    public void close() {
        index.close();
    }
}
