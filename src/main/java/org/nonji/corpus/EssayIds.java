package org.nonji.corpus;

import java.text.Normalizer;
import java.util.Locale;

import org.nonji.Digests;

/**
 * Essay ids from file paths: stable, IRI-safe ({@code [a-z0-9_-]}), and the same for the same relative path.
 *
 * <p>ASCII stems are kept (lower-cased, other characters to '-'); a path with non-ASCII or unsafe characters gets
 * a short hash of its NFC form appended, so Korean file names stay distinct without putting Hangul into IRIs.
 */
public final class EssayIds {
    private static final int MAX_STEM = 80;

    private EssayIds() {
    }

    /** The id for a path relative to the input directory, using '/' as separator. */
    public static String of(String relativePath) {
        String nfc = Normalizer.normalize(relativePath, Normalizer.Form.NFC);
        String noExt = nfc.replaceFirst("\\.(?i:txt|md|markdown)$", "");
        StringBuilder b = new StringBuilder();
        boolean lossy = false;
        for (int i = 0; i < noExt.length(); i++) {
            char c = noExt.charAt(i);
            char lower = Character.toLowerCase(c);
            if ((lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                b.append(lower);
                lossy |= lower != c;
            } else if (c == '/') {
                b.append("--");
            } else {
                b.append('-');
                lossy = true;
            }
        }
        String stem = b.toString().replaceAll("-{3,}", "--").replaceAll("^-+|-+$", "");
        if (stem.length() > MAX_STEM) {
            stem = stem.substring(0, MAX_STEM);
            lossy = true;
        }
        if (stem.isEmpty() || lossy) {
            String hash = Digests.sha256(nfc).substring(0, 8);
            stem = stem.isEmpty() ? hash : stem + "-" + hash;
        }
        return stem.toLowerCase(Locale.ROOT);
    }

}
