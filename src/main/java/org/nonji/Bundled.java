package org.nonji;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Files that ship inside the jar under {@code nonji/}: the ontology, cue data and canned queries. */
public final class Bundled {
    private Bundled() {
    }

    /** The text of a bundled file, e.g. {@code ontology/entities.ttl}. */
    public static String read(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stream over a bundled file; fails with an internal error when the jar lacks it. */
    public static InputStream open(String path) {
        InputStream in = Bundled.class.getClassLoader().getResourceAsStream("nonji/" + path);
        if (in == null) {
            throw new NonjiException("bundled file missing from the build: " + path, ExitCodes.INTERNAL);
        }
        return in;
    }
}
