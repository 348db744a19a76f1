package io.itplan.core.plan;

import java.util.ArrayList;
import java.util.List;

/** The disagreements the plan checker finds, at most {@value #LIMIT} of them listed. */
final class Problems {
    static final int LIMIT = 200;
    private final List<String> list = new ArrayList<>();

    void add(String text) {
        if (list.size() < LIMIT) {
            list.add(text);
        } else if (list.size() == LIMIT) {
            list.add("... more disagreements not listed");
        }
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<String> list() {
        return List.copyOf(list);
    }
}
