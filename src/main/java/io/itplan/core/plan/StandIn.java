package io.itplan.core.plan;

import io.itplan.core.graph.StandInProvider;
import java.util.List;

/**
 * One stand-in built once for the whole plan: a stub of {@code replaces} serving the clients listed in
 * {@code forModules}, or a driver for {@code replaces} calling it in place of those clients. The number of
 * entries is the generic count; the sum of {@code forModules} sizes is the specific count.
 *
 * @param provider how to start it, or {@code null} when the graph does not say
 */
public record StandIn(String id, Role role, String replaces, List<String> forModules, StandInProvider provider) {
    public StandIn {
        forModules = List.copyOf(forModules);
    }
}
