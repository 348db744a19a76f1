package io.itplan.core.plan;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One step of a plan as the rule sees it (made by {@link PlanChecker#stepView}): the modules integrated before it,
 * the ones it integrates, its stand-ins and the dependencies it tests. Views of the plan — the canvas, the picture,
 * the report — take their answers from here.
 *
 * @param stubs   each <b>stub of v, serving u…</b>: v (outside the subsystem) to the clients it serves (inside)
 * @param drivers each <b>driver of v, in place of u…</b>: v (inside the subsystem) to the absent clients (outside)
 */
public record StepView(
        String step,
        Set<String> before,
        Set<String> integrated,
        Map<String, Set<String>> stubs,
        Map<String, Set<String>> drivers,
        Set<DependencyRef> tested) {

    /** Where a module stands in the step: integrated before it, integrated by it, or not yet integrated. */
    public enum Place {
        DONE,
        NEW,
        LATER
    }

    public StepView {
        before = Collections.unmodifiableSet(new TreeSet<>(before));
        integrated = Collections.unmodifiableSet(new TreeSet<>(integrated));
        stubs = frozen(stubs);
        drivers = frozen(drivers);
        tested = Collections.unmodifiableSet(new TreeSet<>(tested));
    }

    private static Map<String, Set<String>> frozen(Map<String, Set<String>> m) {
        Map<String, Set<String>> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, Collections.unmodifiableSet(new TreeSet<>(v))));
        return Collections.unmodifiableMap(out);
    }

    public Place place(String module) {
        if (integrated.contains(module)) {
            return Place.NEW;
        }
        return before.contains(module) ? Place.DONE : Place.LATER;
    }

    /**
     * The stand-in roles a module has in the step: {@link Role#STUB} when a stub of it serves the subsystem,
     * {@link Role#DRIVER} when a driver stands in its place; both can apply.
     */
    public Set<Role> roles(String module) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (stubs.containsKey(module)) {
            roles.add(Role.STUB);
        }
        if (!drivenInPlaceOf(module).isEmpty()) {
            roles.add(Role.DRIVER);
        }
        return roles;
    }

    /** The modules whose drivers stand in place of {@code client}: empty when none does. */
    public Set<String> drivenInPlaceOf(String client) {
        Set<String> of = new TreeSet<>();
        drivers.forEach((v, clients) -> {
            if (clients.contains(client)) {
                of.add(v);
            }
        });
        return of;
    }

    /**
     * The full phrase for a role a module has in the step — "stub of v, serving a, b" or "drivers of x, y, in place
     * of v" — or null when it does not have that role.
     */
    public String phrase(String module, Role role) {
        if (role == Role.STUB) {
            Set<String> served = stubs.get(module);
            return served == null ? null : Role.STUB.phrase(Set.of(module), served);
        }
        Set<String> of = drivenInPlaceOf(module);
        return of.isEmpty() ? null : Role.DRIVER.phrase(of, Set.of(module));
    }
}
