package org.nonji.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.nonji.corpus.Essay;
import org.nonji.corpus.Sentence;
import org.nonji.nlp.Morpheme;
import org.nonji.nlp.PosTag;

/**
 * Gazetteer matching, longest match first, left to right, robust to Korean particles.
 *
 * <p>Korean attaches particles and endings to names without a space (삼성전자는, 엔비디아와, 미국에서), so a match
 * may end inside a word when what follows is a particle chain (data file), or a morpheme break the analyser found
 * that is not a verb-deriving suffix (반도체|산업 yes, 인도|해야 no). A match may begin inside a word only after a
 * name prefix (대중국, 탈중국) or at a change of script (AI반도체), never in the middle of a longer unrelated word
 * (파인애플), even where the user dictionary made the analyser split it there.
 */
public final class LexiconEntityExtractor implements EntityExtractor {
    private static final Set<PosTag> VERBAL = Set.of(PosTag.VV, PosTag.VA, PosTag.VX, PosTag.XSV, PosTag.XSA,
            PosTag.VSV);

    private final LabelTrie<List<Entity>> trie = new LabelTrie<>();
    private final Gazetteer gazetteer;
    private final Set<String> particles;
    private final Set<String> prefixes;
    /** The longest name prefix: a longer run before a position is no prefix, whatever its letters. */
    private final int longestPrefix;

    public LexiconEntityExtractor(Gazetteer gazetteer, Lexicons lexicons) {
        gazetteer.surfaces().forEach(trie::add);
        this.gazetteer = gazetteer;
        this.particles = lexicons.particles();
        this.prefixes = lexicons.namePrefixes();
        this.longestPrefix = prefixes.stream().mapToInt(String::length).max().orElse(-1);
    }

    @Override
    public List<Mention> extract(Essay essay, MorphIndex morphs) {
        String text = essay.analysisText();
        List<Mention> out = new ArrayList<>();
        for (Sentence s : essay.sentences()) {
            int i = s.begin();
            while (i < s.end()) {
                int next = i + 1;
                if (startAllowed(text, i, morphs)) {
                    List<LabelTrie.Hit<List<Entity>>> hits = trie.hitsAt(text, i, s.end());
                    for (LabelTrie.Hit<List<Entity>> found : hits) {
                        LabelTrie.Hit<List<Entity>> hit = shortFormOfEarlier(withoutOthersOwn(text, found, out), out);
                        if (hit != null && endAllowed(text, hit, morphs)) {
                            hit = personsBody(text, hit, s.end(), morphs);
                            add(essay, s, hit, out);
                            abbreviationInside(essay, s, hit, hits, morphs, out);
                            next = hit.end();
                            break;
                        }
                    }
                }
                i = next;
            }
        }
        return out;
    }

    /**
     * 조 바이든 행정부, 도널드 트럼프 정부: a person's full name whose last word begins a body named after the person is
     * that body, over the whole span (the person's name ends inside it, and the body's label is the longer match).
     */
    private LabelTrie.Hit<List<Entity>> personsBody(String text, LabelTrie.Hit<List<Entity>> hit, int limit,
                                                    MorphIndex morphs) {
        if (!hit.value().stream().allMatch(e -> e.type().equals("Person"))) {
            return hit;
        }
        for (int j = hit.begin() + 1; j < hit.end(); j++) {
            if (text.charAt(j - 1) != ' ') {
                continue;
            }
            for (LabelTrie.Hit<List<Entity>> body : trie.hitsAt(text, j, limit)) {
                if (body.end() > hit.end() && body.value().stream().allMatch(e -> e.kind() == Kind.ACTOR
                        && !e.type().equals("Person")) && endAllowed(text, body, morphs)) {
                    return new LabelTrie.Hit<>(hit.begin(), body.end(), body.form(), body.value());
                }
            }
        }
        return hit;
    }

    /**
     * The hit without the entities whose alias it is another actor's: 인텔(의) 애리조나 공장 is not TSMC's plant of that
     * alias, nor 중국 상무부 the US department; an actor of another type is no owner (미국 테일러 공장 is Samsung's).
     * Null when no entity is left.
     */
    private LabelTrie.Hit<List<Entity>> withoutOthersOwn(String text, LabelTrie.Hit<List<Entity>> hit,
                                                         List<Mention> before) {
        Mention actor = before.isEmpty() ? null : before.get(before.size() - 1);
        if (actor == null || actor.entity().kind() != Kind.ACTOR) {
            return hit;
        }
        String gap = text.substring(Math.min(actor.end(), hit.begin()), hit.begin());
        if (!gap.equals(" ") && !gap.equals("의 ")) {
            return hit;
        }
        List<Entity> kept = new ArrayList<>();
        for (Entity e : hit.value()) {
            List<String> owners = gazetteer.qualifiers(e, hit.form());
            if (owners.isEmpty() || owners.stream().anyMatch(o -> sameActor(o, actor))
                    || owners.stream().noneMatch(o -> sameType(o, actor))) {
                kept.add(e);
            }
        }
        if (kept.size() == hit.value().size()) {
            return hit;
        }
        return kept.isEmpty() ? null : new LabelTrie.Hit<>(hit.begin(), hit.end(), hit.form(), List.copyOf(kept));
    }

