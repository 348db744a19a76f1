package io.itplan.core.export;

import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * A Makefile with one phony target per step whose prerequisites are the steps it comes after, and
 * {@code all}; {@code make -j N all} runs the plan with up to N steps at a time. A recipe line is a step's
 * command with every argument single-quoted for the shell and each {@code $} doubled for make. A line
 * break cannot stand in a recipe line, so an argument holding one is spliced from shell variables that
 * hold a line feed or carriage return.
 */
public final class MakefileExport implements PlanExport {
    private static final String SETUP = "nl=$$(printf '\\nx'); nl=$${nl%x}; cr=$$(printf '\\rx'); cr=$${cr%x}; ";

    @Override
    public String name() {
        return "make";
    }

    @Override
    public String fileName() {
        return "Makefile";
    }

    @Override
    public String render(IntegrationPlan plan) {
        for (Step s : plan.steps()) {
            if (s.id().equals("all")) {
                throw new IllegalArgumentException("a step named 'all' clashes with the Makefile's all target");
            }
        }
        StringBuilder m = new StringBuilder();
        m.append("# Integration plan made by itplan: one target per step, prerequisites from 'after'.\n");
        m.append("# Run it with: make -j")
                .append(Math.max(1, plan.maxParallel()))
                .append(" all\n");
        m.append("SHELL = /bin/sh\n\n");
        List<String> ids = plan.steps().stream().map(Step::id).toList();
        m.append(".PHONY: all");
        ids.forEach(id -> m.append(' ').append(id));
        m.append("\n\nall:");
        ids.forEach(id -> m.append(' ').append(id));
        m.append("\n");
        for (Step step : plan.steps()) {
            StepSettings settings = StepSettings.of(plan, step);
            m.append('\n').append(step.id()).append(':');
            step.after().forEach(a -> m.append(' ').append(a));
            m.append('\n');
            for (List<String> argv : step.run()) {
                m.append('\t').append(recipeLine(settings, argv)).append('\n');
            }
        }
        return m.toString();
    }

    private static String recipeLine(StepSettings settings, List<String> argv) {
        List<String> words = new ArrayList<>(settings.shellPrefix(MakefileExport::quote));
        argv.forEach(a -> words.add(quote(a)));
        String line = String.join(" ", words);
        boolean breaks = words.stream().anyMatch(w -> w.contains("\"$$nl\"") || w.contains("\"$$cr\""));
        return breaks ? SETUP + line : line;
    }

    /** {@code arg} single-quoted for the shell, {@code $} doubled, line breaks taken from variables. */
    static String quote(String arg) {
        StringBuilder s = new StringBuilder("'");
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            switch (c) {
                case '\'' -> s.append("'\\''");
                case '$' -> s.append("$$");
                case '\n' -> s.append("'\"$$nl\"'");
                case '\r' -> s.append("'\"$$cr\"'");
                default -> s.append(c);
            }
        }
        return s.append('\'').toString();
    }
}
