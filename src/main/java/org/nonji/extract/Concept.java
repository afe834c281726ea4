package org.nonji.extract;

import java.util.List;
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
}
