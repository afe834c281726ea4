package org.nonji.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logs never carry a huge query, with the access log on, whatever the request. */
@Tag("slow")
class LogSafetyTest {
    @TempDir
    Path tmp;

    /** Collects every log line of the process while the test runs. */
    static final class Collect extends AbstractAppender {
        final List<String> lines = new CopyOnWriteArrayList<>();

        Collect() {
            super("collect", null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public void append(LogEvent event) {
            // as the configured console layout writes it: that is what lands in a log file
            lines.add(layout.toSerializable(event).toString());
        }

        org.apache.logging.log4j.core.Layout<?> layout;
    }

    @Test
    void noLogLineCarriesABigQuery() throws Exception {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Collect collect = new Collect();
        collect.layout = ctx.getConfiguration().getAppender("stderr").getLayout();
        collect.start();
        ctx.getConfiguration().getRootLogger().addAppender(collect, Level.ALL, null);
        ctx.updateLoggers();
        Configurator.setLevel("org.nonji.server.access", Level.INFO);
        EndpointServer server = WebFixture.start(tmp);
        try {
            HttpClient http = HttpClient.newHttpClient();
            String padding = " #" + "x".repeat(60_000);
            String bad = "SELECT * WHERE { ?s ?p " + padding;
            var r1 = http.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql?query="
                    + URLEncoder.encode(bad, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            var r2 = http.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql"))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString("SELECT * WHERE { ?s ?p ?o }" + padding.repeat(2)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            var r3 = http.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql?query="
                    + URLEncoder.encode("ASK {}" + padding, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            var r4 = http.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql?query="
                    + URLEncoder.encode("SELECT * WHERE { ?s ?p \"" + "x".repeat(50_000), StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            var r5 = http.send(HttpRequest.newBuilder(URI.create(server.url() + "i" + "x".repeat(20_000))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r4.statusCode(), "an unterminated literal");
            assertEquals(404, r5.statusCode());
            assertEquals(400, r1.statusCode());
            assertEquals(413, r2.statusCode());
            assertEquals(200, r3.statusCode());
        } finally {
            server.stop();
            ctx.getConfiguration().getRootLogger().removeAppender("collect");
            ctx.updateLoggers();
            Configurator.setLevel("org.nonji.server.access", Level.WARN);
        }
        assertTrue(collect.lines.stream().anyMatch(l -> l.contains("/kg/sparql")), "the access log was on");
        for (String line : collect.lines) {
            assertTrue(line.length() < 2_500, "a log line of " + line.length() + " chars: "
                    + line.substring(0, Math.min(200, line.length())));
        }
        assertFalse(collect.lines.stream().anyMatch(l -> l.contains("x".repeat(1_000))),
                "no log line repeats more than a cut of the query text");
    }
}
