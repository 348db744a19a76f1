package io.itplan.bench;

import io.itplan.app.files.RecentFiles;
import io.itplan.app.files.RecoveryStore;
import io.itplan.app.layout.LayeredLayout;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.ui.DialogService;
import io.itplan.ui.canvas.GraphCanvas;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.main.MainView;
import io.itplan.ui.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Editor scale: a graph of 2,000 modules and 6,000 dependencies read from a file and drawn in a real window,
 * the time of one frame while panning and zooming, and ELK layout of 500 and 2,000 modules. Run with
 * {@code mvn -q -Pbench-editor test-compile exec:exec} (headless, software rendering: the slow case).
 */
public final class EditorBenchmark {
    private EditorBenchmark() {}

    static DependencyGraph generate(int n, int deps, long seed, boolean positions) {
        Random rnd = new Random(seed);
        DependencyGraph.Builder b = DependencyGraph.builder("generated-" + n);
        ModuleKind[] kinds = ModuleKind.values();
        int columns = (int) Math.ceil(Math.sqrt(n * 2.0));
        for (int i = 0; i < n; i++) {
            double x = positions ? 40 + (i % columns) * 190 : 0;
            double y = positions ? 40 + (i / columns) * 110 : 0;
            b.addModule(new Module(
                    String.format(Locale.ROOT, "module-%04d", i),
                    "Module " + i,
                    kinds[i % kinds.length],
                    null,
                    null,
                    null,
                    null,
                    x,
                    y,
                    false,
                    null,
                    null,
                    null));
        }
        int added = 0;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        while (added < deps) {
            int u = rnd.nextInt(n);
            boolean back = rnd.nextInt(100) < 3;
            int v = back ? Math.max(0, u - 1 - rnd.nextInt(20)) : Math.min(n - 1, u + 1 + rnd.nextInt(60));
            // Back dependencies make cycles; they are calls, so the graph can be planned.
            DependencyKind kind = !back && rnd.nextInt(8) == 0 ? DependencyKind.INHERITANCE : DependencyKind.CALL;
            if (u != v && seen.add((long) u * n + v)) {
                b.addDependency(Dependency.of(
                        String.format(Locale.ROOT, "module-%04d", u),
                        String.format(Locale.ROOT, "module-%04d", v),
                        kind));
                added++;
            }
        }
        return b.build();
    }

    private static double median(long[] nanos) {
        long[] c = nanos.clone();
        Arrays.sort(c);
        return c[c.length / 2] / 1e6;
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(
                Locale.ROOT,
                "java %s, %d cores, prism %s%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("prism.order", "default"));
        Path file = Files.createTempFile("itplan-bench", ".graph.json");
        GraphFiles.write(generate(2000, 6000, 7, true), file);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();

        CompletableFuture<String> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                long t0 = System.nanoTime();
                DependencyGraph g = GraphFiles.read(file);
                long read = System.nanoTime() - t0;
                Path home = Files.createTempDirectory("itplan-bench-home");
                MainViewModel vm = new MainViewModel(
                        new GraphDocument(g, file),
                        new NoDialogs(),
                        new RecentFiles(home),
                        new RecoveryStore(home),
                        "bench");
                MainView view = new MainView(vm, new SimpleBooleanProperty(false));
                Stage stage = new Stage();
                stage.setScene(new Scene(view, 1400, 900));
                stage.show();
                view.applyCss();
                view.layout();
                GraphCanvas canvas = view.canvas();
                canvas.fitToWindow();
                long firstFrame = canvas.drawForMeasurement();
                view.snapshot(null, null);
                long shown = System.nanoTime() - t0;
                int frames = 30;
                long[] fit = new long[frames];
                for (int i = 0; i < frames; i++) {
                    fit[i] = canvas.drawForMeasurement();
                }
                canvas.actualSize();
                long[] pan = new long[frames];
                for (int i = 0; i < frames; i++) {
                    canvas.zoomAt(1.0, 0, 0);
                    pan[i] = canvas.drawForMeasurement();
                }
                long w0 = System.nanoTime();
                vm.load(file);
                view.applyCss();
                view.layout();
                canvas.fitToWindow();
                canvas.drawForMeasurement();
                view.snapshot(null, null);
                long reopened = System.nanoTime() - w0;
                long[] snap = new long[5];
                for (int i = 0; i < snap.length; i++) {
                    long s0 = System.nanoTime();
                    canvas.snapshot(null, null);
                    snap[i] = System.nanoTime() - s0;
                }
                result.complete(String.format(
                        Locale.ROOT,
                        "2,000 modules / 6,000 dependencies: read %.0f ms; first window (cold JVM) built, laid out, "
                                + "drawn and rendered %.0f ms (first frame's drawing %.0f ms); opened again in the "
                                + "running app, read to rendered: %.0f ms%n"
                                + "frame at fit-to-window (all visible): median %.1f ms; at 100 %% (part visible): "
                                + "median %.1f ms; full software render of the canvas: median %.0f ms",
                        read / 1e6,
                        shown / 1e6,
                        firstFrame / 1e6,
                        reopened / 1e6,
                        median(fit),
                        median(pan),
                        median(snap)));
                stage.close();
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        System.out.println(result.get());

        for (int n : new int[] {500, 2000}) {
            DependencyGraph g = generate(n, n * 3, 11, false);
            LayeredLayout.layout(generate(50, 150, 1, false), m -> 150, 46, () -> false);
            long[] times = new long[n == 500 ? 5 : 3];
            for (int i = 0; i < times.length; i++) {
                long t0 = System.nanoTime();
                LayeredLayout.layout(g, m -> 150, 46, () -> false);
                times[i] = System.nanoTime() - t0;
            }
            System.out.printf(
                    Locale.ROOT,
                    "ELK layout of %d modules / %d dependencies: median %.0f ms of %d runs%n",
                    n,
                    g.dependencies().size(),
                    median(times),
                    times.length);
        }
        Platform.exit();
    }

    /** The benchmark asks nothing. */
    private static final class NoDialogs implements DialogService {
        @Override
        public Optional<Path> chooseGraphToOpen(Path folder) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseGraphToSave(Path folder, String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseExportFile(String title, Path folder, String name, java.util.List<String> ext) {
            return Optional.empty();
        }

        @Override
        public UnsavedChoice askToSave(String documentName) {
            return UnsavedChoice.CANCEL;
        }

        @Override
        public boolean confirm(String title, String message) {
            return false;
        }

        @Override
        public void showError(String title, String message) {}
    }
}
