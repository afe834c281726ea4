package org.nonji.server;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * REGEX and REPLACE whose matching stops at the query's deadline. {@code java.util.regex} never looks at the
 * query timeout or at an interrupt, so {@code REGEX("a"×5000, "(.*a){12}b")} would backtrack for ever on a server
 * thread; here the matcher reads its input through a {@link CharSequence} that checks the deadline (and the query's
 * cancel signal) as it is read, and the query fails with {@link QueryCancelledException}, which Fuseki answers
 * with 503. Installed per dataset as the optimizer, which rewrites the query's expressions before the standard
 * optimizer runs (and before it folds constant expressions, which would run a constant REGEX at once).
 */
final class DeadlineRegex {
    private DeadlineRegex() {
    }

    /**
     * The standard optimizer, after a rewrite of every REGEX and REPLACE to a deadline-bound one; {@code planned}
     * sees the context of each query as it is planned (for its cancel signal).
     */
    static RewriteFactory optimizer(long timeoutMillis, java.util.function.Consumer<Context> planned) {
        return context -> {
            planned.accept(context);
            var standard = Optimize.stdOptimizationFactory.create(context);
            Deadline deadline = new Deadline(System.nanoTime() + timeoutMillis * 1_000_000L,
                    Context.getCancelSignal(context));
            ExprTransformCopy bound = new ExprTransformCopy() {
                @Override
                public Expr transform(ExprFunctionN func, ExprList args) {
                    if (func instanceof Regex || func instanceof Replace) {
                        return super.transform(func, args);
                    }
                    if (func instanceof E_Regex) {
                        return new Regex(args, deadline);
                    }
                    if (func instanceof E_StrReplace) {
                        return new Replace(args, deadline);
                    }
                    return super.transform(func, args);
                }
            };
            return op -> standard.rewrite(Transformer.transform(new TransformCopy(), bound, op));
        };
    }

    /** When matching must stop: a point in {@link System#nanoTime()} time, or the query being cancelled. */
    record Deadline(long nanos, AtomicBoolean cancelled) {
        void check(FunctionEnv env) {
            AtomicBoolean signal = env == null ? null : Context.getCancelSignal(env.getContext());
            if (System.nanoTime() > nanos || cancelled != null && cancelled.get() || signal != null && signal.get()
                    || Thread.currentThread().isInterrupted()) {
                throw new QueryCancelledException();
            }
        }
    }

    /** The text being matched, checking the deadline every few thousand reads. */
    static final class Chars implements CharSequence {
        private final String s;
        private final Deadline deadline;
        private final FunctionEnv env;
        private int reads;

        Chars(String s, Deadline deadline, FunctionEnv env) {
            this.s = s;
            this.deadline = deadline;
            this.env = env;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0) {
                deadline.check(env);
            }
            return s.charAt(index);
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.substring(start, end);
        }

        @Override
        public String toString() {
            return s;
        }
    }

    /** The pattern compiled once when pattern and flags are constants, else null (compiled per row). */
    private static Pattern constant(String label, Expr pattern, Expr flags) {
        if (!pattern.isConstant() || flags != null && !flags.isConstant()) {
            return null;
        }
        try {
            return pattern(label, pattern.getConstant(), flags == null ? null : flags.getConstant());
        } catch (ExprEvalException e) {
            return null;
        }
    }

    private static Pattern pattern(String label, NodeValue pattern, NodeValue flags) {
        if (!pattern.isString() || flags != null && !flags.isString()) {
            throw new ExprEvalException(label + ": pattern and flags must be strings");
        }
        String f = flags == null ? null : flags.getString();
        if (f != null && !f.matches("[smixq]*")) {
            throw new ExprEvalException(label + ": only 'smixq' are legal as pattern flags");
        }
        return RegexEngine.makePattern(label, pattern.getString(), f);
    }

    /** REGEX(text, pattern [, flags]) with java.util.regex, as ARQ's default, bound by the deadline. */
    static final class Regex extends E_Regex {
        private final Deadline deadline;
        private final Pattern constant;

        Regex(ExprList args, Deadline deadline) {
            super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
            this.deadline = deadline;
            this.constant = constant("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
            Pattern p = constant != null ? constant
                    : pattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
            Matcher m = p.matcher(new Chars(text.getLiteralLexicalForm(), deadline, env));
            return m.find() ? NodeValue.TRUE : NodeValue.FALSE;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Regex(newArgs, deadline);
        }
    }

    /** REPLACE(text, pattern, replacement [, flags]) as ARQ does it, bound by the deadline. */
    static final class Replace extends E_StrReplace {
        private final Deadline deadline;
        private final Pattern constant;

        Replace(ExprList args, Deadline deadline) {
            super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
            this.deadline = deadline;
            this.constant = constant("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
            String rep = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
            Pattern p = constant != null ? constant
                    : pattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
            String lex = text.getLiteralLexicalForm();
            Matcher m = p.matcher(new Chars(lex, deadline, env));
            StringBuilder sb = null;
            try {
                while (m.find()) {
                    if (sb == null) {
                        sb = new StringBuilder();
                    } else if (m.start() == m.end()) {
                        continue;   // as ARQ: one empty match at most, unlike Matcher.replaceAll
                    }
                    m.appendReplacement(sb, rep);
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: bad replacement: " + e.getMessage());
            }
            if (sb == null) {
                return args.get(0);
            }
            m.appendTail(sb);
            String result = sb.toString();
            if (result.equals(lex)) {
                return args.get(0);
            }
            return NodeValue.makeNode(NodeFactory.createLiteral(result, text.getLiteralLanguage(),
                    text.getLiteralDatatype()));
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs, deadline);
        }
    }
}
