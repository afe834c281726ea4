package org.nonji.server;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.nonji.TestKit;
import org.nonji.corpus.EssayReader;
import org.nonji.pipeline.BuildOptions;
import org.nonji.pipeline.Pipeline;
import org.nonji.store.StoreDirectory;

/**
 * A small store for the web-page tests: a plain essay and a hostile one whose title, author and sentences carry
 * markup, quotes, ampersands, CDATA ends and javascript: URLs, so anything a card shows from it must be escaped.
 */
final class WebFixture {
    /** What a browser sends as Accept for a page. */
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private WebFixture() {
    }

    static EndpointServer start(Path tmp) throws Exception {
        return start(tmp, o -> o);
    }

    /** The fixture store served with options adjusted by {@code adjust} (port 0 and a 5 s timeout before it). */
    static EndpointServer start(Path tmp, java.util.function.UnaryOperator<EndpointServer.Options> adjust)
            throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "반도체 전략\n삼성전자의 HBM은 강하다. 우리에게는 소버린 AI 전략이 필요하다.\n"
                + "Zentrix는 소버린 AI 전략을 지지한다. 반도체는 한국의 핵심 산업이다.\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("h.md"), "---\ntitle: \"<script>alert(1)</script> & \\\"x\\\" ]]>\"\n"
                + "author: \"<b>필자</b>\"\ndate: 2025-10-18\nsource: \"javascript:alert(1)\"\n---\n"
                + "삼성전자는 <script>alert(\"x&y\")</script> ]]> javascript:alert(1) 소버린 AI 전략을 지지한다.\n"
                + "우리는 삼성전자가 <img src=x onerror=alert(1)> 미국에 공장을 짓는 것에 반대한다.\n",
                StandardCharsets.UTF_8);
        return serve(tmp, in, adjust);
    }

    /** A store built from the essays in {@code in}, served on port 0 with a 5 s timeout. */
    static EndpointServer serve(Path tmp, Path in, java.util.function.UnaryOperator<EndpointServer.Options> adjust)
            throws Exception {
        Path store = tmp.resolve("store");
        new Pipeline(new PrintWriter(new StringWriter())).build(new BuildOptions(in, Optional.of(store),
                Optional.empty(), false, "nori", Instant.parse("2025-01-01T00:00:00Z"), EssayReader.DEFAULT_MAX_BYTES));
        return EndpointServer.start(adjust.apply(new EndpointServer.Options(new StoreDirectory(store),
                TestKit.gazetteer().userWords()).port(0).timeoutMillis(5000)));
    }

    static HttpResponse<String> get(EndpointServer server, String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }
}
