package org.nonji.corpus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Jekyll-style YAML front matter ({@code ---} ... {@code ---}) at the start of an essay.
 *
 * <p>Parsed with snakeyaml-engine's YAML 1.2 core schema, which builds only maps, lists and scalars (no type tags
 * to classes), with duplicate keys rejected and aliases capped so an alias bomb fails fast.
 */
public record FrontMatter(int end, Map<String, Object> fields) {
    private static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;
    private static final DateTimeFormatter JEKYLL_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[ Z][ XXX]");

    /** Front matter of the text, if it opens with one; {@code end} is the offset just after the closing line. */
    public static Optional<FrontMatter> parse(String file, String text) {
        if (!text.startsWith("---\n")) {
            return Optional.empty();
        }
        int close = findClose(text);
        if (close < 0) {
            throw new CorpusException(file, "malformed front matter: no closing '---' line");
        }
        if (close > MAX_FRONT_MATTER_CHARS) {
            throw new CorpusException(file, "malformed front matter: longer than " + MAX_FRONT_MATTER_CHARS + " chars");
        }
        String yaml = text.substring(4, close);
        int end = text.indexOf('\n', close + 1);
        end = end < 0 ? text.length() : end + 1;
        LoadSettings settings = LoadSettings.builder()
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(20)
                .setCodePointLimit(MAX_FRONT_MATTER_CHARS)
                .setLabel(file)
                .build();
        Object loaded;
        try {
            loaded = new Load(settings).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new CorpusException(file, "malformed front matter: " + firstLine(e.getMessage()));
        }
        if (loaded == null) {
            return Optional.of(new FrontMatter(end, Map.of()));
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new CorpusException(file, "malformed front matter: expected 'key: value' lines");
        }
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> fields.put(String.valueOf(k), v));
        return Optional.of(new FrontMatter(end, fields));
    }

    /** A scalar field as trimmed text; lists and maps are a malformed front matter. */
    public Optional<String> text(String file, String key) {
        Object v = fields.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            throw new CorpusException(file, "malformed front matter: '" + key + "' must be a single value");
        }
        String s = EssayText.normalize(String.valueOf(v)).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** A list field ({@code [a, b]}, a block list, or one comma-separated string), each entry trimmed. */
    public List<String> list(String file, String key) {
        Object v = fields.get(key);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> || item instanceof List<?>) {
                    throw new CorpusException(file, "malformed front matter: '" + key + "' must list plain values");
                }
                if (item != null && !String.valueOf(item).isBlank()) {
                    out.add(EssayText.normalize(String.valueOf(item)).strip());
                }
            }
        } else if (v instanceof Map<?, ?>) {
            throw new CorpusException(file, "malformed front matter: '" + key + "' must be a list");
        } else if (v != null) {
            for (String part : String.valueOf(v).split(",")) {
                if (!part.isBlank()) {
                    out.add(EssayText.normalize(part).strip());
                }
            }
        }
        return out;
    }

    /**
     * The date as ISO-8601 ({@code 2025-10-18} or {@code 2025-10-18T15:55:46+09:00}); an unparseable date is a
     * malformed front matter rather than a silently wrong timeline.
     */
    public Optional<String> date(String file) {
        Optional<String> raw = text(file, "date");
        if (raw.isEmpty()) {
            return raw;
        }
        String s = raw.get();
        try {
            return Optional.of(LocalDate.parse(s).toString());
        } catch (DateTimeParseException e) {
            // not a plain date; try a timestamp below
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toString());
        } catch (DateTimeParseException e) {
            // not ISO; try Jekyll's "2025-10-18 15:55:46 +0900"
        }
        try {
            var parsed = JEKYLL_DATE.parseBest(s, OffsetDateTime::from, java.time.LocalDateTime::from);
            return Optional.of(parsed.toString());
        } catch (DateTimeParseException e) {
            throw new CorpusException(file, "malformed front matter: date " + org.nonji.NonjiException.quote(s)
                    + " is not YYYY-MM-DD[ HH:MM:SS[ +ZZZZ]]");
        }
    }

    private static int findClose(String text) {
        int from = 3;
        while (true) {
            int nl = text.indexOf('\n', from);
            if (nl < 0) {
                return -1;
            }
            int lineEnd = text.indexOf('\n', nl + 1);
            String line = text.substring(nl + 1, lineEnd < 0 ? text.length() : lineEnd).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return nl + 1;
            }
            from = nl + 1;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable YAML";
        }
        String s = message.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
