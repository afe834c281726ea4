package org.nonji.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.nonji.corpus.CorpusReader;
import org.nonji.corpus.Essay;
import org.nonji.corpus.EssayReader;
import org.nonji.corpus.Sentence;

/**
 * Synthetic corpora for scale figures: essays of real sentences, drawn (seeded, so every run makes the same corpus)
 * from a pool of essays, a title and an author in front matter, paragraphs of four or five sentences. The
 * extractor meets real Korean, at any volume.
 */
public final class CorpusGenerator {
    private static final String[] AUTHORS = {"김서연", "이도윤", "박지호", "최수아", "정민준", "강하은", "조예준",
        "윤서윤"};
    private static final int MIN_CHARS = 12;

    private final List<String> pool;

    private CorpusGenerator(List<String> pool) {
        if (pool.isEmpty()) {
            throw new IllegalArgumentException("no sentences to draw from");
        }
        this.pool = List.copyOf(pool);
    }

    /** A generator drawing on the body sentences of the essays under {@code dirs}, each distinct sentence once. */
    public static CorpusGenerator from(List<Path> dirs) {
        Set<String> sentences = new LinkedHashSet<>();
        CorpusReader reader = new CorpusReader(new EssayReader());
        for (Path dir : dirs) {
            for (Essay e : reader.read(dir, f -> { }).essays()) {
                for (Sentence s : e.sentences()) {
                    String t = s.text().strip();
                    if (t.length() >= MIN_CHARS && !t.startsWith("#") && !t.startsWith("---")) {
                        sentences.add(t.replace('\n', ' '));
                    }
                }
            }
        }
        return new CorpusGenerator(new ArrayList<>(sentences));
    }

    /** Distinct sentences in the pool. */
    public int poolSize() {
        return pool.size();
    }

    /**
     * Writes {@code n} essays of {@code sentences} sentences each to {@code dir} (in subdirectories of a thousand),
     * drawn with {@code seed}; returns the bytes written.
     */
    public long write(Path dir, int n, int sentences, long seed) {
        Random random = new Random(seed);
        long bytes = 0;
        try {
            for (int i = 0; i < n; i++) {
                Path sub = dir.resolve(String.format("part-%03d", i / 1000));
                Files.createDirectories(sub);
                byte[] text = essay(i, sentences, random).getBytes(StandardCharsets.UTF_8);
                Files.write(sub.resolve(String.format("essay-%06d.md", i)), text);
                bytes += text.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    /** The text of essay {@code i}: its own title, so no two essays are the same text. */
    String essay(int i, int sentences, Random random) {
        StringBuilder b = new StringBuilder();
        b.append("---\ntitle: 반도체와 산업 전략 ").append(i + 1).append('\n');
        b.append("author: ").append(AUTHORS[random.nextInt(AUTHORS.length)]).append('\n');
        b.append(String.format("date: 2026-%02d-%02d%n", 1 + random.nextInt(12), 1 + random.nextInt(28)));
        b.append("---\n\n");
        int inParagraph = 0;
        int paragraph = 4 + random.nextInt(2);
        for (int s = 0; s < sentences; s++) {
            b.append(pool.get(random.nextInt(pool.size())));
            if (++inParagraph == paragraph) {
                b.append("\n\n");
                inParagraph = 0;
                paragraph = 4 + random.nextInt(2);
            } else {
                b.append(' ');
            }
        }
        return b.toString().strip() + "\n";
    }
}
