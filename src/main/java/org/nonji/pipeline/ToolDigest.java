package org.nonji.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of the code and data that turn essays into graphs: the jar nonji runs from (or, run from classes, every
 * file under them). A store built by a different extractor cannot be updated essay by essay, since its unchanged
 * essays would keep the old extractor's reading; it is rebuilt in full.
 */
final class ToolDigest {
    private static volatile String cached;

    private ToolDigest() {
    }

    /** The digest, computed once per process. */
    static String get() {
        String d = cached;
        if (d == null) {
            d = compute();
            cached = d;
        }
        return d;
    }

    private static String compute() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            Path where = Path.of(ToolDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Path> files;
            if (Files.isDirectory(where)) {
                try (Stream<Path> walk = Files.walk(where)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(where);
            }
            byte[] buf = new byte[1 << 16];
            for (Path f : files) {
                md.update(where.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(f)) {
                    for (int n; (n = in.read(buf)) > 0; ) {
                        md.update(buf, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (IOException | NoSuchAlgorithmException | java.net.URISyntaxException | RuntimeException e) {
            // unknown code: never reuse a store's essays
            return "unknown-" + System.nanoTime();
        }
    }
}
