package org.nonji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class LabelTrieTest {
    private static List<String> hits(LabelTrie<String> trie, String text) {
        return trie.hitsAt(text, 0, text.length()).stream().map(h -> h.value() + ":" + h.end()).toList();
    }

    @Test
    void longestFirstAndFlexibleSpaces() {
        LabelTrie<String> t = new LabelTrie<>();
        t.add("수출 통제", "ec");
        t.add("수출", "export");
        assertEquals(List.of("ec:4", "export:2"), hits(t, "수출통제"));
        assertEquals(List.of("ec:6", "export:2"), hits(t, "수출  통제"));
    }

    @Test
    void acronymsAreCaseExactOtherLatinIsNot() {
        LabelTrie<String> t = new LabelTrie<>();
        t.add("ARM", "arm");
        t.add("Nvidia", "nvidia");
        assertEquals(List.of(), hits(t, "arm"));
        assertEquals(List.of("arm:3"), hits(t, "ARM"));
        assertEquals(List.of("nvidia:6"), hits(t, "NVIDIA"));
    }

    @Test
    void middleDotVariantsFold() {
        LabelTrie<String> t = new LabelTrie<>();
        t.add("미·중", "uscn");
        assertEquals(List.of("uscn:3"), hits(t, "미ㆍ중"));
        assertEquals(List.of("uscn:3"), hits(t, "미・중"));
    }
}
