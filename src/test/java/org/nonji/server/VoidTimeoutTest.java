package org.nonji.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonji.TestKit;

/**
 * Issue 13: VoID counts the whole dataset; when that outlasts the server's query budget the answer is an honest
 * 503 with Retry-After, never a 500 or a made-up count. Real store (the seeds, eight times over: ~200k quads, far
 * more than a 4 ms budget counts), real server.
 */
@Tag("slow")
class VoidTimeoutTest {
    @TempDir
    Path tmp;

    @Test
    void countingThatOutlastsTheBudgetIsA503WithRetryAfter() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (var seeds = Files.list(TestKit.basedir().resolve("seeds"))) {
            for (Path f : seeds.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (int k = 0; k < 8; k++) {
                    Files.writeString(in.resolve(k + "-" + f.getFileName()), text + "\n사본 " + k + "\n",
                            StandardCharsets.UTF_8);
                }
            }
        }
        // the VoID count gets four times the query timeout: 1 ms here, so 4 ms to count ~200k quads
        EndpointServer server = WebFixture.serve(tmp, in, o -> o.timeoutMillis(1));
        try {
            var r = WebFixture.get(server, ".well-known/void", "text/turtle");
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Retry-After").isPresent(), r.headers().toString());
            assertTrue(r.body().contains("timed out"), r.body());
        } finally {
            server.stop();
        }
    }
}
