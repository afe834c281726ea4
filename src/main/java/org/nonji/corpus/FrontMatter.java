package org.nonji.corpus;

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

    /** A scalar field as trimmed text; lists, maps and values that are not plain text are a malformed front matter. */
    public Optional<String> text(String file, String key) {
        Object v = fields.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            throw new CorpusException(file, "malformed front matter: '" + key + "' must be a single value");
        }
        String s = EssayText.normalize(plain(file, key, v)).strip();
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
                if (item != null && !plain(file, key, item).isBlank()) {
                    out.add(EssayText.normalize(plain(file, key, item)).strip());
                }
            }
        } else if (v instanceof Map<?, ?>) {
            throw new CorpusException(file, "malformed front matter: '" + key + "' must be a list");
        } else if (v != null) {
            for (String part : plain(file, key, v).split(",")) {
                if (!part.isBlank()) {
                    out.add(EssayText.normalize(part).strip());
                }
            }
        }
        return out;
    }

    /**
     * The date as an {@code xsd:date} or {@code xsd:dateTime} lexical form ({@link FrontMatterDate}); an
     * unparseable date is a malformed front matter rather than a silently wrong timeline.
     */
    public Optional<String> date(String file) {
        Optional<String> raw = text(file, "date");
        if (raw.isEmpty()) {
            return raw;
        }
        String s = raw.get();
        return Optional.of(FrontMatterDate.lexical(s).orElseThrow(() -> new CorpusException(file,
                "malformed front matter: date " + org.nonji.NonjiException.quote(s)
                        + " is not YYYY-MM-DD[ HH:MM[:SS][ +ZZ:ZZ]]")));
    }

    /**
     * A scalar as the text it was written as. The core schema also builds byte arrays ({@code !!binary}), sets
     * ({@code !!set}) and infinite numbers ({@code 1e999}, {@code .inf}), which would print as {@code [B@1f2a},
     * {@code [a, b]} or {@code Infinity}: such a value is refused with the field's name rather than stored.
     */
    private static String plain(String file, String key, Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger) {
            return String.valueOf(v);
        }
        if (v instanceof Double d && Double.isFinite(d)) {
            return String.valueOf(v);
        }
        String what = v instanceof byte[] ? "binary data (!!binary)"
                : v instanceof java.util.Set<?> ? "a set (!!set)"
                : v instanceof Double ? "a number that is not finite (" + v + ")"
                : "a " + v.getClass().getSimpleName();
        throw new CorpusException(file, "malformed front matter: '" + key + "' must be plain text, not " + what);
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
