package org.nonji.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns a file's bytes into the essay text that all offsets refer to.
 *
 * <p>Decoding is strict: malformed UTF-8 is an error, never replaced with U+FFFD, because a replaced character
 * would end up in labels and quotes. Legacy Korean encodings are recognised only to say so in the error.
 */
public final class EssayText {
    private static final Charset CP949 = charsetOrNull("x-windows-949");

    private EssayText() {
    }

    /** Decodes strictly as UTF-8 and normalises; throws with a reason naming the file on bad bytes. */
    public static String decode(String file, byte[] bytes) {
        if (bytes.length == 0) {
            throw new CorpusException(file, "empty file");
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            throw new CorpusException(file, "binary content (NUL byte at offset " + nul + "), not a text essay");
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            if (looksLikeCp949(bytes)) {
                throw new CorpusException(file, "not UTF-8: looks like CP949/EUC-KR Korean; convert it first, e.g. "
                        + "iconv -f CP949 -t UTF-8");
            }
            throw new CorpusException(file, "invalid UTF-8 at byte " + firstInvalidUtf8(bytes));
        }
        return normalize(decoded);
    }

    /**
     * BOM removed, CRLF and CR to LF, format characters (zero-width, bidi controls, Unicode tags) removed, other
     * control characters but tab and newline made spaces, then NFC (NFD Hangul from macOS would otherwise never
     * match a label; removing first lets jamo split by a zero-width space compose again).
     */
    public static String normalize(String s) {
        String t = s.startsWith("\uFEFF") ? s.substring(1) : s;
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || c == '\t') {
                b.append((char) c);
            } else if (Character.getType(c) == Character.FORMAT) {
                continue;   // U+200B…, U+2060, U+E0001…U+E007F (tags): invisible, and they split names
            } else if (Character.isISOControl(c)) {
                b.append(' ');
            } else {
                b.appendCodePoint(c);
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static boolean looksLikeCp949(byte[] bytes) {
        if (CP949 == null) {
            return false;
        }
        try {
            String s = CP949.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            long hangul = s.chars().filter(c -> c >= 0xAC00 && c <= 0xD7A3).count();
            return hangul > 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset charsetOrNull(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
