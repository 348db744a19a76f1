package io.itplan.app;

import io.itplan.app.report.Diagrams;
import io.itplan.app.report.PlanReport;
import io.itplan.core.format.AtomicFiles;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.plan.IntegrationPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Exporting what a plan looks like, for people and for other diagram tools: the graph as DOT, GraphML or Mermaid (with
 * the plan's steps as clusters or colours), a picture as SVG, and a report as Markdown (with the SVG beside it) or
 * one HTML page. Every file is written atomically.
 */
public final class ExportPicture {
    private ExportPicture() {}

    /** The diagram formats other tools edit. */
    public static final List<String> DIAGRAM_FORMATS = Diagrams.FORMATS;

    /**
     * Writes the graph as a diagram.
     *
     * @param format one of {@link #DIAGRAM_FORMATS}
     * @param plan   whose steps the diagram shows, or null for the graph alone
     */
    public static void diagram(String format, DependencyGraph graph, IntegrationPlan plan, Path file)
            throws InputException {
        text(Diagrams.of(format, graph, plan), file);
    }

    /** Writes a picture or diagram already drawn, such as the SVG of the canvas. */
    public static void text(String text, Path file) throws InputException {
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a report of the plan as the file's name says: one HTML page ({@code .html}), or Markdown with the picture
     * as an SVG file beside it.
     *
     * @param svg the picture of the graph, with the selected step painted
     * @return the files written
     */
    public static List<Path> report(DependencyGraph graph, IntegrationPlan plan, String svg, Path file)
            throws InputException {
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) {
            text(PlanReport.html(graph, plan, svg), file);
            return List.of(file);
        }
        Path picture = file.resolveSibling(name.replaceFirst("\\.md$", "") + ".svg");
        text(svg, picture);
        text(PlanReport.markdown(graph, plan, picture.getFileName().toString()), file);
        return List.of(file, picture);
    }
}
