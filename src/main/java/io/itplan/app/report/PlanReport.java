package io.itplan.app.report;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.CycleBreaking;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Metrics;
import io.itplan.core.plan.StandIn;
import io.itplan.core.plan.Step;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A plan for people to read: what it integrates when, the stubs and drivers to build, what each step tests,
 * the metrics and how cycles were broken, with a picture of the graph. Markdown (the picture a file beside
 * it) or a single HTML page (the picture inline).
 */
public final class PlanReport {
    private PlanReport() {}

    /**
     * @param picture the picture's file name relative to the report, or null for none
     */
    public static String markdown(DependencyGraph graph, IntegrationPlan plan, String picture) {
        StringBuilder s = new StringBuilder();
        s.append("# Integration plan: ").append(md(plan.graph().name())).append("\n\n");
        s.append("Strategy **")
                .append(plan.strategy().name())
                .append("**")
                .append(options(plan))
                .append(". ")
                .append(sentence(plan))
                .append("\n\n");
        if (picture != null) {
            s.append("![The dependency graph](")
                    .append(picture.replace(" ", "%20"))
                    .append(")\n\n");
        }
        s.append("## Metrics\n\n| metric | value |\n|---|---:|\n");
        for (String k : Metrics.KEYS) {
            s.append("| ")
                    .append(k)
                    .append(" | ")
                    .append(number(plan.metrics().value(k)))
                    .append(" |\n");
        }
        s.append("\n## Steps\n\n| step | after | integrates | stubs | drivers | tests |\n|---|---|---|---|---|---|\n");
        for (Step st : plan.steps()) {
            s.append("| ")
                    .append(md(st.id()))
                    .append(" | ")
                    .append(md(String.join(", ", st.after())))
                    .append(" | ")
                    .append(md(String.join(", ", st.integrate())))
                    .append(" | ")
                    .append(md(String.join(", ", st.stubs())))
                    .append(" | ")
                    .append(md(String.join(", ", st.drivers())))
                    .append(" | ")
                    .append(md(st.tests().stream().map(Object::toString).collect(Collectors.joining(", "))))
                    .append(" |\n");
        }
        s.append("\n## Stand-ins to build\n\n");
        if (plan.doubles().isEmpty()) {
            s.append("None: every step has what it needs.\n");
        }
        for (StandIn d : plan.doubles()) {
            s.append("- **")
                    .append(md(d.id()))
                    .append("**: ")
                    .append(md(describe(d)))
                    .append('\n');
        }
        s.append("\n## Cycles\n\n").append(md(cycles(plan.cycleBreaking()))).append('\n');
        return s.toString();
    }

    public static String html(DependencyGraph graph, IntegrationPlan plan, String svg) {
        StringBuilder s = new StringBuilder();
        String title = "Integration plan: " + plan.graph().name();
        s.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(h(title))
                .append(
                        "</title>\n<style>body{font-family:DejaVu Sans,Helvetica,Arial,sans-serif;margin:2em;color:#1f2430}"
                                + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #d0d5dc;padding:4px 8px;"
                                + "text-align:left;vertical-align:top}th{background:#f1f3f5}td.n{text-align:right}"
                                + "figure{margin:1em 0;overflow:auto;border:1px solid #d0d5dc}</style></head><body>\n");
        s.append("<h1>")
                .append(h(title))
                .append("</h1>\n<p>Strategy <b>")
                .append(h(plan.strategy().name()))
                .append("</b>")
                .append(h(options(plan)))
                .append(". ")
                .append(h(sentence(plan)))
                .append("</p>\n");
        if (svg != null) {
            s.append("<figure>").append(svg).append("</figure>\n");
        }
        s.append("<h2>Metrics</h2>\n<table><tr><th>metric</th><th>value</th></tr>\n");
        for (String k : Metrics.KEYS) {
            s.append("<tr><td>")
                    .append(k)
                    .append("</td><td class=\"n\">")
                    .append(number(plan.metrics().value(k)))
                    .append("</td></tr>\n");
        }
        s.append("</table>\n<h2>Steps</h2>\n<table><tr><th>step</th><th>after</th><th>integrates</th><th>stubs</th>"
                + "<th>drivers</th><th>tests</th></tr>\n");
        for (Step st : plan.steps()) {
            s.append("<tr><td>")
                    .append(h(st.id()))
                    .append("</td><td>")
                    .append(h(String.join(", ", st.after())))
                    .append("</td><td>")
                    .append(h(String.join(", ", st.integrate())))
                    .append("</td><td>")
                    .append(h(String.join(", ", st.stubs())))
                    .append("</td><td>")
                    .append(h(String.join(", ", st.drivers())))
                    .append("</td><td>")
                    .append(h(st.tests().stream().map(Object::toString).collect(Collectors.joining(", "))))
                    .append("</td></tr>\n");
        }
        s.append("</table>\n<h2>Stand-ins to build</h2>\n<ul>\n");
        for (StandIn d : plan.doubles()) {
            s.append("<li><b>")
                    .append(h(d.id()))
                    .append("</b>: ")
                    .append(h(describe(d)))
                    .append("</li>\n");
        }
        if (plan.doubles().isEmpty()) {
            s.append("<li>None: every step has what it needs.</li>\n");
        }
        s.append("</ul>\n<h2>Cycles</h2>\n<p>")
                .append(h(cycles(plan.cycleBreaking())))
                .append("</p>\n</body></html>\n");
        return s.toString();
    }

    private static String options(IntegrationPlan plan) {
        return plan.strategy().options().isEmpty()
                ? ""
                : " ("
                        + plan.strategy().options().entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", "))
                        + ")";
    }

    private static String sentence(IntegrationPlan plan) {
        Metrics m = plan.metrics();
        return m.steps() + " steps, at most " + m.width() + " at once; " + m.specificStubs() + " stubs ("
                + m.genericStubs() + " to build) and " + m.specificDrivers() + " drivers (" + m.genericDrivers()
                + " to build).";
    }

    private static String describe(StandIn d) {
        return d.phrase()
                + (d.provider() == null
                        ? ""
                        : "; started by `" + String.join(" ", d.provider().start()) + "`");
    }

    private static String cycles(CycleBreaking cb) {
        if (cb.brokenDependencies().isEmpty()) {
            return cb.policy().equals("cluster") ? "Each cycle is integrated as one step." : "No cycles were broken.";
        }
        String how = cb.algorithm().equals("exact") ? "" : ", by the " + cb.algorithm() + " heuristic";
        return cb.brokenDependencies().size() + " dependencies broken into stand-ins (" + cb.objective() + how + ", "
                + (cb.optimal() ? "proven optimal" : "lower bound " + Metrics.round(cb.lowerBound())) + "): "
                + cb.brokenDependencies().stream().map(Object::toString).collect(Collectors.joining(", ")) + ".";
    }

    private static String number(Number n) {
        if (n instanceof Double d && d != Math.rint(d)) {
            return String.format(Locale.ROOT, "%.4f", d);
        }
        return String.valueOf(n.longValue());
    }

    /** Markdown table-safe text: no line breaks or pipes, and HTML metacharacters as entities. */
    static String md(String s) {
        return h(s).replace("|", "\\|")
                .replace("`", "\\`")
                .replace("*", "\\*")
                .replace("_", "\\_")
                .replace("[", "\\[")
                .replace("]", "\\]");
    }

    static String h(String s) {
        return SvgPicture.xml(s);
    }
}
