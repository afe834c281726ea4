package org.nonji.spark;

import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.nonji.ExitCodes;
import org.nonji.NonjiException;
import org.nonji.corpus.CorpusException;
import org.nonji.corpus.CorpusReader;
import org.nonji.pipeline.Extractor;
import org.nonji.pipeline.Manifest;

/**
 * The build's per-essay path on Apache Spark: reads the essays under any Hadoop path, extracts each on the
 * executors, and writes gzipped N-Quads, one file per essay ({@code essays/ID.nq.gz}), the shared graphs
 * ({@code shared/ontology.nq.gz}, {@code shared/build.nq.gz}) and {@code manifest.tsv}. Together they are the quads
 * {@code build --out} gives for the same corpus and build time; {@code nonji load} or {@code nonji push} take them
 * on. With a manifest from an earlier run in the output, only essays whose text or extractor changed are extracted
 * again, and essays no longer in the input are removed.
 *
 * <pre>
 * spark-submit --class org.nonji.spark.ExtractJob target/nonji.jar --input hdfs:///essays --out hdfs:///nonji/out
 * </pre>
 */
public final class ExtractJob {
    /** What to read and write. {@code buildTime} is recorded in the build graph ({@code build} takes the same). */
    public record Options(String input, String out, String analyzer, Instant buildTime, int partitions)
            implements Serializable {
        public Options {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(analyzer, "analyzer");
            Objects.requireNonNull(buildTime, "buildTime");
        }
    }

    /** What a run did. */
    public record Summary(int extracted, int reused, int removed, List<String> skipped, long quads, long millis) {
        public Summary {
            skipped = List.copyOf(skipped);
        }

        public String line() {
            return String.format("extracted %d essay(s), reused %d, removed %d, skipped %d; %d quads written in %d ms",
                    extracted, reused, removed, skipped.size(), quads, millis);
        }
    }

    /** One essay file as listed: path relative to the input, checksum, size, or why it cannot be read. */
    private record Listed(String fileName, String sha256, long bytes, String problem) implements Serializable {
    }

    private final Options options;

    public ExtractJob(Options options) {
        this.options = options;
    }

    /** Runs the job on a Spark context. */
    public Summary run(JavaSparkContext sc) {
        long t0 = System.nanoTime();
        HadoopFiles files = new HadoopFiles(sc.hadoopConfiguration());
        String root = files.qualified(options.input());
        String out = options.out().replaceAll("/+$", "");
        String analyzer = options.analyzer();
        int partitions = options.partitions() > 0 ? options.partitions() : sc.defaultParallelism() * 4;

        // 1. list: every essay's checksum, so that duplicates and changes are decided before any extraction. The
        // driver lists and the executors read through one cached Hadoop configuration each: binaryFiles gives
        // every file a configuration of its own to deserialise, which cost more than extracting a short essay.
        List<String> paths = files.list(options.input(), CorpusReader::isEssayName);
        if (paths.isEmpty()) {
            throw new NonjiException("no .txt or .md essays under " + options.input(), ExitCodes.BAD_INPUT);
        }
        List<Listed> listed = sc.parallelize(paths, Math.min(partitions, paths.size()))
                .map(p -> {
                    String rel = relative(root, p);
                    byte[] bytes = files.readBytes(p);
                    try {
                        return new Listed(rel, Extractors.get(analyzer).read(rel, bytes).sha256(), bytes.length, null);
                    } catch (CorpusException e) {
                        return new Listed(rel, null, bytes.length, e.getMessage());
                    }
                }).collect();
        List<String> skipped = new ArrayList<>();
        Map<String, Listed> chosen = choose(listed, skipped);
        if (chosen.isEmpty()) {
            throw new NonjiException("no readable essays in " + options.input(), ExitCodes.BAD_INPUT);
        }

        // 2. compare with the previous run
        Extractor driver = Extractors.get(analyzer);
        String extractor = driver.id();
        Manifest previous = files.readText(out + "/" + Manifest.FILE)
                .map(t -> Manifest.read(new StringReader(t), out + "/" + Manifest.FILE)).orElse(Manifest.none());
        Map<String, Manifest.Entry> kept = new TreeMap<>();
        Set<String> todo = new HashSet<>();
        chosen.forEach((id, l) -> {
            Manifest.Entry before = previous.byId(id).orElse(null);
            if (before != null && before.sha256().equals(l.sha256()) && before.extractor().equals(extractor)
                    && before.fileName().equals(l.fileName()) && files.exists(essayFile(out, id))) {
                kept.put(id, before);
            } else {
                todo.add(l.fileName());
            }
        });

        // 3. extract what changed, on the executors; each task writes its essays' files
        List<String> wanted = paths.stream().filter(p -> todo.contains(relative(root, p))).toList();
        List<Done> results = wanted.isEmpty() ? List.of()
                : sc.parallelize(wanted, Math.min(partitions, wanted.size()))
                .map(p -> extract(files, analyzer, out, relative(root, p), files.readBytes(p)))
                .collect();
        List<String> violations = new ArrayList<>();
        Map<String, Manifest.Entry> made = new TreeMap<>();
        for (Done r : results) {
            if (r.skipped() != null) {
                skipped.add(r.skipped());
            } else if (!r.violations().isEmpty()) {
                r.violations().forEach(v -> violations.add(r.fileName() + ": " + v));
            } else {
                made.put(r.id(), new Manifest.Entry(r.id(), r.fileName(), r.sha256(), r.bytes(), r.quads(),
                        extractor));
            }
        }
        if (!violations.isEmpty()) {
            throw new NonjiException("SHACL validation of the essay graphs failed with " + violations.size()
                    + " violation(s), the first: " + violations.get(0) + "; the manifest was not written",
                    ExitCodes.RUNTIME);
        }

        // 4. the shared graphs and the manifest, last: the manifest says the output is complete
        Map<String, Manifest.Entry> all = new TreeMap<>(kept);
        all.putAll(made);
        int removed = 0;
        for (Manifest.Entry e : previous.all()) {
            if (!all.containsKey(e.id())) {
                files.delete(essayFile(out, e.id()));
                removed++;
            }
        }
        Map<String, String> checksums = new TreeMap<>();
        all.forEach((id, e) -> checksums.put(id, e.sha256()));
        files.writeQuads(out + "/shared/ontology.nq.gz", driver.sharedQuads());
        files.writeQuads(out + "/shared/build.nq.gz", driver.buildQuads(options.buildTime(), checksums));
        files.writeText(out + "/" + Manifest.FILE, new Manifest(all.values()).text());
        long quads = made.values().stream().mapToLong(Manifest.Entry::quads).sum();
        return new Summary(made.size(), kept.size(), removed, skipped, quads, (System.nanoTime() - t0) / 1_000_000);
    }

