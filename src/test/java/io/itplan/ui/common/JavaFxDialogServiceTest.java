package io.itplan.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.app.files.RecentFiles;
import io.itplan.app.files.RecoveryStore;
import io.itplan.core.strategy.PlanOptions;
import io.itplan.core.strategy.Planner;
import io.itplan.core.strategy.StrategyName;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.main.Examples;
import io.itplan.ui.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save and export through the app's dialogs, with the native chooser replaced by what GTK hands back: the
 * name as typed (plus the last part of the filter's extension) and the filter the user chose.
 */
class JavaFxDialogServiceTest {
    @TempDir
    Path dir;

    /** A chooser where the user picks filter {@code filter} and types {@code typed}, as GTK returns it. */
    private JavaFxDialogService typing(int filter, String typed) {
        return new JavaFxDialogService(null, (chooser, owner, save) -> {
            chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(filter));
            return dir.resolve(typed).toFile();
        });
    }

    private MainViewModel vm(DialogService dialogs) {
        return new MainViewModel(
                new GraphDocument(Examples.first(), null),
                dialogs,
                new RecentFiles(dir.resolve("home")),
                new RecoveryStore(dir.resolve("home")),
                "test");
    }

    @Test
    void typingShopInSaveWritesShopDotGraphDotJson() {
        // GTK returns "shop.json" for "shop" under the *.graph.json filter.
        MainViewModel vm = vm(typing(0, "shop.json"));
        assertTrue(vm.files().saveAs());
        assertTrue(Files.exists(dir.resolve("shop.graph.json")));
        assertEquals(List.of(), List.of(dir.toFile().list((d, n) -> n.equals("shop.json"))));
        assertEquals("itplan — shop.graph.json (Web shop)", vm.titleProperty().get());
    }

    @Test
    void exportReportWithTheHtmlFilterWritesHtml() throws Exception {
        MainViewModel vm = vm(typing(1, "web-shop-plan.md"));
        var plan = Planner.standard().plan(vm.document().graph(), PlanOptions.of(StrategyName.TOP_DOWN));
        vm.exports().exportReport(plan, "", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Path html = dir.resolve("web-shop-plan.html");
        assertTrue(Files.exists(html), String.join(", ", dir.toFile().list()));
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
        assertTrue(Files.notExists(dir.resolve("web-shop-plan.md")));
    }

    @Test
    void aPlanTypedWithoutExtensionUnderYamlIsAYamlPlan() throws Exception {
        MainViewModel vm = vm(typing(1, "shop.yaml"));
        var plan = Planner.standard().plan(vm.document().graph(), PlanOptions.of(StrategyName.BOTTOM_UP));
        vm.exports().exportPlan(plan, "");
        assertTrue(Files.readString(dir.resolve("shop.plan.yaml")).contains("itplan.plan/"));
    }
}
