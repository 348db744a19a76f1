package io.itplan.ui.plan;

import io.itplan.app.CompareStrategies;
import io.itplan.ui.common.FullText;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The comparison: a table of every alternative's metrics (best marked) and a bar chart; Apply shows one. */
public final class CompareView extends VBox {
    private final CompareViewModel vm;
    private final TableView<CompareStrategies.Compared> table = new TableView<>();
    /** What each metric means, for its column's tooltip. */
    static final java.util.Map<String, String> MEANING = java.util.Map.of(
            "steps", "steps: how many steps the plan has (more: finer fault isolation)",
            "depth", "depth: steps on the longest chain of steps",
            "width", "width: the most steps that can run at once",
            "specificStubs", "specificStubs: stubs counted per (client, supplier) pair",
            "genericStubs", "genericStubs: stubs to build, one per replaced supplier",
            "stubCost", "stubCost: summed weights of the specific stubs",
            "ocplx", "ocplx: stub complexity after Briand et al., from attribute and method coupling",
            "specificDrivers", "specificDrivers: drivers counted per (client, supplier) pair",
            "genericDrivers", "genericDrivers: drivers to build, one per driven module");

    // Strategies on the vertical axis: their names read across, and the bars keep the chart's height.
    private final NumberAxis x = new NumberAxis();
    private final CategoryAxis y = new CategoryAxis();
    private final BarChart<Number, String> chart = new BarChart<>(x, y);
    private final ComboBox<String> metric = new ComboBox<>();

    public CompareView(CompareViewModel vm, Runnable afterApply) {
        this.vm = vm;
        getStyleClass().add("plan-panel");
        setSpacing(6);
        table.setId("compare-table");
        table.setPlaceholder(new Label("Comparing…"));
        TableColumn<CompareStrategies.Compared, String> name = new TableColumn<>();
        name.setGraphic(FullText.header("Strategy", "The strategy and its granularity"));
        name.setPrefWidth(170);
        name.setCellValueFactory(
                d -> new ReadOnlyObjectWrapper<>(d.getValue().alternative().label()));
        name.setCellFactory(col -> FullText.cell(
                r -> r.alternative().label() + (!r.planned() && r.problem() != null ? ": " + r.problem() : "")));
        table.getColumns().add(name);
        TableColumn<CompareStrategies.Compared, CompareStrategies.Compared> use = new TableColumn<>("");
        use.setPrefWidth(56);
        use.setSortable(false);
        use.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        use.setCellFactory(col -> new TableCell<>() {
            private final javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink("Use");

            @Override
            protected void updateItem(CompareStrategies.Compared row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null || !row.planned()) {
                    setGraphic(null);
                    return;
                }
                link.setOnAction(e -> {
                    vm.apply(row);
                    afterApply.run();
                });
                setGraphic(link);
            }
        });
        table.getColumns().add(use);
        for (String m : CompareViewModel.METRICS) {
            TableColumn<CompareStrategies.Compared, CompareStrategies.Compared> c = new TableColumn<>();
            c.setGraphic(FullText.header(m, MEANING.getOrDefault(m, m)));
            c.setPrefWidth(Math.max(76, m.length() * 8.5));
            c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(CompareStrategies.Compared row, boolean empty) {
                    super.updateItem(row, empty);
                    getStyleClass().remove("best");
                    if (empty || row == null) {
                        setText(null);
                        FullText.hover(this, null);
                    } else if (!row.planned()) {
                        setText("–");
                        FullText.hover(this, null);
                    } else {
                        double v = CompareViewModel.value(row, m);
                        boolean best = v == vm.best(m);
                        String shown =
                                v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3f", v);
                        setText((best ? "★ " : "") + shown);
                        FullText.hover(
                                this,
                                row.alternative().label() + " · " + m + " " + shown
                                        + (best ? " (the best of all)" : ""));
                        if (best) {
                            getStyleClass().add("best");
                        }
                    }
                }
            });
            table.getColumns().add(c);
        }
        table.setItems(vm.rows());
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<CompareStrategies.Compared> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2
                        && row.getItem() != null
                        && row.getItem().planned()) {
                    vm.apply(row.getItem());
                    afterApply.run();
                }
            });
            return row;
        });
        Button apply = new Button("Show in Plan");
        apply.setId("compare-apply");
        apply.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        apply.setOnAction(e -> {
            CompareStrategies.Compared row = table.getSelectionModel().getSelectedItem();
            if (row != null && row.planned()) {
                vm.apply(row);
                afterApply.run();
            }
        });
        metric.getItems().setAll(CompareViewModel.METRICS);
        metric.setValue("specificStubs");
        metric.valueProperty().addListener((obs, a, b) -> chart());
        Label note = new Label("★ best: most steps (finer fault isolation), most width, fewest stand-ins; "
                + "double-click a row to show it in the plan");
        note.getStyleClass().add("muted");
        HBox bar = new HBox(8, apply, new Label("Chart"), metric, note);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setId("compare-chart");
        chart.setMinHeight(120);
        chart.setCategoryGap(3);
        chart.setBarGap(0);
        x.setMinorTickVisible(false);
        SplitPane split = new SplitPane(table, chart);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.66);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(bar, split);
        vm.rows().addListener((ListChangeListener<CompareStrategies.Compared>) c -> {
            table.refresh();
            chart();
        });
    }

    private void chart() {
        String m = metric.getValue();
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        java.util.List<CompareStrategies.Compared> planned =
                vm.rows().stream().filter(r -> r.planned()).toList();
        // Listed top to bottom in the table's order.
        for (int i = planned.size() - 1; i >= 0; i--) {
            CompareStrategies.Compared r = planned.get(i);
            series.getData()
                    .add(new XYChart.Data<>(
                            CompareViewModel.value(r, m), r.alternative().label()));
        }
        chart.getData().setAll(java.util.List.of(series));
        for (XYChart.Data<Number, String> d : series.getData()) {
            if (d.getNode() != null) {
                javafx.scene.control.Tooltip.install(
                        d.getNode(), FullText.tooltip(d.getYValue() + ": " + m + " " + d.getXValue()));
            }
        }
        x.setLabel(m);
    }
}
