package io.itplan.core.export;

import io.itplan.core.plan.Execution;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.StandIn;
import io.itplan.core.plan.Step;
import io.itplan.core.text.TerminalText;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The plan as every export needs it, with {@code itplan run}'s meaning spelled out per step: the settings it runs
 * with, the stand-ins it needs, and which earlier steps hold it back when they do not pass. A step blocks the steps
 * after it when it fails or is skipped, unless its {@code onFailure} is {@code continue}; a failed {@code stop} step
 * keeps every later step from starting; a step without a command is not run and blocks nothing.
 */
final class ExportSteps {
    /** How long a stand-in may take to get ready, as {@code itplan run}'s default. */
    static final int READY_SECONDS = 60;

    /**
     * One step as the exports write it.
     *
     * @param folder    its working directory relative to where the export runs
     * @param timeout   its timeout, for each command, as {@code itplan run} counts it
     * @param standIns  the stand-ins it needs, stubs first
     * @param stopSteps the {@code stop} steps before it (in earlier waves, not among its ancestors) whose failure keeps
     *                  it from starting
     */
    record ExportStep(
            Step step,
            SortedMap<String, String> env,
            String folder,
            Duration timeout,
            String onFailure,
            List<StandIn> standIns,
            List<String> stopSteps) {
        String id() {
            return step.id();
        }

        boolean hasCommands() {
            return !step.run().isEmpty();
        }

        boolean continues() {
            return onFailure.equals("continue");
        }

        boolean stops() {
            return onFailure.equals("stop");
        }

        String displayName() {
            return step.name() == null || step.name().isEmpty() ? step.id() : step.name();
        }
    }

    private final IntegrationPlan plan;
    private final ExportOptions options;
    private final List<ExportStep> steps = new ArrayList<>();
    private final Map<String, ExportStep> byId = new java.util.HashMap<>();
    private final List<List<ExportStep>> waves = new ArrayList<>();

    ExportSteps(IntegrationPlan plan, ExportOptions options) {
        this.plan = plan;
        this.options = options;
        Map<String, StandIn> doubles = new java.util.HashMap<>();
        plan.doubles().forEach(d -> doubles.put(d.id(), d));
        Map<String, Set<String>> ancestors = new java.util.HashMap<>();
        List<List<Step>> stepWaves = Waves.of(plan);
        Map<String, Integer> waveOf = new java.util.HashMap<>();
        for (int w = 0; w < stepWaves.size(); w++) {
            for (Step s : stepWaves.get(w)) {
                waveOf.put(s.id(), w);
            }
        }
        for (Step s : plan.steps()) {
            Set<String> anc = new LinkedHashSet<>();
            for (String a : s.after()) {
                anc.add(a);
                anc.addAll(ancestors.get(a));
            }
            ancestors.put(s.id(), anc);
        }
        Execution defaults = plan.defaults() == null ? Execution.DEFAULTS : plan.defaults();
        for (Step s : plan.steps()) {
            Execution own = s.execution();
            SortedMap<String, String> env = new TreeMap<>();
            if (defaults.env() != null) {
                env.putAll(defaults.env());
            }
            if (own != null && own.env() != null) {
                env.putAll(own.env());
            }
            String wd = own != null && own.workingDirectory() != null
                    ? own.workingDirectory()
                    : defaults.workingDirectory();
            String timeout = own != null && own.timeout() != null ? own.timeout() : defaults.timeout();
            String onFailure = own != null && own.onFailure() != null ? own.onFailure() : defaults.onFailure();
            List<StandIn> standIns = new ArrayList<>();
            for (String id : s.stubs()) {
                standIns.add(doubles.get(id));
            }
            for (String id : s.drivers()) {
                standIns.add(doubles.get(id));
            }
            steps.add(new ExportStep(
                    s,
                    env,
                    options.folder(wd),
                    Duration.parse(timeout == null ? Execution.DEFAULTS.timeout() : timeout),
                    onFailure == null ? "skip-dependents" : onFailure,
                    standIns.stream().filter(d -> d != null).toList(),
                    List.of()));
        }
        // A failed stop step keeps every step of a later wave from starting; its descendants wait for it anyway.
        for (int i = 0; i < steps.size(); i++) {
            ExportStep e = steps.get(i);
            List<String> stopSteps = new ArrayList<>();
            for (ExportStep other : steps) {
                if (other.stops()
                        && waveOf.get(other.id()) < waveOf.get(e.id())
                        && !ancestors.get(e.id()).contains(other.id())) {
                    stopSteps.add(other.id());
                }
            }
            ExportStep withStops = new ExportStep(
                    e.step(), e.env(), e.folder(), e.timeout(), e.onFailure(), e.standIns(), List.copyOf(stopSteps));
            steps.set(i, withStops);
            byId.put(e.id(), withStops);
        }
        for (List<Step> wave : stepWaves) {
            waves.add(wave.stream().map(s -> byId.get(s.id())).toList());
        }
    }

