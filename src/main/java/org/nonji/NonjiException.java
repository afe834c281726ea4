package org.nonji;

/** Root of every failure nonji reports to a user; the message is one line that says what and where. */
public class NonjiException extends RuntimeException {
    private final int exitCode;

    public NonjiException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public NonjiException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The process exit code this failure maps to (see {@link ExitCodes}). */
    public int exitCode() {
        return exitCode;
    }

    /** Shortens untrusted text for a one-line message: at most 80 chars, control characters shown as '?'. */
    public static String quote(String text) {
        if (text == null) {
            return "\"\"";
        }
        String s = text.length() > 80 ? text.substring(0, 77) + "..." : text;
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || isInvisible(c) ? '?' : c));
        return b.append('"').toString();
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
