package io.itplan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.strategy.Granularity;
import io.itplan.core.strategy.StrategyName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A graph's saved options are read one way for the app and the command line. */
class PlanSettingsTest {

    @Test
    void wrongValuesAreOneLineEachAndLeaveTheOptionUnset() {
        PlanSettings.Saved s =
                PlanSettings.read(Map.of("riskFirst", "yes", "targetDepth", "-2", "strategy", "top-down"), "g.json");
        assertEquals(StrategyName.TOP_DOWN, s.strategy());
        assertNull(s.riskFirst());
        assertNull(s.targetDepth());
        assertEquals(
                List.of(
                        "g.json: setting 'targetDepth' must not be negative, is -2",
                        "g.json: setting 'riskFirst' must be true or false, is 'yes'"),
                s.errors());
    }

    @Test
    void anUnknownKeyNamesTheOneItProbablyMeant() {
        PlanSettings.Saved s =
                PlanSettings.read(Map.of("target-depth", "1", "granulrity", "module", "colour", "red"), "g.json");
        assertEquals(
                List.of(
                        "g.json: unknown setting 'colour' is ignored; the settings are "
                                + String.join(", ", PlanSettings.KEYS),
                        "g.json: unknown setting 'granulrity' is ignored; did you mean 'granularity'?",
                        "g.json: unknown setting 'target-depth' is ignored; did you mean 'targetDepth'?"),
                s.warnings());
    }

    @Test
    void requestedOptionsWinOverSavedOnesWhichWinOverDefaults() {
        PlanSettings.Saved saved =
                PlanSettings.read(Map.of("strategy", "top-down", "granularity", "parallel"), "g.json");
        PlanSettings.Resolved none = PlanSettings.resolve(saved, PlanSettings.Requested.none());
        assertEquals(StrategyName.TOP_DOWN, none.options().strategy());
        assertEquals(Granularity.PARALLEL, none.options().granularity());
        PlanSettings.Resolved asked = PlanSettings.resolve(
                saved, new PlanSettings.Requested("sandwich", null, null, 1, null, null, null, null, null, null));
        assertEquals(StrategyName.SANDWICH, asked.options().strategy());
        assertEquals(1, asked.options().targetDepth());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> PlanSettings.resolve(
                        saved,
                        new PlanSettings.Requested("sideways", null, null, null, null, null, null, null, null, null)));
        assertTrue(e.getMessage().contains("unknown strategy 'sideways'"), e.getMessage());
    }
}
