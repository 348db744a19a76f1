package io.itplan.core.graph;

import java.util.List;
import java.util.Objects;

/**
 * How to run a stand-in (a stub of a module, or a driver for it): the argv that starts it, how to tell
 * that it is ready (an {@code http://} URL or a TCP port), and an optional argv that stops it.
 */
public record StandInProvider(List<String> start, String ready, List<String> stop) {
    public StandInProvider {
        start = List.copyOf(Objects.requireNonNull(start, "start"));
        stop = stop == null ? List.of() : List.copyOf(stop);
    }
}
