package org.nonji.nlp;

import java.util.Locale;

/**
 * Part-of-speech tags of the Sejong tag set that both Nori and KOMORAN use. Nori merges particles into {@code J}
 * and endings into {@code E}; KOMORAN keeps the fine tags. The predicates below hide that difference.
 */
public enum PosTag {
    NNG, NNP, NNB, NNBC, NR, NP,
    VV, VA, VX, VCP, VCN, VSV,
    MM, MAG, MAJ, IC,
    J, JKS, JKC, JKG, JKO, JKB, JKV, JKQ, JX, JC,
    E, EP, EF, EC, ETN, ETM,
    XPN, XSN, XSV, XSA, XR,
    SF, SE, SSO, SSC, SC, SY, SP, SO, SW,
    SL, SH, SN,
    NA, UNKNOWN;

    /** The tag for an analyser's tag name; unknown names map to {@link #UNKNOWN}. */
    public static PosTag of(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    public boolean isParticle() {
        // a switch, not a test on name(): asked for every piece of every word
        return switch (this) {
            case J, JKS, JKC, JKG, JKO, JKB, JKV, JKQ, JX, JC -> true;
            default -> false;
        };
    }

    public boolean isEnding() {
        return this == E || this == EP || this == EF || this == EC || this == ETN || this == ETM;
    }

    public boolean isNoun() {
        return this == NNG || this == NNP || this == NNB || this == NNBC || this == NR || this == NP;
    }

    /** Particles, endings, the copula and noun suffixes: what may follow a name inside one word. */
    public boolean isFunctional() {
        return isParticle() || isEnding() || this == VCP || this == XSN;
    }
}
