package io.itplan.core.export;

import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.StandIn;
import io.itplan.core.text.ShellText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Makefile with one phony target per step whose prerequisites are the steps it comes after; {@code make -j N} runs
 * the plan with up to N steps at a time. {@code all} runs the steps with {@code make -k} — a failed step's dependents
 * are not made, the other steps go on ({@code skip-dependents}) — and then, whatever happened, stops every stand-in.
 * A stand-in is a target of its own, made once before the first step that needs it (started in the plan's folder and
 * waited for); a {@code continue} step records its failure and lets its dependents run, and {@code all} still fails;
 * a failed {@code stop} step leaves a mark that keeps every step not yet started from running. Recipes run as one
 * shell script each ({@code .ONESHELL}); every argument is single-quoted with each {@code $} doubled, and line breaks
 * inside arguments come from shell variables, since a recipe line cannot hold one.
 */
public final class MakefileExport implements PlanExport {
    private static final String STATE = ".itplan-make";
    private static final String SETUP = "nl=$$(printf '\\nx'); nl=$${nl%x}; cr=$$(printf '\\rx'); cr=$${cr%x}";

    @Override
    public String name() {
        return "make";
    }

    @Override
    public String fileName() {
        return "Makefile";
    }

    @Override
    public Rendered render(IntegrationPlan plan, ExportOptions options) {
        ExportSteps steps = new ExportSteps(plan, options);
        for (ExportSteps.ExportStep s : steps.all()) {
            if (s.id().equals("all") || s.id().startsWith("itplan-")) {
                throw new IllegalArgumentException(
                        "a step named '" + s.id() + "' clashes with the Makefile's own targets");
            }
        }
        List<String> notes = new ArrayList<>(steps.commonNotes());
        notes.add("make has no 'skipped': a step whose earlier steps did not pass is simply not made (make says "
                + "'not remade because of errors'); stand-ins stop when the whole run ends, not after their last step");
        Map<String, StandIn> standIns = new LinkedHashMap<>();
        for (ExportSteps.ExportStep s : steps.all()) {
            StepScript.startable(s).forEach(d -> standIns.putIfAbsent(d.id(), d));
        }
        StringBuilder m = new StringBuilder();
        m.append(Comments.header("#", "Makefile", steps, notes));
        m.append("# Run it with: make -j")
                .append(Math.max(1, plan.maxParallel()))
                .append('\n');
        m.append("SHELL = /bin/sh\n.ONESHELL:\n\n");
        List<String> ids = steps.all().stream().map(ExportSteps.ExportStep::id).toList();
        m.append(".PHONY: all itplan-steps itplan-stop");
        ids.forEach(id -> m.append(' ').append(id));
        standIns.keySet().forEach(id -> m.append(" itplan-").append(id));
        m.append("\n\n");
        m.append("all:\n");
        m.append("\t@rm -rf ")
                .append(STATE)
                .append(" && mkdir -p ")
                .append(STATE)
                .append('\n');
        m.append("\t$(MAKE) -k -f $(firstword $(MAKEFILE_LIST)) itplan-steps; rc=$$?\n");
        m.append("\t$(MAKE) -f $(firstword $(MAKEFILE_LIST)) itplan-stop\n");
        m.append("\texit $$rc\n\n");
        m.append("itplan-steps:");
        ids.forEach(id -> m.append(' ').append(id));
        m.append('\n');
        m.append("\t@if ls ")
                .append(STATE)
                .append("/failed-* >/dev/null 2>&1; then echo \"itplan: steps failed with "
                        + "onFailure: continue: $$(cd ")
                .append(STATE)
                .append(" && ls failed-* | sed 's/^failed-//')\"; " + "exit 1; fi\n");
        for (ExportSteps.ExportStep s : steps.all()) {
            step(m, s);
        }
        for (StandIn d : standIns.values()) {
            standIn(m, d, firstEnv(steps, d), options);
        }
        m.append("\nitplan-stop:\n");
        m.append("\t@").append(stateLine()).append('\n');
        m.append('\t').append(SETUP).append('\n');
        m.append("\titplan_plan_dir=").append(quote(options.planDir())).append('\n');
        appendLines(m, StepScript.FUNCTIONS);
        for (StandIn d : standIns.values()) {
            m.append('\t').append(make(StepScript.stopLine(d))).append('\n');
        }
        TreeMap<String, String> files = new TreeMap<>();
        files.put(fileName(), m.toString());
        return new Rendered(files, notes);
    }

