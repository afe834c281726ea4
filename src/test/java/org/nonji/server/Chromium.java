package org.nonji.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol (CDP), with nothing but the JDK's WebSocket client and
 * Jena's JSON: enough to open a page, record what it requested and complained about, read its DOM and take a
 * screenshot. Not a general CDP client; the domains used are Target, Page, Network, Runtime, Log and Emulation.
 *
 * <pre>{@code
 * try (Chromium browser = Chromium.launch(profileDir)) {
 *     Chromium.Tab tab = browser.open(1200, 900);
 *     tab.navigate("http://127.0.0.1:8080/");
 *     String title = tab.eval("document.title").getAsString().value();
 *     tab.screenshot(Path.of("target/pages/home.png"));
 * }
 * }</pre>
 *
 * One WebSocket to the browser target carries every tab's commands and events in CDP's "flat" session mode, each
 * message tagged with the tab's session id.
 */
final class Chromium implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(30);
    private static final Duration COMMAND = Duration.ofSeconds(30);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final Map<String, Tab> tabs = new ConcurrentHashMap<>();
    /** Messages that could not be read: a protocol problem to report, not to drop silently. */
    private final List<String> unreadable = java.util.Collections.synchronizedList(new ArrayList<>());

    private Chromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /**
     * Starts {@code /usr/bin/chromium} headless with its profile in {@code profile} (an empty directory the caller
     * deletes) and connects to it. Background networking, updates and sync are off, and no host name resolves but
     * {@code localhost}, so a page that tries to reach off the machine is recorded and fails rather than reaching it.
     */
    static Chromium launch(Path profile) throws IOException, InterruptedException {
        Files.createDirectories(profile);
        Path portFile = profile.resolve("DevToolsActivePort");
        Files.deleteIfExists(portFile);
        List<String> cmd = List.of(executable(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--disable-quic", "--mute-audio",
                "--hide-scrollbars", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + START.toNanos();
            List<String> lines = List.of();
            while (lines.size() < 2 || !lines.get(1).strip().matches("/devtools/browser/[0-9a-f-]{36}")) {
                if (!p.isAlive()) {
                    throw new IOException("chromium exited with " + p.exitValue() + ": "
                            + Files.readString(profile.resolve("chromium.log")));
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("chromium wrote no DevToolsActivePort in " + START.toSeconds() + " s");
                }
                Thread.sleep(50);
                // the file holds the port, then the browser target's path; it may be seen half written
                lines = Files.exists(portFile) ? Files.readAllLines(portFile) : List.of();
            }
            URI ws = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
            Chromium[] self = new Chromium[1];
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(COMMAND)
                    .buildAsync(ws, new Listener(m -> {
                        if (self[0] != null) {   // nothing is sent before this is set, so nothing is missed
                            self[0].receive(m);
                        }
                    })).get(COMMAND.toSeconds(), TimeUnit.SECONDS);
            self[0] = new Chromium(p, socket);
            return self[0];
        } catch (IOException | InterruptedException | RuntimeException e) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw e;
        } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IOException("no DevTools connection to chromium", e);
        }
    }

    /** Debian's chromium, else the first on the PATH. */
    static String executable() {
        return Files.isExecutable(Path.of("/usr/bin/chromium")) ? "/usr/bin/chromium" : "chromium";
    }

    /** A new tab on about:blank with Page, Network, Runtime and Log enabled and a {@code width}×{@code height} view. */
    Tab open(int width, int height) throws IOException {
        String target = call(null, "Target.createTarget", params("url", "about:blank")).getString("targetId");
        JsonObject attach = params("targetId", target);
        attach.put("flatten", true);
        String session = call(null, "Target.attachToTarget", attach).getString("sessionId");
        Tab tab = new Tab(target, session);
        tabs.put(session, tab);
        for (String domain : List.of("Page", "Network", "Runtime", "Log")) {
            call(session, domain + ".enable", new JsonObject());
        }
        tab.viewport(width, height, false);
        return tab;
    }

    /** Downloads go to {@code dir} (headless Chromium refuses them otherwise), under the names pages give them. */
    void downloadTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        JsonObject p = params("behavior", "allow");
        p.put("downloadPath", dir.toAbsolutePath().toString());
        call(null, "Browser.setDownloadBehavior", p);
    }

    /** Messages from the browser that were not JSON this client could read (should stay empty). */
    List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    JsonObject call(String session, String method, JsonObject params) throws IOException {
        int id = ids.incrementAndGet();
        JsonObject msg = new JsonObject();
        msg.put("id", id);
        msg.put("method", method);
        msg.put("params", params);
        if (session != null) {
            msg.put("sessionId", session);
        }
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        pending.put(id, reply);
        try {
            // sendText must not overlap with another send: one at a time
            synchronized (socket) {
                socket.sendText(JSON.toStringFlat(msg), true).get(COMMAND.toSeconds(), TimeUnit.SECONDS);
            }
            JsonObject r = reply.get(COMMAND.toSeconds(), TimeUnit.SECONDS);
            if (r.hasKey("error")) {
                throw new IOException(method + ": " + JSON.toStringFlat(r.get("error")));
            }
            return r.hasKey("result") ? r.getObj("result") : new JsonObject();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(method + " interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(method + ": no answer in " + COMMAND.toSeconds() + " s", e);
        } finally {
            pending.remove(id);
        }
    }

    private void receive(String text) {
        JsonObject m;
        try {
            m = JSON.parse(text);
        } catch (RuntimeException e) {
            unreadable.add(e.getMessage() + ": " + text.substring(0, Math.min(200, text.length())));
            return;
        }
        if (m.hasKey("id")) {
            CompletableFuture<JsonObject> f = pending.get(m.getNumber("id").intValue());
            if (f != null) {
                f.complete(m);
            }
        } else if (m.hasKey("sessionId")) {
            Tab tab = tabs.get(m.getString("sessionId"));
            if (tab != null) {
                tab.record(m);
            }
        }
    }

    /** Asks the browser to quit and waits for it (the profile directory is deleted after). */
    @Override
    public void close() throws InterruptedException {
        try {
            call(null, "Browser.close", new JsonObject());
        } catch (IOException e) {
            // the browser may drop the connection before it answers: waiting for the process is what counts
        }
        socket.abort();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    static JsonObject params(String key, String value) {
        JsonObject o = new JsonObject();
        o.put(key, value);
        return o;
    }

    /** One tab: its session, and the events it has sent since it was opened or last {@linkplain #clear() cleared}. */
    final class Tab implements AutoCloseable {
        private final String target;
        private final String session;
        private final List<JsonObject> events = new ArrayList<>();

        private Tab(String target, String session) {
            this.target = target;
            this.session = session;
        }

        private void record(JsonObject event) {
            synchronized (events) {
                events.add(event);
                events.notifyAll();
            }
        }

        /** Every event so far as {@code {method, params}}. */
        List<JsonObject> events() {
            synchronized (events) {
                return List.copyOf(events);
            }
        }

        /** The {@code params} of every event named {@code method} so far. */
        List<JsonObject> events(String method) {
            return events().stream().filter(e -> method.equals(e.getString("method")))
                    .map(e -> e.getObj("params")).toList();
        }

        void clear() {
            synchronized (events) {
                events.clear();
            }
        }

        JsonObject call(String method, JsonObject params) throws IOException {
            return Chromium.this.call(session, method, params);
        }

        /** Sets the layout viewport; {@code mobile} also makes the page honour its viewport meta tag, as a phone. */
        void viewport(int width, int height, boolean mobile) throws IOException {
            JsonObject p = new JsonObject();
            p.put("width", width);
            p.put("height", height);
            p.put("deviceScaleFactor", 1);
            p.put("mobile", mobile);
            call("Emulation.setDeviceMetricsOverride", p);
        }

        /**
         * Loads {@code url} and waits for its load event, then until no request has been in flight for
         * {@code quiet} (scripts that fetch data after load), at most {@code settle} after the load event.
         */
        void navigate(String url, Duration quiet, Duration settle) throws IOException, InterruptedException {
            clear();
            JsonObject r = call("Page.navigate", params("url", url));
            if (r.hasKey("errorText")) {
                throw new IOException(url + ": " + r.getString("errorText"));
            }
            settle(quiet, settle);
        }

        /**
         * Loads the page again from the server (as {@link #navigate} would, but also when only its #fragment
         * differs, where navigating stays in the document) and waits the same way.
         */
        void reload(Duration quiet, Duration settle) throws IOException, InterruptedException {
            clear();
            call("Page.reload", new JsonObject());
            settle(quiet, settle);
        }

        private void settle(Duration quiet, Duration settle) throws IOException, InterruptedException {
            awaitEvent(e -> e.getString("method").equals("Page.loadEventFired"), COMMAND);
            long end = System.nanoTime() + settle.toNanos();
            long quietSince = System.nanoTime();
            int seen = -1;
            while (System.nanoTime() < end) {
                List<JsonObject> now = events();
                if (now.size() != seen || inFlight(now) > 0) {
                    seen = now.size();
                    quietSince = System.nanoTime();
                } else if (System.nanoTime() - quietSince >= quiet.toNanos()) {
                    return;
                }
                Thread.sleep(50);
            }
        }

        private static int inFlight(List<JsonObject> events) {
            java.util.Set<String> open = new java.util.HashSet<>();
            for (JsonObject e : events) {
                String m = e.getString("method");
                JsonObject p = e.getObj("params");
                if (m.startsWith("Network.") && p.hasKey("requestId")) {
                    String id = p.getString("requestId");
                    if (m.equals("Network.requestWillBeSent")) {
                        open.add(id);
                    } else if (m.equals("Network.loadingFinished") || m.equals("Network.loadingFailed")) {
                        open.remove(id);
                    }
                }
            }
            return open.size();
        }

        /** Waits until an event matches (including one already recorded). */
        JsonObject awaitEvent(Predicate<JsonObject> wanted, Duration timeout) throws IOException, InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            synchronized (events) {
                while (true) {
                    for (JsonObject e : events) {
                        if (wanted.test(e)) {
                            return e;
                        }
                    }
                    long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                    if (left <= 0) {
                        throw new IOException("no such event in " + timeout.toSeconds() + " s; had: "
                                + events.stream().map(e -> e.getString("method")).toList());
                    }
                    events.wait(left);
                }
            }
        }

        /**
         * The value of a JavaScript expression in the page (JSON-able values only), or an IOException with the
         * page's error if it threw.
         */
        JsonValue eval(String expression) throws IOException {
            JsonObject p = params("expression", expression);
            p.put("returnByValue", true);
            JsonObject r = call("Runtime.evaluate", p);
            if (r.hasKey("exceptionDetails")) {
                throw new IOException(expression + ": " + JSON.toStringFlat(r.get("exceptionDetails")));
            }
            JsonObject result = r.getObj("result");
            return result.hasKey("value") ? result.get("value") : JsonNull.instance;
        }

        /** Polls {@code expression} until it is true (e.g. a script's "done" mark), at most {@code timeout}. */
        void waitFor(String expression, Duration timeout) throws IOException, InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (true) {
                JsonValue v = eval("!!(" + expression + ")");
                if (v.isBoolean() && v.getAsBoolean().value()) {
                    return;
                }
                if (System.nanoTime() > end) {
                    throw new IOException("still false after " + timeout.toSeconds() + " s: " + expression);
                }
                Thread.sleep(100);
            }
        }

        /** A PNG of the whole page (up to {@code maxHeight} CSS pixels tall) written to {@code png}. */
        void screenshot(Path png, int maxHeight) throws IOException {
            JsonObject metrics = call("Page.getLayoutMetrics", new JsonObject());
            JsonObject size = metrics.getObj("cssContentSize");
            JsonObject view = metrics.getObj("cssLayoutViewport");
            JsonObject clip = new JsonObject();
            clip.put("x", 0);
            clip.put("y", 0);
            clip.put("width", Math.max(size.getNumber("width").longValue(), view.getNumber("clientWidth").longValue()));
            clip.put("height", Math.min(maxHeight, Math.max(size.getNumber("height").longValue(),
                    view.getNumber("clientHeight").longValue())));
            clip.put("scale", 1);
            JsonObject p = params("format", "png");
            p.put("clip", clip);
            p.put("captureBeyondViewport", true);
            byte[] bytes = Base64.getDecoder().decode(call("Page.captureScreenshot", p).getString("data"));
            Files.createDirectories(png.toAbsolutePath().getParent());
            Files.write(png, bytes);
        }

        @Override
        public void close() throws IOException {
            Chromium.this.call(null, "Target.closeTarget", params("targetId", target));
            tabs.remove(session);
        }
    }

    /** Reassembles text messages that arrive in parts and hands each whole one on. */
    private static final class Listener implements WebSocket.Listener {
        private final java.util.function.Consumer<String> onMessage;
        private final StringBuilder part = new StringBuilder();

        Listener(java.util.function.Consumer<String> onMessage) {
            this.onMessage = onMessage;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            part.append(data);
            if (last) {
                String whole = part.toString();
                part.setLength(0);
                onMessage.accept(whole);
            }
            ws.request(1);
            return null;
        }
    }
}
