package org.nonji.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;

/**
 * Files on any Hadoop file system (local, HDFS, S3 where the cluster has the connector), from the driver or an
 * executor. Hadoop's Configuration is not serializable, so its entries travel as a map and are set again where
 * they are used; credentials a cluster sets as {@code spark.hadoop.*} reach the executors that way.
 */
final class HadoopFiles implements Serializable {
    private static final long serialVersionUID = 1L;
    private final HashMap<String, String> conf = new HashMap<>();

    HadoopFiles(Configuration hadoop) {
        hadoop.forEach(e -> conf.put(e.getKey(), e.getValue()));
    }

    private Configuration conf() {
        Configuration c = new Configuration(false);
        conf.forEach(c::set);
        return c;
    }

    FileSystem fs(String path) {
        try {
            return new Path(path).getFileSystem(conf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fully qualified form of a path (scheme and authority), as Spark names the files it lists. */
    String qualified(String path) {
        return fs(path).makeQualified(new Path(path)).toString();
    }

    /**
     * Writes quads as gzipped N-Quads, first under a hidden name then renamed: a reader never sees half a file, and a
     * retried or speculative task writes the same bytes again.
     */
    void writeQuads(String file, List<Quad> quads) {
        Path target = new Path(file);
        Path tmp = new Path(target.getParent(), "." + target.getName() + "." + java.util.UUID.randomUUID() + ".tmp");
        FileSystem fs = fs(file);
        try {
            try (OutputStream out = new GZIPOutputStream(fs.create(tmp, true), 1 << 16)) {
                RDFDataMgr.writeQuads(out, quads.iterator());
            }
            fs.delete(target, false);
            if (!fs.rename(tmp, target)) {
                throw new IOException("cannot rename " + tmp + " to " + target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    void writeText(String file, String text) {
        Path target = new Path(file);
        Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
        FileSystem fs = fs(file);
        try {
            try (OutputStream out = fs.create(tmp, true)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            fs.delete(target, false);
            if (!fs.rename(tmp, target)) {
                throw new IOException("cannot rename " + tmp + " to " + target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    Optional<String> readText(String file) {
        FileSystem fs = fs(file);
        try {
            if (!fs.exists(new Path(file))) {
                return Optional.empty();
            }
            try (InputStream in = fs.open(new Path(file))) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    boolean exists(String file) {
        try {
            return fs(file).exists(new Path(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String file) {
        try {
            fs(file).delete(new Path(file), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }
}
