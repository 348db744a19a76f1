package io.itplan.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Ids made from any module id are valid ids, unique among those taken, and read like the module's name. */
class PlanIdsTest {

    @Test
    void accentsAreDroppedAndEverythingElseBecomesOneDash() {
        Set<String> taken = new HashSet<>();
        assertEquals("stub-creme-brulee-v2", PlanIds.unique("stub", "  Crème Brûlée (v2)!", taken));
        assertEquals("stub-creme-brulee-v2-2", PlanIds.unique("stub", "crème_brûlée.v2", taken));
        assertEquals("step-x", PlanIds.unique("step", "日本", taken));
    }

    @Test
    void longIdsAreCutToSixtyThreeCharactersWithoutATrailingDash() {
        Set<String> taken = new HashSet<>();
        String first = PlanIds.unique("stub", "a".repeat(57) + "-b" + "c".repeat(20), taken);
        assertEquals("stub-" + "a".repeat(57), first);
        String second = PlanIds.unique("stub", "a".repeat(57) + "-d", taken);
        assertEquals("stub-" + "a".repeat(56) + "-2", second);
        assertEquals(63, second.length());
    }

    @Property(tries = 300)
    void everyIdIsValidAndNew(@ForAll String moduleId, @ForAll String other) {
        Set<String> taken = new HashSet<>();
        String a = PlanIds.unique("stub", moduleId, taken);
        String b = PlanIds.unique("stub", moduleId, taken);
        String c = PlanIds.unique("driver", other, taken);
        assertTrue(PlanIds.isValid(a), a);
        assertTrue(PlanIds.isValid(b), b);
        assertTrue(PlanIds.isValid(c), c);
        assertEquals(3, Set.of(a, b, c).size());
        assertEquals(Set.of(a, b, c), taken);
    }
}
