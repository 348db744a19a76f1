package io.itplan.ui.canvas;

import io.itplan.core.plan.Role;
import io.itplan.core.plan.StepView;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link StepView#roles} and {@link StepView#drivenInPlaceOf} for every module of a step at once. StepView answers
 * for one module by going through all the step's drivers; a frame asks for thousands of modules, so the answers are
 * read off the step's stand-ins in one pass here, and a test holds them equal to StepView's.
 */
final class StepRoles {
    private final StepView step;
    private final Map<String, Set<Role>> roles = new HashMap<>();
    private final Map<String, Set<String>> drivenInPlaceOf = new HashMap<>();

    StepRoles(StepView step) {
        this.step = step;
        step.stubs()
                .keySet()
                .forEach(v -> roles.computeIfAbsent(v, k -> EnumSet.noneOf(Role.class))
                        .add(Role.STUB));
        step.drivers().forEach((v, clients) -> {
            for (String u : clients) {
                roles.computeIfAbsent(u, k -> EnumSet.noneOf(Role.class)).add(Role.DRIVER);
                drivenInPlaceOf.computeIfAbsent(u, k -> new TreeSet<>()).add(v);
            }
        });
    }

    StepView step() {
        return step;
    }

    /** The stand-in roles the module has in the step; none for most. */
    Set<Role> roles(String module) {
        return roles.getOrDefault(module, Set.of());
    }

    /** The modules whose drivers stand in place of the module. */
    Set<String> drivenInPlaceOf(String module) {
        return drivenInPlaceOf.getOrDefault(module, Set.of());
    }

    /** Whether the module is faded in the step: it comes later and nothing stands in for it. */
    boolean faded(String module) {
        return step.place(module) == StepView.Place.LATER && !roles.containsKey(module);
    }
}
