package io.itplan.ui.plan;

import io.itplan.app.CompareStrategies;
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
    private final CategoryAxis x = new CategoryAxis();
    private final NumberAxis y = new NumberAxis();
    private final BarChart<String, Number> chart = new BarChart<>(x, y);
    private final ComboBox<String> metric = new ComboBox<>();

    public CompareView(CompareViewModel vm, Runnable afterApply) {
        this.vm = vm;
        getStyleClass().add("plan-panel");
        setSpacing(6);
        table.setId("compare-table");
        table.setPlaceholder(new Label("Comparing…"));
        TableColumn<CompareStrategies.Compared, String> name = new TableColumn<>("Strategy");
        name.setPrefWidth(170);
        name.setCellValueFactory(
                d -> new ReadOnlyObjectWrapper<>(d.getValue().alternative().label()));
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
                if (empty || row == null || row.plan() == null) {
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
            TableColumn<CompareStrategies.Compared, CompareStrategies.Compared> c = new TableColumn<>(m);
            c.setPrefWidth(Math.max(70, m.length() * 7.5));
            c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(CompareStrategies.Compared row, boolean empty) {
                    super.updateItem(row, empty);
                    getStyleClass().remove("best");
                    if (empty || row == null) {
                        setText(null);
                    } else if (row.plan() == null) {
                        setText("–");
                    } else {
                        double v = CompareViewModel.value(row, m);
                        boolean best = v == vm.best(m);
                        setText((best ? "★ " : "")
                                + (v == Math.rint(v)
                                        ? String.valueOf((long) v)
                                        : String.format(Locale.ROOT, "%.3f", v)));
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
                        && row.getItem().plan() != null) {
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
            if (row != null && row.plan() != null) {
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
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (CompareStrategies.Compared r : vm.rows()) {
            if (r.plan() != null) {
                series.getData().add(new XYChart.Data<>(r.alternative().label(), CompareViewModel.value(r, m)));
            }
        }
        chart.getData().setAll(java.util.List.of(series));
        y.setLabel(m);
    }
}
