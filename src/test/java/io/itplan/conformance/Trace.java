package io.itplan.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.StandIn;
import io.itplan.core.plan.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a consumer did with a plan, as the steps' commands and the stand-ins wrote it down: {@code begin STEP}, {@code
 * end STEP RC}, {@code start STANDIN}, {@code stop STANDIN}, one line each, in the order they happened.
 */
record Trace(List<String[]> events) {
    static Trace read(Path file) throws IOException {
        List<String[]> events = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    events.add(line.split(" ", 3));
                }
            }
        }
        return new Trace(events);
    }

    /** Each step that ran, with passed or failed; steps that did not run are absent. */
    Map<String, String> results() {
        Map<String, String> out = new TreeMap<>();
        for (String[] e : events) {
            if (e[0].equals("end")) {
                out.put(e[1], e[2].equals("0") ? "passed" : "failed");
            }
        }
        return out;
    }

    Set<String> started() {
        Set<String> out = new TreeSet<>();
        events.stream().filter(e -> e[0].equals("start")).forEach(e -> out.add(e[1]));
        return out;
    }

    private int index(String kind, String name, int from) {
        for (int i = from; i < events.size(); i++) {
            if (events.get(i)[0].equals(kind) && events.get(i)[1].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The rules every consumer must keep, checked on this trace alone: every step ran after the steps it comes after
     * ended; each stand-in a step needs was started before it began and not stopped before it ended; every stand-in
     * started was stopped by the end.
     */
    void assertKeepsThePlan(IntegrationPlan plan, String who) {
        Map<String, StandIn> doubles = new TreeMap<>();
        plan.doubles().forEach(d -> doubles.put(d.id(), d));
        for (Step s : plan.steps()) {
            int begin = index("begin", s.id(), 0);
            if (begin < 0) {
                continue;
            }
            int end = index("end", s.id(), begin);
            assertTrue(end > begin, who + ": step " + s.id() + " began and never ended");
            for (String a : s.after()) {
                int endBefore = index("end", a, 0);
                assertTrue(
                        endBefore >= 0 && endBefore < begin || !results().containsKey(a),
                        who + ": " + s.id() + " began before " + a + " ended");
            }
            List<String> needs = new ArrayList<>(s.stubs());
            needs.addAll(s.drivers());
            for (String d : needs) {
                if (doubles.get(d).provider() == null) {
                    continue;
                }
                int start = -1;
                for (int i = 0; i < begin; i++) {
                    if (events.get(i)[0].equals("start") && events.get(i)[1].equals(d)) {
                        start = i;
                    }
                }
                assertTrue(start >= 0, who + ": stand-in " + d + " was not started before step " + s.id());
                int stop = index("stop", d, start);
                assertTrue(
                        stop < 0 || stop > end, who + ": stand-in " + d + " stopped before step " + s.id() + " ended");
            }
        }
        Map<String, Integer> running = new TreeMap<>();
        for (String[] e : events) {
            if (e[0].equals("start")) {
                running.merge(e[1], 1, Integer::sum);
            } else if (e[0].equals("stop")) {
                running.merge(e[1], -1, Integer::sum);
            }
        }
        running.forEach((d, n) -> assertEquals(0, n, who + ": stand-in " + d + " was started and not stopped"));
    }
}
