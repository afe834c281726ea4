package org.nonji.syntax;

import java.util.Objects;

/**
 * A name found before parsing (a gazetteer entity or a candidate) at {@code [begin, end)}: the parser keeps a word
 * that starts with a name a noun whatever the analyser made of it (하이탄정밀 is no verb), coordinates names of one
 * group (갈륨과 게르마늄), and treats agentive names as possible speakers.
 *
 * @param group    what kind of thing it names (the ontology's top class, e.g. Actor, Asset)
 * @param agentive whether it can speak or act (an actor, a person, a candidate name)
 */
public record Name(int begin, int end, String group, boolean agentive) {
    public Name {
        Objects.requireNonNull(group, "group");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad name span " + begin + "-" + end);
        }
    }
}
