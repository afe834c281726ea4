package org.nonji.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicStoreTest {
    @TempDir
    Path tmp;

    private static DatasetGraph data(String value) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.add(NodeFactory.createURI("http://g"), NodeFactory.createURI("http://s"),
                NodeFactory.createURI("http://p"), NodeFactory.createLiteralString(value));
        return dsg;
    }

    private static String value(StoreDirectory dir) {
        Dataset ds = TdbStore.open(dir, java.util.List.of());
        try {
            ds.begin(TxnType.READ);
            String v = ds.asDatasetGraph().find().next().getObject().getLiteralLexicalForm();
            ds.end();
            return v;
        } finally {
            ds.close();
        }
    }

    @Test
    void aNewBuildReplacesTheOldOneAndRemovesIt() throws Exception {
        StoreDirectory dir = new StoreDirectory(tmp.resolve("s"));
        TdbStore.write(dir, data("one"), java.util.List.of(), new Properties(), n -> { });
        Path first = dir.current();
        TdbStore.write(dir, data("two"), java.util.List.of(), new Properties(), n -> { });
        assertEquals("two", value(dir));
        assertTrue(!Files.exists(first), "old generation removed");
    }

    @Test
    void aFailingBuildLeavesTheOldStoreLiveAndIntact() throws Exception {
        StoreDirectory dir = new StoreDirectory(tmp.resolve("s"));
        TdbStore.write(dir, data("one"), java.util.List.of(), new Properties(), n -> { });
        DatasetGraph poisoned = new org.apache.jena.sparql.core.DatasetGraphWrapper(data("two")) {
            @Override
            public java.util.Iterator<org.apache.jena.sparql.core.Quad> find() {
                throw new IllegalStateException("disk on fire");
            }
        };
        StoreException e = assertThrows(StoreException.class,
                () -> TdbStore.write(dir, poisoned, java.util.List.of(), new Properties(), n -> { }));
        assertTrue(e.getCause() instanceof IllegalStateException, "the cause is kept: " + e.getCause());
        assertTrue(e.getMessage().contains("disk on fire") && e.getMessage().contains("previous store is unchanged"),
                e.getMessage());
        assertEquals("one", value(dir));
        assertEquals(1, countGenerations(dir.root()));
    }

    @Test
    void aSecondWriterIsRefusedClearly() throws Exception {
        StoreDirectory dir = new StoreDirectory(tmp.resolve("s"));
        // another writer has its own view of the store; through the same object the lock is shared by design
        try (StoreDirectory.BuildLock lock = new StoreDirectory(tmp.resolve("s")).lockForBuild()) {
            StoreException e = assertThrows(StoreException.class,
                    () -> TdbStore.write(dir, data("x"), java.util.List.of(), new Properties(), n -> { }));
            assertTrue(e.getMessage().contains("already being built") || e.getMessage().contains("another process"),
                    e.getMessage());
        }
    }

    @Test
    void aForeignNonEmptyDirectoryIsNeverUsed() throws Exception {
        Path foreign = tmp.resolve("home");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("thesis.txt"), "precious", StandardCharsets.UTF_8);
        StoreException e = assertThrows(StoreException.class, () -> TdbStore.write(new StoreDirectory(foreign),
                data("x"), java.util.List.of(), new Properties(), n -> { }));
        assertTrue(e.getMessage().contains("not a nonji store"));
        assertEquals("precious", Files.readString(foreign.resolve("thesis.txt")));
    }

    @Test
    void missingAndCorruptStoresAreReportedNotServedEmpty() throws Exception {
        assertTrue(assertThrows(StoreException.class, () -> new StoreDirectory(tmp.resolve("none")).current())
                .getMessage().contains("no store"));
        StoreDirectory dir = new StoreDirectory(tmp.resolve("s"));
        TdbStore.write(dir, data("one"), java.util.List.of(), new Properties(), n -> { });
        Files.delete(dir.current().resolve(StoreDirectory.COMPLETE));
        assertTrue(assertThrows(StoreException.class, dir::current).getMessage().contains("incomplete"));
        Files.writeString(dir.root().resolve(StoreDirectory.CURRENT), "../../etc", StandardCharsets.UTF_8);
        assertTrue(assertThrows(StoreException.class, dir::current).getMessage().contains("corrupt"));
    }

    private static long countGenerations(Path root) throws Exception {
        try (var s = Files.list(root)) {
            return s.filter(p -> p.getFileName().toString().startsWith("gen-")).count();
        }
    }
}
