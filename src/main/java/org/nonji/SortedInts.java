package org.nonji;

/** Lookups in sorted int arrays (offsets), where {@link java.util.Arrays#binarySearch} may land on any duplicate. */
public final class SortedInts {
    private SortedInts() {
    }

    /** The index of the first element at or after {@code value} ({@code sorted.length} if none). */
    public static int firstAtOrAfter(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
