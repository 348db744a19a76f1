package io.itplan.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Full texts on hover: a cell keeps one tooltip whatever item it is given, and shows none for an empty item. */
class FullTextTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aControlKeepsItsTooltipAndGetsTheNewText() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    ListCell<String> cell = new ListCell<>();
                    FullText.hover(cell, "Payment service");
                    Tooltip first = cell.getTooltip();
                    assertNotNull(first);
                    assertEquals("Payment service", first.getText());
                    FullText.hover(cell, "Order service");
                    assertSame(first, cell.getTooltip());
                    assertEquals("Order service", cell.getTooltip().getText());
                    FullText.hover(cell, " ");
                    assertNull(cell.getTooltip());
                    FullText.hover(cell, null);
                    assertNull(cell.getTooltip());
                })
                .get();
    }

    @Test
    void aTableCellShowsEachRowsWholeTextWithOneTooltip() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    TableView<String> table = new TableView<>(FXCollections.observableArrayList("a", "b"));
                    TableColumn<String, String> column = new TableColumn<>("x");
                    column.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue()));
                    table.getColumns().add(column);
                    TableCell<String, String> cell = FullText.cell(s -> "whole " + s);
                    TableRow<String> row = new TableRow<>();
                    row.updateTableView(table);
                    cell.updateTableView(table);
                    cell.updateTableColumn(column);
                    cell.updateTableRow(row);
                    Tooltip seen = null;
                    for (String item : List.of("a", "b", "a")) {
                        row.updateIndex(table.getItems().indexOf(item));
                        cell.updateIndex(row.getIndex());
                        assertEquals(item, cell.getText());
                        assertEquals("whole " + item, cell.getTooltip().getText());
                        if (seen != null) {
                            assertSame(seen, cell.getTooltip());
                        }
                        seen = cell.getTooltip();
                    }
                    row.updateIndex(-1);
                    cell.updateIndex(-1);
                    assertNull(cell.getText());
                    assertNull(cell.getTooltip());
                })
                .get();
    }

    @Test
    void theModuleListMakesATooltipPerCellNotPerModuleShown() throws Exception {
        var b = io.itplan.core.graph.DependencyGraph.builder("many");
        for (int i = 0; i < 2000; i++) {
            b.addModule(io.itplan.core.graph.Module.of("module-" + i));
        }
        var doc = new io.itplan.ui.editor.GraphDocument(b.build(), null);
        var selection = new io.itplan.ui.editor.Selection();
        java.util.Set<Tooltip> made = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int cells = WaitForAsyncUtils.asyncFx(() -> {
                    var outline = new io.itplan.ui.panels.OutlineView(
                            new io.itplan.ui.panels.OutlineViewModel(doc, selection), selection, id -> {});
                    javafx.stage.Stage stage = new javafx.stage.Stage();
                    stage.setScene(new javafx.scene.Scene(outline, 300, 400));
                    stage.show();
                    @SuppressWarnings("unchecked")
                    ListView<io.itplan.core.graph.Module> list =
                            (ListView<io.itplan.core.graph.Module>) outline.lookup("#outline-list");
                    for (int i = 0; i < 2000; i += 9) {
                        list.scrollTo(i);
                        list.layout();
                        for (var n : list.lookupAll(".list-cell")) {
                            ListCell<?> c = (ListCell<?>) n;
                            if (c.getItem() instanceof io.itplan.core.graph.Module m && c.isVisible()) {
                                assertEquals(
                                        m.id(),
                                        c.getTooltip()
                                                .getText()
                                                .lines()
                                                .findFirst()
                                                .orElseThrow());
                                made.add(c.getTooltip());
                            }
                        }
                    }
                    int n = list.lookupAll(".list-cell").size();
                    stage.close();
                    return n;
                })
                .get();
        // 223 scrolls show every module once; the tooltips stay those of the cells.
        org.junit.jupiter.api.Assertions.assertTrue(
                made.size() > 5 && made.size() <= cells, made.size() + " tooltips for " + cells + " cells");
    }
}
