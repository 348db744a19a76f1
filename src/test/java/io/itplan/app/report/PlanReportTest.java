package io.itplan.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.PlanChecker;
import io.itplan.core.plan.StepView;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class PlanReportTest {
    private final DependencyGraph graph = DependencyGraph.builder("<shop> & \"co\"")
            .addModule(Module.of("<script>alert(1)</script>").withPosition(0, 0))
            .addModule(Module.of("a|b*c_d").withPosition(0, 120))
            .addModule(Module.of("db").withPosition(0, 240))
            .addDependency("<script>alert(1)</script>", "a|b*c_d")
            .addDependency("a|b*c_d", "db")
            .build();
    private final IntegrationPlan plan = Planner.standard().plan(graph, PlanOptions.of(StrategyName.TOP_DOWN));

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void thePictureIsWellFormedSvgWithTheStepPainted() throws Exception {
        StepView step = PlanChecker.stepView(graph, plan, plan.steps().get(1).id());
        String svg = SvgPicture.of(graph, SvgPicture::estimatedWidth, step);
        Document doc = parse(svg);
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        NodeList texts = doc.getElementsByTagName("text");
        boolean hostileShownAsText = false;
        for (int i = 0; i < texts.getLength(); i++) {
            hostileShownAsText |= texts.item(i).getTextContent().equals("<script>alert(1)</script>");
        }
        assertTrue(hostileShownAsText, "a hostile name is text, not markup");
        assertTrue(svg.contains("NEW"), svg);
        assertTrue(svg.contains("STUB · serving a|b*c_d"), svg);
        assertEquals(2, doc.getElementsByTagName("line").getLength());
    }

    @Test
    void theMarkdownReportHasTheMetricsStepsAndStandIns() {
        String md = PlanReport.markdown(graph, plan, "shop plan.svg");
        assertTrue(md.startsWith("# Integration plan: &lt;shop&gt; &amp; &quot;co&quot;"), md);
        assertTrue(md.contains("![The dependency graph](shop%20plan.svg)"));
        assertTrue(md.contains("| specificStubs | 2 |"), md);
        assertTrue(md.contains("a\\|b\\*c\\_d"), "table cells cannot be broken by a module name");
        assertFalse(md.contains("<script>"));
        assertEquals(
                plan.steps().size(),
                md.lines().filter(l -> l.startsWith("| depth-")).count());
    }

    @Test
    void theHtmlReportEscapesEveryName() {
        String html = PlanReport.html(graph, plan, SvgPicture.of(graph, SvgPicture::estimatedWidth, null));
        assertFalse(html.contains("<script>"), "no module name becomes markup");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("<svg "));
        assertTrue(html.contains("<td>specificStubs</td><td class=\"n\">2</td>"), html);
    }

    @Test
    void aGraphWithoutPositionsIsLaidOutBeforeItIsDrawn() {
        io.itplan.core.graph.DependencyGraph unplaced = io.itplan.core.graph.DependencyGraph.builder("imported")
                .addModules("a", "b", "c")
                .addDependency("a", "b")
                .addDependency("b", "c")
                .build();
        String svg = SvgPicture.of(unplaced, SvgPicture::estimatedWidth, null);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "<rect x=\"([\\d.-]+)\" y=\"([\\d.-]+)\" width=\"[\\d.]+\" height=\"46")
                .matcher(svg);
        java.util.Set<String> corners = new java.util.HashSet<>();
        while (m.find()) {
            corners.add(m.group(1) + "," + m.group(2));
        }
        assertEquals(3, corners.size(), "three boxes in three places, not one box at (0,0): " + corners);
    }
}
