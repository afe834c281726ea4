package org.nonji.store;

import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A store generation opened for reading: TDB2, with the union of the named graphs as default graph, and its Lucene
 * index in the context, where {@code text:query} finds it.
 *
 * <p>Not jena-text's dataset wrapper: that one enlists the index in TDB2's transactions, so TDB2 would also
 * commit the index that nonji's own writers ({@link TextIndexer}) commit. Closing releases the index and the
 * database files, so that another process (or a later build) can open or delete them.
 */
public final class OpenGeneration extends DatasetGraphWrapper {
    private final DatasetGraph database;
    private final TextIndexLucene index;
    private final Runnable afterClose;

    OpenGeneration(DatasetGraph database, TextIndexLucene index, Runnable afterClose) {
        super(database, context(database, index));
        this.database = database;
        this.index = index;
        this.afterClose = afterClose;
    }

    private static Context context(DatasetGraph database, TextIndexLucene index) {
        database.getContext().set(TDB2.symUnionDefaultGraph, true);
        Context c = database.getContext().copy();
        c.set(TextQuery.textIndex, index);
        return c;
    }

    /** The TDB2 database itself. */
    public DatasetGraph database() {
        return database;
    }

    /** The text index. */
    public TextIndexLucene textIndex() {
        return index;
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            TDBInternal.expel(database);
            afterClose.run();
        }
    }
}
