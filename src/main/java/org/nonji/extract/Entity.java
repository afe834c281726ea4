package org.nonji.extract;

import java.util.List;
import java.util.Objects;

/**
 * A named thing: a gazetteer individual, or a candidate minted from an unknown proper noun.
 *
 * @param iri     the entity's IRI
 * @param type    local name of its most specific class (Company, Strategy, Candidate…)
 * @param kind    its top class
 * @param labelKo Korean label ("" if none)
 * @param labelEn English label ("" if none)
 * @param surfaces every surface form that names it (labels and aliases)
 */
public record Entity(String iri, String type, Kind kind, String labelKo, String labelEn, List<String> surfaces) {
    public Entity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(labelKo, "labelKo");
        Objects.requireNonNull(labelEn, "labelEn");
        surfaces = List.copyOf(Objects.requireNonNull(surfaces, "surfaces"));
    }

    /** The label to show: Korean first, else English, else the IRI's last segment. */
    public String label() {
        if (!labelKo.isEmpty()) {
            return labelKo;
        }
        return labelEn.isEmpty() ? iri.substring(iri.lastIndexOf('/') + 1) : labelEn;
    }

    /** The IRI's last path segment: the slug for gazetteer entities. */
    public String slug() {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
