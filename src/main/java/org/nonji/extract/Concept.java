package org.nonji.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A concept an essay argues about: a noun phrase no gazetteer entity heads (수출 다변화를 통한 위험 분산), as an
 * entity of kind {@link Kind#CONCEPT} whose type is the class its head noun names (Strategy, Risk, Policy…) or
 * Concept, with the entities named inside it.
 */
public record Concept(Entity entity, List<Entity> about) {
    public Concept {
        Objects.requireNonNull(entity, "entity");
        about = List.copyOf(about);
    }

    /** Both lists' concepts once each, in order of first appearance; one in both is about what either names. */
    public static List<Concept> merge(List<Concept> a, List<Concept> b) {
        Map<String, Concept> out = new LinkedHashMap<>();
        for (Concept c : a) {
            out.put(c.entity().iri(), c);
        }
        for (Concept c : b) {
            out.merge(c.entity().iri(), c, (old, more) -> {
                List<Entity> about = new ArrayList<>(old.about());
                more.about().stream().filter(e -> !about.contains(e)).forEach(about::add);
                return new Concept(old.entity(), about);
            });
        }
        return List.copyOf(out.values());
    }
}
