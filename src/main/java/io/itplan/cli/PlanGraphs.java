package io.itplan.cli;

import io.itplan.app.OpenPlan;
import io.itplan.core.format.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** A plan file opened with its graph for a command, every reason it cannot be used listed on stderr. */
final class PlanGraphs {
    private PlanGraphs() {}

    /**
     * The plan opened and checked against its graph ({@code graphFile}, else the one it was made for).
     *
     * @return the opened plan, or null after listing every schema violation or disagreement on {@code err}
     * @throws InputException when the plan or graph cannot be read, or no graph can be found
     */
    static OpenPlan.Opened open(Path planFile, Path graphFile, PrintWriter err, String verb) throws InputException {
        OpenPlan.Opened opened = OpenPlan.open(planFile, graphFile);
        if (!opened.schemaViolations().isEmpty()) {
            opened.schemaViolations().forEach(err::println);
            err.println("itplan: " + planFile + ": " + verb + ": "
                    + opened.schemaViolations().size() + " schema violation(s)");
            return null;
        }
        if (!opened.disagreements().isEmpty()) {
            opened.disagreements().forEach(p -> err.println(planFile + ": " + Text.oneLine(p)));
            err.println("itplan: " + planFile + ": " + verb + ": "
                    + opened.disagreements().size() + " disagreement(s) with the rule");
            return null;
        }
        return opened;
    }
}
