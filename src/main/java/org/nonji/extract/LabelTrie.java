package org.nonji.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character trie over surface forms for longest-match lookup in running text.
 *
 * <p>Latin letters are folded to lower case; a form that is an all-capital acronym of up to five letters (HBM, SK,
 * ARM) must match case-exactly so that "arm" in English prose is not ARM. Spaces in a form match any run of spaces
 * or none, because Korean writers space compounds freely (수출통제 / 수출 통제). Middle-dot variants fold to one.
 */
public final class LabelTrie<V> {
    /** A form found at a position: text span {@code [begin, end)} and the value stored for it. */
    public record Hit<V>(int begin, int end, String form, V value) {
    }

    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>(4);
        Node<V> gap;
        final List<Terminal<V>> terminals = new ArrayList<>(1);
    }

    private record Terminal<V>(String form, boolean caseExact, V value) {
    }

    private final Node<V> root = new Node<>();

    /** Adds a surface form. */
    public void add(String form, V value) {
        String f = form.strip().replaceAll("\\s+", " ");
        if (f.isEmpty()) {
            return;
        }
        Node<V> n = root;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == ' ') {
                if (n.gap == null) {
                    n.gap = new Node<>();
                }
                n = n.gap;
            } else {
                n = n.next.computeIfAbsent(fold(c), k -> new Node<>());
            }
        }
        n.terminals.add(new Terminal<>(f, isAcronym(f), value));
    }

    /** Every form that starts at {@code begin} and ends at or before {@code limit}, longest first. */
    public List<Hit<V>> hitsAt(String text, int begin, int limit) {
        List<Hit<V>> out = new ArrayList<>();
        walk(text, begin, begin, limit, root, out);
        out.sort((a, b) -> Integer.compare(b.end(), a.end()));
        return out;
    }

    private void walk(String text, int begin, int i, int limit, Node<V> n, List<Hit<V>> out) {
        for (Terminal<V> t : n.terminals) {
            if (i > begin && (!t.caseExact() || exactCase(text, begin, i, t.form()))) {
                out.add(new Hit<>(begin, i, t.form(), t.value()));
            }
        }
        if (i >= limit) {
            return;
        }
        if (n.gap != null && i > begin) {
            int j = i;
            while (j < limit && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            walkNext(text, begin, j, limit, n.gap, out);
        }
        walkNext(text, begin, i, limit, n, out);
    }

    private void walkNext(String text, int begin, int i, int limit, Node<V> n, List<Hit<V>> out) {
        if (i >= limit) {
            return;
        }
        Node<V> child = n.next.get(fold(text.charAt(i)));
        if (child != null) {
            walk(text, begin, i + 1, limit, child, out);
        }
    }

    private static boolean exactCase(String text, int b, int e, String form) {
        return text.substring(b, e).replaceAll("\\s+", " ").equals(form)
                || text.substring(b, e).replaceAll("\\s+", "").equals(form.replace(" ", ""));
    }

    static boolean isAcronym(String form) {
        if (form.length() > 5 || form.length() < 2) {
            return false;
        }
        boolean upper = false;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (!(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return upper;
    }

    /** Lower-cases Latin and folds middle-dot look-alikes (・ ㆍ ‧ ∙) to ·. */
    static char fold(char c) {
        if (c == '・' || c == 'ㆍ' || c == '‧' || c == '∙' || c == '･') {
            return '·';
        }
        if (c >= 'Ａ' && c <= 'Ｚ') {
            return (char) (c - 'Ａ' + 'a');
        }
        if (c >= 'ａ' && c <= 'ｚ') {
            return (char) (c - 'ａ' + 'a');
        }
        return c < 128 ? Character.toLowerCase(c) : c;
    }
}
