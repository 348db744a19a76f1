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

/** The id index agrees with a map on every lookup, the first number of a string wins, and absent strings say -1. */
class StringIndexTest {

    @Property(tries = 200)
    void agreesWithAMap(
            @ForAll @Size(max = 300) List<@StringLength(max = 6) String> put,
            @ForAll @Size(max = 50) List<@StringLength(max = 6) String> asked) {
        StringIndex index = new StringIndex(put.size());
        Map<String, Integer> oracle = new HashMap<>();
        for (int i = 0; i < put.size(); i++) {
            Integer had = oracle.putIfAbsent(put.get(i), i);
            assertEquals(had == null ? -1 : had, index.putIfAbsent(put.get(i), i));
        }
        assertEquals(oracle.size(), index.size());
        for (String s : put) {
            assertEquals(oracle.get(s), index.get(s));
        }
        for (String s : asked) {
            assertEquals(oracle.getOrDefault(s, -1), index.get(s));
        }
    }

    /** Ids that differ in a few digits, as generated and numbered modules do: each still found under its own number. */
    @Property(tries = 20)
    void numberedIdsEachKeepTheirNumber(@ForAll @IntRange(min = 1, max = 60_000) int n) {
        StringIndex index = new StringIndex(n);
        for (int i = 0; i < n; i++) {
            index.putIfAbsent(String.format("stub-m%05d", i), i);
        }
        for (int i = 0; i < n; i++) {
            assertEquals(i, index.get(String.format("stub-m%05d", i)));
        }
        assertEquals(-1, index.get(String.format("stub-m%05d", n)));
    }

    @Test
    void growsPastTheSizeItWasMadeFor() {
        StringIndex index = new StringIndex(2);
        for (int i = 0; i < 1000; i++) {
            assertEquals(-1, index.putIfAbsent("m" + i, i));
        }
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, index.get("m" + i));
        }
        assertEquals(1000, index.size());
    }
}
