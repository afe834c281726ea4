package org.nonji.corpus;

import java.util.List;
import java.util.Optional;

import org.nonji.Digests;

/** Reads one essay from its bytes: strict decoding, front matter, markup mask, sentences. */
public final class EssayReader {
    /** Files over this size are refused: an essay is tens of kilobytes, a 10 MB "essay" is a mistake. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final long maxBytes;

    public EssayReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public EssayReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** The size limit in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Reads an essay whose id and file name are already decided. */
    public Essay read(String id, String fileName, byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw new CorpusException(fileName, "too large: " + bytes.length + " bytes, the limit is " + maxBytes);
        }
        String text = EssayText.decode(fileName, bytes);
        if (text.isBlank()) {
            throw new CorpusException(fileName, "empty essay: only whitespace");
        }
        Optional<FrontMatter> frontMatter = FrontMatter.parse(fileName, text);
        int bodyBegin = frontMatter.map(FrontMatter::end).orElse(0);
        String analysis = MarkupMask.mask(text, bodyBegin);
        List<Sentence> sentences = SentenceSplitter.split(text, analysis, bodyBegin);
        if (sentences.isEmpty()) {
            throw new CorpusException(fileName, frontMatter.isPresent()
                    ? "front matter only, no essay text" : "no sentences: the file holds no text");
        }
        EssayMetadata metadata = metadata(fileName, frontMatter, sentences);
        return new Essay(id, fileName, text, analysis, Digests.sha256(text), metadata, bodyBegin, sentences);
    }

    private static EssayMetadata metadata(String file, Optional<FrontMatter> fm, List<Sentence> sentences) {
        String firstLine = sentences.get(0).text().strip();
        if (fm.isEmpty()) {
            return new EssayMetadata(stripHeading(firstLine), Optional.empty(), Optional.empty(), List.of(),
                    Optional.empty());
        }
        FrontMatter f = fm.get();
        List<String> tags = new java.util.ArrayList<>(f.list(file, "tags"));
        String title = f.text(file, "title").orElse(stripHeading(firstLine));
        Optional<String> source = f.text(file, "source").or(() -> f.text(file, "url"))
                .or(() -> f.text(file, "canonical_url"));
        return new EssayMetadata(title, f.date(file), f.text(file, "author"), tags, source);
    }

    private static String stripHeading(String line) {
        return line.replaceFirst("^#+\\s*", "").strip();
    }
}
