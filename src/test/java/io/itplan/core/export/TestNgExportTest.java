package io.itplan.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itplan.core.format.XmlText;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Step;
import io.itplan.core.strategy.StrategyName;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TestNgExportTest {
    private final TestNgExport export = new TestNgExport();

    @Test
    void webshopSuiteIsValidAgainstTheTestngDtdAndGroupsFollowAfter() {
        ExportValidators.assumeShared();
        IntegrationPlan plan = ExportFixtures.plan(ExportFixtures.example("webshop"), StrategyName.SANDWICH);
        Document doc = ExportValidators.assertTestNgValid(export.render(plan));
        NodeList includes = doc.getElementsByTagName("include");
        assertEquals(plan.steps().size(), includes.getLength());
        Map<String, String> dependsOn = new HashMap<>();
        NodeList groups = doc.getElementsByTagName("group");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            dependsOn.put(g.getAttribute("name"), g.getAttribute("depends-on"));
        }
        for (Step s : plan.steps()) {
            String expected =
                    String.join(" ", s.after().stream().map(TestNgExport::group).toList());
            assertEquals(expected, dependsOn.getOrDefault(TestNgExport.group(s.id()), ""));
        }
    }

    @Test
    void hostileNamesSurviveAsEscapedXmlData() {
        ExportValidators.assumeShared();
        IntegrationPlan plan = ExportFixtures.hostilePlan();
        Document doc = ExportValidators.assertTestNgValid(export.render(plan));
        assertEquals(
                "Hostile $(touch pwned) 'graph' \"name\"\n${{ x }}",
                doc.getDocumentElement().getAttribute("name"));
        Map<String, String> parameters = new HashMap<>();
        NodeList p = doc.getElementsByTagName("parameter");
        for (int i = 0; i < p.getLength(); i++) {
            Element e = (Element) p.item(i);
            parameters.put(e.getAttribute("name"), e.getAttribute("value"));
        }
        for (Step s : plan.steps()) {
            assertEquals(s.name(), parameters.get("itplan.step." + s.id() + ".name"));
        }
    }

    @Test
    void controlCharactersXmlCannotHoldBecomeReplacementCharacters() {
        assertEquals(
                "a\uFFFDb&#10;&lt;&amp;&quot;&apos;&gt;\uD83D\uDE00\uFFFD",
                XmlText.escape("a\u0001b\n<&\"'>\uD83D\uDE00\uD800"));
    }

    @Test
    void theSamePlanGivesTheSameBytes() {
        assertEquals(export.render(ExportFixtures.hostilePlan()), export.render(ExportFixtures.hostilePlan()));
    }
}
