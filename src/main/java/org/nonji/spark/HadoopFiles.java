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
    /** Built once per JVM that uses this object: a Configuration of Spark's ~1,000 entries is slow to fill. */
    private transient Configuration built;

    HadoopFiles(Configuration hadoop) {
        hadoop.forEach(e -> conf.put(e.getKey(), e.getValue()));
    }

    private synchronized Configuration conf() {
        if (built == null) {
            Configuration c = new Configuration(false);
            conf.forEach(c::set);
            built = c;
        }
        return built;
    }

    FileSystem fs(String path) {
        try {
            FileSystem fs = new Path(path).getFileSystem(conf());
            if (fs instanceof org.apache.hadoop.fs.LocalFileSystem) {
                // no .crc beside every file on a local disk: a file written and renamed per essay cost as much
                // again in system calls for its checksum file (the gzip stream has its own CRC)
                fs.setWriteChecksum(false);
                fs.setVerifyChecksum(false);
            }
            return fs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fully qualified form of a path (scheme and authority), as Spark names the files it lists. */
    String qualified(String path) {
        return fs(path).makeQualified(new Path(path)).toString();
    }

    /**
     * Creates (or overwrites) a file. A local one is written with java.nio: Hadoop without its native library sets
     * a new local file's permissions by running {@code chmod} in a child process, one per essay file.
     */
    private static OutputStream create(FileSystem fs, Path file) throws IOException {
        if (fs instanceof org.apache.hadoop.fs.LocalFileSystem local) {
            java.nio.file.Path p = local.pathToFile(file).toPath();
            java.nio.file.Files.createDirectories(p.getParent());
            return java.nio.file.Files.newOutputStream(p);
        }
        return fs.create(file, true);
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
            try (OutputStream out = new GZIPOutputStream(create(fs, tmp), 1 << 16)) {
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
            try (OutputStream out = create(fs, tmp)) {
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

    byte[] readBytes(String file) {
        try (InputStream in = fs(file).open(new Path(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The files under a directory (or the file itself) that {@code keep} accepts by name, as qualified paths in
     * path order; hidden ones ({@code .x}, {@code _x}, in any directory below the root) left out, as Hadoop's
     * input formats and {@code build} leave them out.
     */
    List<String> list(String root, java.util.function.Predicate<String> keep) {
        Path base = new Path(qualified(root));
        FileSystem fs = fs(root);
        List<String> out = new java.util.ArrayList<>();
        try {
            String prefix = base.toString().endsWith("/") ? base.toString() : base + "/";
            for (String p : files(fs, base)) {
                String rel = p.startsWith(prefix) ? p.substring(prefix.length()) : new Path(p).getName();
                boolean hidden = java.util.Arrays.stream(rel.split("/")).anyMatch(n -> n.startsWith(".")
                        || n.startsWith("_"));
                if (!hidden && keep.test(new Path(p).getName())) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
        out.sort(null);
        return out;
    }

    /**
     * Every file under a path. A local disk is walked with {@code listStatus}: {@code listFiles} wraps each file in a
     * located status that reads its permissions, which Hadoop without its native library does by running {@code ls}
     * in a child process per file. Elsewhere (HDFS, S3) {@code listFiles} lists in bulk.
     */
    private static List<String> files(FileSystem fs, Path base) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        if (!(fs instanceof org.apache.hadoop.fs.LocalFileSystem)) {
            org.apache.hadoop.fs.RemoteIterator<org.apache.hadoop.fs.LocatedFileStatus> it = fs.listFiles(base, true);
            while (it.hasNext()) {
                out.add(it.next().getPath().toString());
            }
            return out;
        }
        java.util.ArrayDeque<org.apache.hadoop.fs.FileStatus> todo = new java.util.ArrayDeque<>();
        todo.add(fs.getFileStatus(base));
        while (!todo.isEmpty()) {
            org.apache.hadoop.fs.FileStatus st = todo.poll();
            if (st.isDirectory()) {
                todo.addAll(java.util.Arrays.asList(fs.listStatus(st.getPath())));
            } else if (st.isFile()) {
                out.add(st.getPath().toString());
            }
        }
        return out;
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
