package org.nonji.nlp;

import java.lang.reflect.InvocationTargetException;
import java.util.Collection;
import java.util.Locale;

import org.nonji.ExitCodes;
import org.nonji.nlp.nori.NoriMorphAnalyzer;

/**
 * Chooses an analyser by name. KOMORAN is loaded reflectively because it is present only in jars built with
 * {@code mvn -Pkomoran package}; the default build has no compile-time dependency on it.
 */
public final class MorphAnalyzers {
    static final String KOMORAN_CLASS = "org.nonji.nlp.komoran.KomoranMorphAnalyzer";

    private MorphAnalyzers() {
    }

    /** The analyser called {@code name}; {@code userWords} are names that must stay whole (gazetteer labels). */
    public static MorphAnalyzer create(String name, Collection<String> userWords) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "nori":
                return new NoriMorphAnalyzer(userWords);
            case "komoran":
                return komoran(userWords);
            default:
                throw new NlpException("unknown analyzer '" + name + "': use nori or komoran", ExitCodes.USAGE);
        }
    }

    private static MorphAnalyzer komoran(Collection<String> userWords) {
        try {
            Class<?> type = Class.forName(KOMORAN_CLASS);
            return (MorphAnalyzer) type.getConstructor(Collection.class).newInstance(userWords);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new NlpException("the KOMORAN analyzer is not in this build; build with 'mvn -Pkomoran package' "
                    + "(needs the JitPack repository) or use --analyzer nori", ExitCodes.USAGE);
        } catch (InvocationTargetException e) {
            throw new NlpException("KOMORAN failed to start: " + e.getCause(), ExitCodes.RUNTIME, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new NlpException("KOMORAN adapter is broken: " + e, ExitCodes.INTERNAL, e);
        }
    }
}
