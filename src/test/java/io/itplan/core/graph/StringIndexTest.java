package io.itplan.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The id index numbers strings in the order first added and agrees with a map on every lookup, by string or by
 * characters, with a right guess, a wrong one or none; absent strings say -1.
 */
class StringIndexTest {

    @Property(tries = 200)
    void agreesWithAMap(
            @ForAll @Size(max = 300) List<@StringLength(max = 6) String> added,
            @ForAll @Size(max = 50) List<@StringLength(max = 6) String> asked,
            @ForAll @IntRange(min = -1, max = 400) int guess) {
        StringIndex index = new StringIndex(added.size());
        Map<String, Integer> oracle = new HashMap<>();
        for (String s : added) {
            oracle.putIfAbsent(s, oracle.size());
            assertEquals(oracle.get(s), index.add(s));
        }
        assertEquals(oracle.size(), index.size());
        for (String s : added) {
            assertLooksUp(oracle.get(s), index, s, guess);
        }
        for (String s : asked) {
            assertLooksUp(oracle.getOrDefault(s, -1), index, s, guess);
        }
    }

    /** Every lookup of {@code s} gives {@code expected}: by string, by characters, guessing right and guessing {@code guess}. */
    private static void assertLooksUp(int expected, StringIndex index, String s, int guess) {
        char[] buffer = ("x" + s + "yz").toCharArray();
        assertEquals(expected, index.get(s));
        assertEquals(expected, index.get(buffer, 1, s.length()));
        assertEquals(expected, index.get(buffer, 1, s.length(), guess));
        assertEquals(expected, index.get(buffer, 1, s.length(), expected));
    }

    /** Ids that differ in a few digits, as generated and numbered modules do: each still found under its own number. */
    @Property(tries = 20)
    void numberedIdsEachKeepTheirNumber(@ForAll @IntRange(min = 1, max = 60_000) int n) {
        StringIndex index = new StringIndex(n);
        for (int i = 0; i < n; i++) {
            assertEquals(i, index.add(String.format("stub-m%05d", i)));
        }
        for (int i = 0; i < n; i++) {
            assertLooksUp(i, index, String.format("stub-m%05d", i), i == 0 ? 0 : i - 1);
        }
        assertLooksUp(-1, index, String.format("stub-m%05d", n), n - 1);
    }

    /** Lists of a plan keep the array of keys they were made with: it must still name their keys after growth. */
    @Test
    void anArrayOfKeysHandedOutKeepsItsKeysWhileTheIndexGrows() {
        StringIndex index = new StringIndex(2);
        for (int i = 0; i < 3; i++) {
            index.add("m" + i);
        }
        String[] early = index.keys();
        for (int i = 3; i < 1000; i++) {
            index.add("m" + i);
        }
        for (int i = 0; i < 3; i++) {
            assertEquals("m" + i, early[i]);
            assertEquals("m" + i, index.key(i));
        }
        assertEquals("m999", index.keys()[999]);
    }

    @Test
    void growsPastTheSizeItWasMadeFor() {
        StringIndex index = new StringIndex(2);
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, index.add("m" + i));
            assertEquals(i, index.add("m" + i));
        }
        for (int i = 0; i < 1000; i++) {
            assertLooksUp(i, index, "m" + i, 999 - i);
        }
        assertEquals(1000, index.size());
    }
}
