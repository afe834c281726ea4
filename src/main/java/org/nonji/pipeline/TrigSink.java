package org.nonji.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.nonji.store.EssayRecords;
import org.nonji.ExitCodes;
import org.nonji.Namespaces;
import org.nonji.NonjiException;
import org.nonji.Progress;

/**
 * Streams the build as TriG (graph by graph, a subject's triples together) into a temporary file beside the
 * target, renamed over it on commit: no half-written output, and no whole dataset in memory.
 */
final class TrigSink implements GraphSink {
    private final Path target;
    private final Path tmp;
    private final OutputStream out;
    private final StreamRDF stream;
    private boolean done;

    TrigSink(Path target) {
        this.target = target.toAbsolutePath();
        try {
            if (this.target.getParent() != null) {
                Files.createDirectories(this.target.getParent());
            }
            this.tmp = Files.createTempFile(this.target.getParent(), ".nonji-", ".trig.tmp");
            this.out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
        } catch (IOException e) {
            throw new NonjiException("cannot write " + target + ": " + e.getMessage(), ExitCodes.RUNTIME, e);
        }
        this.stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
        stream.start();
        Namespaces.PREFIXES.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> stream.prefix(e.getKey(), e.getValue()));
    }

    @Override
    public void add(List<Quad> quads) {
        quads.forEach(stream::quad);
    }

    @Override
    public void commit(Properties info, EssayRecords records, Progress progress) {
        stream.finish();
        try {
            out.close();
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            done = true;
        } catch (IOException e) {
            throw new NonjiException("cannot write " + target + ": " + e.getMessage(), ExitCodes.RUNTIME, e);
        }
    }

    @Override
    public void close() {
        if (!done) {
            try {
                out.close();
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // a stray temporary file beside the target is all that can be left
            }
        }
    }
}
