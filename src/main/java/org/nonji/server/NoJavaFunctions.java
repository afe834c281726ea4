package org.nonji.server;

import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Function registries for the served dataset that know no {@code java:} IRIs. ARQ loads the class a
 * {@code <java:some.Class>} function or property function names, running its static initialiser and constructor,
 * for anyone who can send a query; here such an IRI is simply an unknown function (an evaluation error, or no
 * property function), while every registered function (the standard library, jena-text's {@code text:query})
 * is found as before.
 */
final class NoJavaFunctions {
    private NoJavaFunctions() {
    }

    /** Puts both registries in {@code context}, delegating to the global ones for every other IRI. */
    static void install(Context context) {
        FunctionRegistry.set(context, new Functions());
        PropertyFunctionRegistry.set(context, new PropertyFunctions());
    }

    static boolean isJava(String uri) {
        return uri != null && uri.regionMatches(true, 0, "java:", 0, 5);
    }

    private static final class Functions extends FunctionRegistry {
        @Override
        public FunctionFactory get(String uri) {
            return isJava(uri) ? null : FunctionRegistry.get().get(uri);
        }

        @Override
        public boolean isRegistered(String uri) {
            return !isJava(uri) && FunctionRegistry.get().isRegistered(uri);
        }
    }

    private static final class PropertyFunctions extends PropertyFunctionRegistry {
        @Override
        public boolean manages(String uri) {
            return !isJava(uri) && PropertyFunctionRegistry.get().manages(uri);
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            return isJava(uri) ? null : PropertyFunctionRegistry.get().get(uri);
        }

        @Override
        public boolean isRegistered(String uri) {
            return !isJava(uri) && PropertyFunctionRegistry.get().isRegistered(uri);
        }
    }
}