    /** What an executor sends back for one essay: its figures, never its quads. */
    private record Done(String id, String fileName, String sha256, long bytes, long quads, String skipped,
                        List<String> violations) implements Serializable {
    }

    private static Done extract(HadoopFiles files, String analyzer, String out, String rel, byte[] bytes) {
        Extractor.Result r = Extractors.get(analyzer).extract(rel, bytes);
        if (r.skipped().isEmpty() && r.violations().isEmpty()) {
            files.writeQuads(essayFile(out, r.id()), r.quads());
        }
        return new Done(r.id(), r.fileName(), r.sha256(), r.bytes(), r.quads().size(), r.skipped().orElse(null),
                new ArrayList<>(r.violations()));
    }

    static String essayFile(String out, String id) {
        return out + "/essays/" + id + ".nq.gz";
    }

    /** The path of a listed file relative to the input root, '/' separated, as {@code build} names essays. */
    static String relative(String root, String file) {
        String r = root.endsWith("/") ? root : root + "/";
        if (file.startsWith(r)) {
            return file.substring(r.length());
        }
        // a single file given as input
        return file.substring(file.lastIndexOf('/') + 1);
    }

    /**
     * As {@code build} does: in path order, a file whose id (ignoring case) or text an earlier file already has is
     * skipped, and unreadable ones are skipped with their reason.
     */
    private static Map<String, Listed> choose(List<Listed> listed, List<String> skipped) {
        List<Listed> sorted = new ArrayList<>(listed);
        sorted.sort(java.util.Comparator.comparing(Listed::fileName));
        Map<String, String> idOwner = new HashMap<>();
        Map<String, String> textOwner = new HashMap<>();
        Map<String, Listed> out = new TreeMap<>();
        for (Listed l : sorted) {
            if (l.problem() != null) {
                skipped.add(l.problem());
                continue;
            }
            String id = Extractor.essayId(l.fileName());
            String clash = idOwner.get(id.toLowerCase(Locale.ROOT));
            if (clash != null) {
                skipped.add(l.fileName() + ": essay id '" + id + "' is already taken by " + clash);
                continue;
            }
            String same = textOwner.get(l.sha256());
            if (same != null) {
                skipped.add(l.fileName() + ": same text as " + same + ", skipped as a duplicate");
                continue;
            }
            idOwner.put(id.toLowerCase(Locale.ROOT), l.fileName());
            textOwner.put(l.sha256(), l.fileName());
            out.put(id, l);
        }
        return out;
    }

    /** {@code spark-submit --class org.nonji.spark.ExtractJob nonji.jar --input PATH --out PATH [...]} */
    public static void main(String[] args) {
        org.apache.jena.sys.JenaSystem.init();
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        if (!a.containsKey("--input") || !a.containsKey("--out") || args.length % 2 != 0) {
            System.err.println("usage: ExtractJob --input PATH --out PATH [--analyzer nori] [--partitions N] "
                    + "[--build-time 2025-01-01T00:00:00Z]");
            System.exit(ExitCodes.USAGE);
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        Instant time = a.containsKey("--build-time") ? Instant.parse(a.get("--build-time"))
                : epoch != null && epoch.matches("\\d{1,12}") ? Instant.ofEpochSecond(Long.parseLong(epoch))
                : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Options o = new Options(a.get("--input"), a.get("--out"), a.getOrDefault("--analyzer", "nori"), time,
                Integer.parseInt(a.getOrDefault("--partitions", "0")));
        try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("nonji extract"))) {
            Summary s = new ExtractJob(o).run(sc);
            s.skipped().stream().limit(50).forEach(m -> System.err.println("skipped: " + m));
            System.err.println(s.line());
        } catch (NonjiException e) {
            System.err.println("nonji: " + e.getMessage());
            System.exit(e.exitCode());
        }
    }
}
