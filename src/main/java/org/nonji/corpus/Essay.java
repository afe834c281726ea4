package org.nonji.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One essay as read from a file.
 *
 * <p>{@code text} is the file's text after decoding and normalisation (BOM removed, CRLF to LF, NFC, invisible
 * format characters removed); every offset in nonji points into it. {@code analysisText} has the same length with
 * front matter and Markdown markup blanked to spaces, so analysis never sees markup yet offsets stay valid.
 */
public record Essay(String id, String fileName, String text, String analysisText, String sha256,
                    EssayMetadata metadata, int bodyBegin, List<Sentence> sentences) {
    public Essay {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(analysisText, "analysisText");
        if (analysisText.length() != text.length()) {
            throw new IllegalArgumentException("analysisText must keep the offsets of text");
        }
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(metadata, "metadata");
        sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
    }

    /** The sentence that contains the span, or null when the span crosses sentences. */
    public Sentence sentenceAt(int begin, int end) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (end <= s.begin()) {
                hi = mid - 1;
            } else if (begin >= s.end()) {
                lo = mid + 1;
            } else {
                return s.contains(begin, end) ? s : null;
            }
        }
        return null;
    }
}
