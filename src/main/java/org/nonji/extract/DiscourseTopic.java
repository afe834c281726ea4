package org.nonji.extract;

import java.util.Optional;

/**
 * The actor a run of sentences is about, for a next clause that names no subject of its own (중국은 X를 제안했다.
 * [주어 없이] Y를 내세운다): the stance rule topic-continuity and the relation rule continued-subject read it. Each
 * extractor decides what names the topic of a sentence; this keeps it, and says whether a clause may go on from it:
 * only in the sentence right after, and in the same paragraph.
 */
final class DiscourseTopic {
    private final String text;
    private Optional<Mention> topic = Optional.empty();
    /** Where the topic was written (its word's end). */
    private int end = -1;
    /** The sentence the topic was last kept through. */
    private int sentence = -1;

    DiscourseTopic(String text) {
        this.text = text;
    }

    /**
     * After sentence s: a named actor of its main clause becomes the topic; a main clause with a subject that names
     * none ({@code explicit}) ends it; one with no subject keeps it.
     */
    void after(int s, Optional<Mention> named, boolean explicit, int at) {
        if (named.isPresent() || explicit) {
            topic = named;
            end = at;
        }
        sentence = s;
    }

    /** Whether the topic was already kept through sentence s. */
    boolean keptThrough(int s) {
        return sentence == s;
    }

    /** The topic a clause of sentence s may go on from: kept through the sentence before it, if any. */
    Optional<Mention> before(int s) {
        return sentence == s - 1 ? topic : Optional.empty();
    }

    /** Whether a line break lies between the topic and offset {@code at} (a new paragraph ends the topic). */
    boolean paragraphBetween(int at) {
        int lineBreak = text.indexOf('\n', Math.max(0, end));
        return lineBreak >= 0 && lineBreak < at;
    }
}
