package io.itplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.DependencyGraph;
import io.itplan.ui.importer.ImportView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** File › Import… in the real window: the preview shows before anything changes; accept replaces; Undo restores. */
class ImportWindowTest extends AppWindowTest {
    @Test
    void importShowsAPreviewThenReplacesTheGraphAsOneUndoableStep() throws Exception {
        Path compose = dir.resolve("compose.yaml");
        try (var in = getClass().getResourceAsStream("/io/itplan/core/importer/compose/voting-app.compose.yaml")) {
            Files.write(compose, in.readAllBytes());
        }
        DependencyGraph before = view().document().graph();
        assertEquals("Web shop", before.name());

        press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Button run = lookup("#import-run").queryButton();
        ImportView window = (ImportView) run.getScene().getRoot();
        interact(() -> window.viewModel().addSources(List.of(compose)));
        assertEquals("compose", window.viewModel().formatProperty().get().key(), "told from the file");
        clickOn(run);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !lookup("#import-summary").queryAs(Label.class).getText().isEmpty());
        String summary = lookup("#import-summary").queryAs(Label.class).getText();
        assertEquals("7 modules, 8 dependencies (5 data, 2 call, 1 message)", summary);
        ListView<?> warnings = lookup("#import-warnings").queryListView();
        assertTrue(
                warnings.getItems().stream().anyMatch(w -> w.toString().contains("'worker' has no healthcheck")),
                warnings.getItems().toString());
        assertEquals(before, view().document().graph(), "the preview changes nothing");

        clickOn("#import-accept");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view().document().graph() != before);
        WaitForAsyncUtils.waitForFxEvents();
        DependencyGraph imported = view().document().graph();
        assertEquals("voting-app", imported.name());
        assertEquals(7, imported.modules().size());
        assertTrue(
                imported.modules().stream()
                                .map(m -> m.x() + "," + m.y())
                                .distinct()
                                .count()
                        == 7,
                "laid out with ELK");
        assertNull(view().document().file(), "Save asks where: an import never overwrites the file that was open");
        assertTrue(app.stage().getTitle().endsWith("•"), app.stage().getTitle());
        assertTrue(lookup("#import-run").tryQuery().isEmpty(), "the import window closed");

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, view().document().graph(), "one Undo brings the previous graph back");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(imported, view().document().graph());
    }

    @Test
    void aBadFileShowsOneLineAndChangesNothing() throws Exception {
        Path compose = dir.resolve("compose.yaml");
        Files.writeString(compose, "services:\n  web:\n    depends_on: [dbb]\n");
        DependencyGraph before = view().document().graph();
        press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Button run = lookup("#import-run").queryButton();
        ImportView window = (ImportView) run.getScene().getRoot();
        interact(() -> window.viewModel().addSources(List.of(compose)));
        clickOn(run);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !lookup("#import-error").queryAs(Label.class).getText().isEmpty());
        String error = lookup("#import-error").queryAs(Label.class).getText();
        assertEquals(
                compose + ":3:18: service 'web' depends on 'dbb', which is not a service of this file (services: web)",
                error);
        assertTrue(lookup("#import-accept").queryButton().isDisabled());
        clickOn("#import-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, view().document().graph());
    }
}
