package org.nonji.extract;

import java.util.ArrayList;
import java.util.List;

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
        /** The folded char that leads here from the parent. */
        private final char key;
        /**
         * Children by their key, open addressing: a boxed-Character map cost a lookup per text char. The key is read
         * from the child itself, which a match goes on to anyway: no separate key array to miss in the cache.
         */
        private Node<V>[] children = newArray(2);
        private int size;
        Node<V> gap;
        /** The forms ending here, in the order added; most nodes have none, so no list until one does. */
        List<Terminal<V>> terminals = List.of();

        Node(char key) {
            this.key = key;
        }

        @SuppressWarnings("unchecked")
        private static <V> Node<V>[] newArray(int n) {
            return (Node<V>[]) new Node<?>[n];
        }

        Node<V> get(char c) {
            int mask = children.length - 1;
            for (int i = (c * 0x9E37) & mask; ; i = (i + 1) & mask) {
                Node<V> n = children[i];
                if (n == null || n.key == c) {
                    return n;
                }
            }
        }

        Node<V> getOrAdd(char c) {
            Node<V> n = get(c);
            if (n != null) {
                return n;
            }
            if (2 * (size + 1) > children.length) {
                Node<V>[] old = children;
                children = newArray(2 * old.length);
                for (Node<V> child : old) {
                    if (child != null) {
                        put(child);
                    }
                }
            }
            n = new Node<>(c);
            put(n);
            size++;
            return n;
        }

        private void put(Node<V> n) {
            int mask = children.length - 1;
            int i = (n.key * 0x9E37) & mask;
            while (children[i] != null) {
                i = (i + 1) & mask;
            }
            children[i] = n;
        }
    }

    private record Terminal<V>(String form, boolean caseExact, V value) {
    }

    private final Node<V> root = new Node<>('\0');

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
                    n.gap = new Node<>(' ');
                }
                n = n.gap;
            } else {
                n = n.getOrAdd(fold(c));
            }
        }
        if (n.terminals.isEmpty()) {
            n.terminals = new ArrayList<>(1);
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
        List<Terminal<V>> terminals = n.terminals;
        for (int k = 0; k < terminals.size(); k++) {
            Terminal<V> t = terminals.get(k);
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
        Node<V> child = n.get(fold(text.charAt(i)));
        if (child != null) {
            walk(text, begin, i + 1, limit, child, out);
        }
    }

    private static boolean exactCase(String text, int b, int e, String form) {
        String span = text.substring(b, e);
        return Scripts.collapseWhitespace(span).equals(form)
                || Scripts.removeWhitespace(span).equals(form.replace(" ", ""));
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
        // ASCII by hand (only A-Z change): Character.toLowerCase goes through a table per char of the text
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