    List<ExportStep> all() {
        return steps;
    }

    ExportStep get(String id) {
        return byId.get(id);
    }

    List<List<ExportStep>> waves() {
        return waves;
    }

    IntegrationPlan plan() {
        return plan;
    }

    ExportOptions options() {
        return options;
    }

    /**
     * The steps a step waits for where a step without a command gets no job of its own: each such step replaced by the
     * steps it comes after, recursively.
     */
    List<String> afterSkippingEmpty(ExportStep s) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : s.step().after()) {
            ExportStep before = byId.get(a);
            if (before.hasCommands()) {
                out.add(a);
            } else {
                out.addAll(afterSkippingEmpty(before));
            }
        }
        return List.copyOf(out);
    }

    /**
     * What a step's job names in {@code needs} where every step with a command is a job (GitHub Actions, GitLab CI):
     * the steps it comes after ({@link #afterSkippingEmpty}), then the earlier {@code stop} steps that keep it from
     * starting.
     */
    List<String> needs(ExportStep s) {
        Set<String> out = new LinkedHashSet<>(afterSkippingEmpty(s));
        out.addAll(s.stopSteps());
        return List.copyOf(out);
    }

    String graphName() {
        return plan.graph() == null
                        || plan.graph().name() == null
                        || plan.graph().name().isEmpty()
                ? "unnamed graph"
                : plan.graph().name();
    }

    /** The timeout as GNU timeout's argument: whole or decimal seconds, e.g. {@code 90s}, {@code 1.5s}. */
    static String seconds(Duration d) {
        BigDecimal s = BigDecimal.valueOf(d.getSeconds())
                .add(BigDecimal.valueOf(d.getNano(), 9))
                .stripTrailingZeros();
        return s.toPlainString() + "s";
    }

    /** The steps that need no command, for the note each export writes about them. */
    List<String> withoutCommands() {
        return steps.stream().filter(s -> !s.hasCommands()).map(ExportStep::id).toList();
    }

    /** Stand-ins some step needs that have no start command. */
    List<StandIn> withoutStart() {
        Set<String> seen = new LinkedHashSet<>();
        List<StandIn> out = new ArrayList<>();
        for (ExportStep s : steps) {
            for (StandIn d : s.standIns()) {
                if (d.provider() == null && seen.add(d.id())) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** What every export says it cannot do with this plan, before its own limits. */
    List<String> commonNotes() {
        List<String> notes = new ArrayList<>();
        for (StandIn d : withoutStart()) {
            notes.add("stand-in " + d.id() + " (" + TerminalText.oneLine(d.phrase())
                    + ") has no start command: the steps " + "that need it run without it, as under itplan run");
        }
        List<String> empty = withoutCommands();
        if (!empty.isEmpty()) {
            notes.add("step(s) " + String.join(", ", empty) + " run no command, so they test nothing: not run");
        }
        return notes;
    }
}
