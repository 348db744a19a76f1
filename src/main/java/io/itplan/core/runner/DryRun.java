package io.itplan.core.runner;

import io.itplan.core.plan.Execution;
import io.itplan.core.plan.StandIn;
import io.itplan.core.plan.Step;
import io.itplan.core.text.ShellText;
import io.itplan.core.text.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** What {@code run --dry-run} prints for a step: its modules, stand-ins and commands, control characters escaped. */
final class DryRun {
    private DryRun() {}

    static void describe(Step s, Execution ex, Map<String, StandIn> doubles, Consumer<String> say) {
        say.accept("step " + s.id() + (s.after().isEmpty() ? "" : " (after " + String.join(", ", s.after()) + ")")
                + ": integrate " + TerminalText.ids(s.integrate()));
        List<String> needed = new ArrayList<>(s.stubs());
        needed.addAll(s.drivers());
        for (String d : needed) {
            StandIn standIn = doubles.get(d);
            say.accept("  stand-in " + d + (standIn == null ? "" : " (" + TerminalText.oneLine(standIn.phrase()) + ")")
                    + (standIn == null || standIn.provider() == null
                            ? ": no start command"
                            : ": " + ShellText.display(standIn.provider().start())));
        }
        if (s.run().isEmpty()) {
            say.accept("  (no command: the step would not run)");
        }
        for (List<String> argv : s.run()) {
            say.accept("  $ " + ShellText.display(argv) + "   [in " + TerminalText.oneLine(ex.workingDirectory())
                    + ", timeout " + ex.timeout() + "]");
        }
    }
}
