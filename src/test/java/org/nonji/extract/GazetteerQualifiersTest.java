package org.nonji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nonji.Namespaces;
import org.nonji.TestKit;

/** The owner names the bundled gazetteer derives from its own labels (TSMC 애리조나 공장 → 애리조나 공장 is TSMC's). */
class GazetteerQualifiersTest {
    private final Gazetteer gazetteer = TestKit.gazetteer();

    private Entity entity(String slug) {
        return gazetteer.get(Namespaces.ENTITY + slug);
    }

    @Test
    void aPlantAliasIsItsCompanys() {
        assertEquals(List.of("TSMC"), gazetteer.qualifiers(entity("tsmc-arizona"), "애리조나 공장"));
    }

    @Test
    void anInstitutionAliasIsItsCountrys() {
        assertTrue(gazetteer.qualifiers(entity("us-department-of-state"), "국무부").contains("미국"));
    }

    @Test
    void aCompanyNameHasNoOwner() {
        assertEquals(List.of(), gazetteer.qualifiers(entity("tsmc"), "TSMC"));   // 대만 TSMC: a place, not an owner
    }

    @Test
    void aPlaceBeforeTheAliasIsNoOwner() {
        assertEquals(List.of("삼성"), gazetteer.qualifiers(entity("taylor-fab"), "테일러 공장"));   // not 텍사스
    }
}
