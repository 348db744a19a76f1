package io.itplan.core.plan;

import io.itplan.core.graph.StandInProvider;
import java.util.List;

/**
 * One stand-in built once for the whole plan: a <b>stub of {@code of}, serving</b> the clients {@code forModules}, or
 * a <b>driver of {@code of}, in place of</b> the clients {@code forModules} (DESIGN §3). The number of entries is
 * the generic count; the sum of {@code forModules} sizes is the specific count.
 *
 * @param of         the module the stand-in is of: the supplier a stub replaces, or the module a driver calls
 * @param forModules the clients: those a stub serves, or those in whose place a driver calls
 * @param provider   how to start it, or {@code null} when the graph does not say
 */
public record StandIn(String id, Role role, String of, List<String> forModules, StandInProvider provider) {
    public StandIn {
        forModules = List.copyOf(forModules);
    }

    /** "stub of v, serving a, b" or "driver of v, in place of a, b". */
    public String phrase() {
        return role.phrase(List.of(of), forModules);
    }
}