    private static Map<String, String> firstEnv(ExportSteps steps, StandIn d) {
        for (ExportSteps.ExportStep s : steps.all()) {
            if (s.standIns().contains(d)) {
                return s.env();
            }
        }
        return Map.of();
    }

    private static String stateLine() {
        return "mkdir -p " + STATE + " && itplan_state=\"$$(cd " + STATE + " && pwd)\"";
    }

    private static void step(StringBuilder m, ExportSteps.ExportStep s) {
        m.append('\n').append(s.id()).append(':');
        s.step().after().forEach(a -> m.append(' ').append(a));
        List<StandIn> startable = StepScript.startable(s);
        if (!startable.isEmpty()) {
            m.append(" |");
            startable.forEach(d -> m.append(" itplan-").append(d.id()));
        }
        m.append('\n');
        m.append("\t@").append(stateLine()).append('\n');
        m.append("\tif [ -e \"$$itplan_state/stopped\" ]; then echo \"itplan: step ")
                .append(s.id())
                .append(" not run: the run stopped after a failure\"; exit 1; fi\n");
        if (!s.hasCommands()) {
            m.append("\techo \"itplan: step ")
                    .append(s.id())
                    .append(" runs no command, so it tests nothing: not run\"\n");
            return;
        }
        m.append("\techo \"itplan: step ").append(s.id()).append(" started\"\n");
        m.append('\t').append(SETUP).append('\n');
        m.append("\titplan_run() (\n");
        for (String line : StepScript.commandLines(s)) {
            m.append("\t  ").append(make(line)).append('\n');
        }
        m.append("\t)\n");
        m.append("\titplan_run; rc=$$?\n");
        m.append("\tif [ $$rc -eq 0 ]; then echo \"itplan: step ")
                .append(s.id())
                .append(" passed\"; exit 0; fi\n");
        if (s.continues()) {
            m.append("\ttouch \"$$itplan_state/failed-").append(s.id()).append("\"\n");
            m.append("\techo \"itplan: step ")
                    .append(s.id())
                    .append(" failed (exit $$rc); onFailure: continue, so the steps after it go on\"\n");
            m.append("\texit 0\n");
        } else {
            if (s.stops()) {
                m.append("\ttouch \"$$itplan_state/stopped\"\n");
            }
            m.append("\techo \"itplan: step ").append(s.id()).append(" failed (exit $$rc)\"\n");
            m.append("\texit $$rc\n");
        }
    }

    private static void standIn(StringBuilder m, StandIn d, Map<String, String> env, ExportOptions options) {
        m.append("\nitplan-").append(d.id()).append(":\n");
        m.append("\t@").append(stateLine()).append('\n');
        m.append('\t').append(SETUP).append('\n');
        m.append("\titplan_plan_dir=").append(quote(options.planDir())).append('\n');
        appendLines(m, StepScript.FUNCTIONS);
        m.append('\t').append(make(StepScript.startLine(d, env))).append('\n');
        StepScript.readyLine(d).ifPresent(l -> m.append('\t').append(make(l)).append('\n'));
    }

    private static void appendLines(StringBuilder m, String text) {
        for (String line : text.strip().split("\n")) {
            m.append('\t').append(make(line)).append('\n');
        }
    }

    /**
     * A shell line made safe for a recipe: each {@code $} doubled, and each line break or carriage return inside a
     * quoted argument spliced in from {@code $nl} or {@code $cr}.
     */
    static String make(String shellLine) {
        return shellLine.replace("$", "$$").replace("\n", "'\"$$nl\"'").replace("\r", "'\"$$cr\"'");
    }

    /** {@code arg} single-quoted for the shell, {@code $} doubled, line breaks taken from variables. */
    static String quote(String arg) {
        return make(ShellText.quote(arg));
    }
}
