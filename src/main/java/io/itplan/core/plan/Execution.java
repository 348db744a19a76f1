package io.itplan.core.plan;

import java.util.Map;
import java.util.TreeMap;

/**
 * How a step's commands run: environment, working directory, ISO-8601 timeout and what happens to other
 * steps when it fails. In a step's overrides any field may be {@code null} (inherit the plan default).
 */
public record Execution(Map<String, String> env, String workingDirectory, String timeout, String onFailure) {
    public static final Execution DEFAULTS = new Execution(Map.of(), ".", "PT30M", "skip-dependents");

    public Execution {
        env = env == null ? null : java.util.Collections.unmodifiableMap(new TreeMap<>(env));
    }
}