    /**
     * A bare alias after a fuller name that ends with it is that name's entity: 중국 상무부는 … 상무부는 is China's
     * ministry again, though the gazetteer gives the bare 상무부 to the US. Only an alias that is some actor's (its
     * entity has a longer label with an owner before it) and only the last such name before it counts.
     */
    private LabelTrie.Hit<List<Entity>> shortFormOfEarlier(LabelTrie.Hit<List<Entity>> hit, List<Mention> before) {
        if (hit == null || hit.value().size() != 1 || gazetteer.qualifiers(hit.value().get(0), hit.form()).isEmpty()) {
            return hit;
        }
        Entity own = hit.value().get(0);
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention m = before.get(i);
            if (m.entity().equals(own)) {
                return hit;
            }
            String surface = m.surface();
            if (surface.endsWith(" " + hit.form()) && m.entity().type().equals(own.type())
                    && gazetteer.namesActor(surface.substring(0, surface.length() - hit.form().length() - 1))) {
                return new LabelTrie.Hit<>(hit.begin(), hit.end(), hit.form(), List.of(m.entity()));
            }
        }
        return hit;
    }

    /** Whether an owner's name names an actor of the same type: a country before a company's plant is a place. */
    private boolean sameType(String owner, Mention actor) {
        return gazetteer.surfaces().getOrDefault(owner, List.of()).stream()
                .anyMatch(x -> x.type().equals(actor.entity().type()));
    }

    /** Whether an owner's name names the actor, or one of its family (삼성 / 삼성전자, 현대차 / 현대차그룹). */
    private boolean sameActor(String owner, Mention actor) {
        String name = actor.surface();
        return gazetteer.surfaces().getOrDefault(owner, List.of()).contains(actor.entity())
                || (Math.min(owner.length(), name.length()) >= 2 && (owner.startsWith(name) || name.startsWith(owner)));
    }

    private static void add(Essay essay, Sentence s, LabelTrie.Hit<List<Entity>> hit, List<Mention> out) {
        String surface = essay.text().substring(hit.begin(), hit.end());
        for (Entity e : hit.value()) {
            out.add(new Mention(hit.begin(), hit.end(), surface, e, s.index()));
        }
    }

    /**
     * A fused abbreviation that opens a longer label (미·중 in 미·중 갈등, 한미 in 한미 동맹) still names its
     * countries: a reader would say the text mentions both.
     */
    private void abbreviationInside(Essay essay, Sentence s, LabelTrie.Hit<List<Entity>> taken,
                                    List<LabelTrie.Hit<List<Entity>>> hits, MorphIndex morphs, List<Mention> out) {
        for (LabelTrie.Hit<List<Entity>> h : hits) {
            if (h.end() < taken.end() && h.value().size() > 1 && endAllowed(essay.analysisText(), h, morphs)) {
                add(essay, s, h, out);
                return;
            }
        }
    }

    private boolean startAllowed(String text, int i, MorphIndex morphs) {
        char c = text.charAt(i);
        if (!Scripts.isWordChar(c)) {
            return false;
        }
        if (i == 0 || !Scripts.isWordChar(text.charAt(i - 1))) {
            return true;
        }
        char prev = text.charAt(i - 1);
        int ps = Scripts.of(prev);
        int cs = Scripts.of(c);
        if (cs == Scripts.HANGUL && ps != Scripts.HANGUL) {
            return true;
        }
        if (cs == Scripts.LATIN && ps == Scripts.HANGUL) {
            return true;
        }
        if (cs != Scripts.HANGUL || !morphs.beginsAt(i)) {
            return false;
        }
        // inside a Hangul word only after a name prefix (대중국, 탈중국), never after arbitrary syllables (파인애플)
        int w = Scripts.wordStart(text, i);
        Morpheme first = morphs.at(w);
        return (i - w <= longestPrefix && prefixes.contains(text.substring(w, i)))
                || (first != null && first.end() == i && first.tag() == PosTag.XPN);
    }

    private boolean endAllowed(String text, LabelTrie.Hit<List<Entity>> hit, MorphIndex morphs) {
        int end = hit.end();
        if (end >= text.length() || !Scripts.isWordChar(text.charAt(end))) {
            return true;
        }
        char last = text.charAt(end - 1);
        char next = text.charAt(end);
        if (Scripts.isLatinOrDigit(last)) {
            return Scripts.isHangul(next) && hangulTailOk(text, end, morphs, 1);
        }
        if (!Scripts.isHangul(next)) {
            return true;
        }
        return hangulTailOk(text, end, morphs, 2);
    }

    /**
     * What follows a name inside its word: particles, or a compound head noun at a morpheme break. After Hangul
     * the head must have two syllables or more (반도체|산업): a one-syllable "noun" glued to a name is usually the
     * analyser cutting an unknown word at the user-dictionary name (메모리|아실리콘).
     */
    private boolean hangulTailOk(String text, int end, MorphIndex morphs, int minHead) {
        int wordEnd = end;
        while (wordEnd < text.length() && Scripts.isHangul(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String tail = text.substring(end, wordEnd);
        if (particles.contains(tail) || morphs.functionalRun(end, wordEnd)) {
            return true;
        }
        if (!morphs.beginsAt(end) || !morphs.endsAt(end)) {
            return false;
        }
        Morpheme following = morphs.at(end);
        // a proper noun glued on is the rest of a longer name (포스코|퓨처엠, another company), not a head noun
        return following != null && !VERBAL.contains(following.tag()) && following.tag().isNoun()
                && following.tag() != PosTag.NNP && following.end() - following.begin() >= minHead;
    }
}
