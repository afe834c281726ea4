package org.nonji.export;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The entity graph that visualisation formats carry: entities (and essays' authors) as nodes, typed relations,
 * stances and optionally co-mentions as edges, each edge with its weight (number of evidence sentences) and an
 * example quote.
 */
public record EntityGraph(List<Node> nodes, List<Edge> edges) {
    /** A node: IRI, labels, kind (top class or Author), most specific type, mention count, essays naming it. */
    public record Node(String id, String labelKo, String labelEn, String kind, String type, int mentions,
                       List<String> essays) {
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(labelKo, "labelKo");
            Objects.requireNonNull(labelEn, "labelEn");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(type, "type");
            essays = List.copyOf(essays);
        }

        /** Korean label, else English, else the IRI's last segment. */
        public String label() {
            if (!labelKo.isEmpty()) {
                return labelKo;
            }
            return labelEn.isEmpty() ? id.substring(id.lastIndexOf('/') + 1) : labelEn;
        }
    }

    /**
     * An edge: {@code type} is the relation's local name (suppliesTo…), {@code stance} or {@code coMention};
     * {@code polarity} is set for stances only.
     */
    public record Edge(String id, String source, String target, String type, String polarity, int weight,
                       String quote) {
        public Edge {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(polarity, "polarity");
            Objects.requireNonNull(quote, "quote");
        }
    }

    public EntityGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** Nodes by id. */
    public Map<String, Node> nodesById() {
        Map<String, Node> m = new java.util.LinkedHashMap<>();
        nodes.forEach(n -> m.put(n.id(), n));
        return m;
    }
}
