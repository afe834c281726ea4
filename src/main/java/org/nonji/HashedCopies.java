package org.nonji;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Unmodifiable copies of lookup tables, on hash tables. {@link Map#copyOf} and {@link Set#copyOf} find a key's slot
 * through a division (floorMod) and compare keys without their hashes first; a {@link HashMap} masks the hash and
 * compares the cached hashes before the keys. That counts for the lexicons, cues, grammar and rules the extractors
 * ask about every word and predicate (Hangul keys: about a third less time per lookup). Like the copyOf methods,
 * these reject null keys and values; their iteration order is the hash map's, on which nothing depends (nothing
 * could on Map.copyOf's, which changes from run to run).
 */
public final class HashedCopies {
    private HashedCopies() {
    }

    /** An unmodifiable hash-map copy of {@code map}. */
    public static <K, V> Map<K, V> map(Map<? extends K, ? extends V> map) {
        Map<K, V> copy = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
        return Collections.unmodifiableMap(copy);
    }

    /** An unmodifiable hash-set copy of {@code items}. */
    public static <T> Set<T> set(Collection<? extends T> items) {
        Set<T> copy = new HashSet<>(items.size() * 2);
        items.forEach(x -> copy.add(Objects.requireNonNull(x, "element")));
        return Collections.unmodifiableSet(copy);
    }
}
