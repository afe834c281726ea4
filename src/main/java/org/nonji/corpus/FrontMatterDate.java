package org.nonji.corpus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * A front-matter date read in the forms blogs write it and written as an XML Schema lexical form.
 *
 * <p>Accepted: {@code 2025-10-18}, then a time after {@code T} or a space ({@code 09:30}, {@code 09:30:00},
 * {@code 09:30:00.5}), then optionally an offset ({@code Z}, {@code +09:00}, {@code +0900}, {@code +09}, with or
 * without a space before it, as Jekyll writes {@code 2025-10-18 15:55:00 +0900}). The result always has seconds
 * ({@code 2025-10-18T09:30:00+09:00}): {@code LocalDateTime.toString()} drops {@code :00} seconds, which is not
 * a valid {@code xsd:dateTime}, and one such literal failed SHACL for the whole build.
 */
final class FrontMatterDate {
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .optionalStart()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalStart()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("[XXX][XX][X]")
            .optionalEnd()
            .optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    /** Seconds always written; a fraction only when there is one (xsd allows both). */
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendPattern("HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .toFormatter();
    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .append(LOCAL)
            .appendOffset("+HH:MM", "Z")
            .toFormatter();

    /** The shape, checked first: the formatter alone would take a date and time with nothing between them. */
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\d([Tt ]\\d\\d:\\d\\d(:\\d\\d(\\.\\d{1,9})?)? ?([Zz]|[+-]\\d\\d(:?\\d\\d)?)?)?");

    private FrontMatterDate() {
    }

    /**
     * The lexical form: an {@code xsd:date} ({@code 2025-10-18}) or an {@code xsd:dateTime}
     * ({@code 2025-10-18T09:30:00}, {@code 2025-10-18T09:30:00+09:00}); empty when {@code s} is no such date.
     */
    static Optional<String> lexical(String s) {
        String v = s.strip();
        if (!SHAPE.matcher(v).matches() || v.startsWith("0000")) {
            return Optional.empty();   // year 0 is not an xsd:date in XML Schema 1.0
        }
        TemporalAccessor t;
        try {
            t = READ.parseBest(v, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        if (t instanceof OffsetDateTime o) {
            return Optional.of(OFFSET.format(o));
        }
        if (t instanceof LocalDateTime l) {
            return Optional.of(LOCAL.format(l));
        }
        return Optional.of(DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) t));
    }
}
