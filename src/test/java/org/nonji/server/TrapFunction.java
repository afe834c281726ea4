package org.nonji.server;

import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase0;

/** A class a query must never get loaded through {@code <java:org.nonji.server.TrapFunction>}: it says if it was. */
public final class TrapFunction extends FunctionBase0 {
    static {
        System.setProperty("nonji.trap.loaded", "true");
    }

    @Override
    public NodeValue exec() {
        return NodeValue.makeString("loaded");
    }
}
