package org.nonji.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nonji.syntax.Parse;

/**
 * What an essay's noun phrases are, as far as it depends only on its parses and its mentions: each word's phrase
 * span and the mention heading it. The stance and the relation extractors ask the same words of the same parses,
 * so one memo per essay serves both (give each the same one); like the work on one essay, it is not thread-safe.
 */
public final class PhraseMemo {
    private final Map<Integer, List<Mention>> bySentence;
    private final Map<Parse, Words> byParse = new IdentityHashMap<>();

    /** A memo for the phrases of an essay whose mentions (known names and candidates) these are. */
    public PhraseMemo(List<Mention> mentions) {
        this.bySentence = Mentions.bySentence(mentions);
    }

    /** The essay's mentions by sentence index. */
    Map<Integer, List<Mention>> bySentence() {
        return bySentence;
    }

    /** The memo of one parse's words. */
    Words of(Parse p) {
        return byParse.computeIfAbsent(p, Words::new);
    }

    /** Per word of one parse: its phrase and its head mention, null until first asked. */
    static final class Words {
        final NounPhrases.Phrase[] phrases;
        final Optional<Mention>[] heads;

        @SuppressWarnings("unchecked")
        Words(Parse p) {
            phrases = new NounPhrases.Phrase[p.size()];
            heads = new Optional[p.size()];
        }
    }
}
