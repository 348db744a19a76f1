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
import io.itplan.ui.canvas.GraphCanvas;
import io.itplan.ui.common.DialogService;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.main.MainView;
import io.itplan.ui.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;

/**
 * Editor scale: a graph of 2,000 modules and 6,000 dependencies read from a file and shown in a real window:
 * open to first paint, then, at fit-to-window and at 25, 50 and 100 %, the time from an action (fit, pan, zoom,
 * step selection) to its frame rendered; and Auto Layout (ELK) of 500 and 2,000 modules. Run with
 * {@code mvn -q -Pbench-editor test-compile exec:exec} (headless, software rendering: the slow case). It saves a picture
 * of the window at fit zoom, with a step selected, in {@code target/bench-editor-fit.png}.
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

    /** Runs on the JavaFX thread and waits for it. */
    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        return done.get(10, TimeUnit.MINUTES);
    }

    private static void fx(Runnable work) throws Exception {
        fx(() -> {
            work.run();
            return null;
        });
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** The JavaFX application thread (Monocle calls it "Event Thread"), found once the toolkit runs. */
    private static long fxThread = -1;

    /** CPU time so far of the JavaFX application thread. */
    private static long fxCpu() {
        return Math.max(0, THREADS.getThreadCpuTime(fxThread));
    }

    /** CPU time so far of the renderer, which turns the scene into pixels. */
    private static long renderCpu() {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) {
                sum += Math.max(0, THREADS.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }

    /** JavaFX's renderer queue, reached by reflection: the benchmark runs with JavaFX on the class path. */
    private static java.util.concurrent.ExecutorService renderer;

    private static java.lang.reflect.Constructor<?> renderJob;

    /**
     * Waits for the window's next frame on the screen: the canvas draws at the next turn of the event loop, the next
     * pulse lays the scene out and hands its drawing to the renderer, and a job queued on the renderer after that
     * drawing returns once it is in pixels (software rendering here: the slow case).
     */
    private static void frame(Scene scene) throws Exception {
        if (renderer == null) {
            java.lang.reflect.Method instance =
                    Class.forName("com.sun.javafx.tk.quantum.QuantumRenderer").getDeclaredMethod("getInstance");
            instance.setAccessible(true);
            renderer = (java.util.concurrent.ExecutorService) instance.invoke(null);
            renderJob = Class.forName("com.sun.javafx.tk.RenderJob").getConstructor(Runnable.class);
        }
        fx(() -> null);
        CompletableFuture<Void> pulsed = new CompletableFuture<>();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> pulsed.complete(null));
        };
        fx(() -> {
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        pulsed.get(1, TimeUnit.MINUTES);
        CompletableFuture<Void> rendered = new CompletableFuture<>();
        Runnable done = () -> rendered.complete(null);
        // A render job's own future never completes (it runs and resets), so the job completes one of ours.
        renderer.submit((Runnable) renderJob.newInstance(done));
        rendered.get(1, TimeUnit.MINUTES);
    }

    /**
     * An action and its frame: the wall-clock time from the action to the frame it changed on the screen, the CPU
     * time of the JavaFX thread (the action, the canvas's drawing at the next turn of the event loop, the pulse's
     * layout and everything else the window does for it) and that of the renderer (the parts of the window that
     * changed, turned into pixels). CPU times are not inflated by other work on the machine or in the app's
     * background threads.
     */
    private static long[] timed(Scene scene, Runnable action) throws Exception {
        long f0 = fxCpu();
        long r0 = renderCpu();
        long t0 = System.nanoTime();
        fx(action);
        frame(scene);
        return new long[] {System.nanoTime() - t0, fxCpu() - f0, renderCpu() - r0};
    }

    /** Wall-clock times, JavaFX thread CPU times, renderer CPU times. */
    private static long[][] repeat(int n, Scene scene, java.util.function.IntFunction<Runnable> action)
            throws Exception {
        long[][] t = new long[3][n];
        for (int i = 0; i < n; i++) {
            long[] one = timed(scene, action.apply(i));
            for (int k = 0; k < 3; k++) {
                t[k][i] = one[k];
            }
        }
        return t;
    }

    private static String cell(long[][] t) {
        return String.format(Locale.ROOT, "%5.0f %4.0f %4.0f", median(t[0]), median(t[1]), median(t[2]));
    }

    /** A wheel turn over the canvas: shift pans sideways, otherwise it zooms toward the point. */
    private static ScrollEvent wheel(GraphCanvas canvas, double delta, boolean shift) {
        double x = canvas.getWidth() / 2;
        double y = canvas.getHeight() / 2;
        return new ScrollEvent(
                ScrollEvent.SCROLL,
                x,
                y,
                x,
                y,
                shift,
                false,
                false,
                false,
                false,
                false,
                0,
                delta,
                0,
                delta,
                ScrollEvent.HorizontalTextScrollUnits.NONE,
                0,
                ScrollEvent.VerticalTextScrollUnits.NONE,
                0,
                0,
                null);
    }

    /** Whether every module's box lies inside the canvas. */
    private static boolean allInView(GraphCanvas canvas, DependencyGraph g) {
        double s = canvas.zoomProperty().get();
        for (Module m : g.modules()) {
            var c = canvas.centerOf(m.id());
            double hw = canvas.moduleWidth(m) * s / 2;
            double hh = GraphCanvas.MODULE_HEIGHT * s / 2;
            if (c.getX() - hw < 0
                    || c.getY() - hh < 0
                    || c.getX() + hw > canvas.getWidth()
                    || c.getY() + hh > canvas.getHeight()) {
                return false;
            }
        }
        return true;
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(
                Locale.ROOT,
                "java %s, %d cores, prism %s, load average %.1f%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("prism.order", "default"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        Path file = Files.createTempFile("itplan-bench", ".graph.json");
        DependencyGraph generated = generate(2000, 6000, 7, true);
        GraphFiles.write(generated, file);
        // As the app starts: the window's library classes load on a second thread from before the toolkit starts.
        io.itplan.ui.ClassPreload.start();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        fxThread = fx(() -> Thread.currentThread().getId());

        Path home = Files.createTempDirectory("itplan-bench-home");
        long cpu0 = fxCpu() + renderCpu();
        long t0 = System.nanoTime();
        DependencyGraph g = GraphFiles.read(file);
        long read = System.nanoTime() - t0;
        Object[] made = fx(() -> {
            MainViewModel vm = new MainViewModel(
                    new GraphDocument(g, file),
                    new NoDialogs(),
                    new RecentFiles(home),
                    new RecoveryStore(home),
                    "bench");
            MainView view = new MainView(vm, new SimpleBooleanProperty(false));
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1280, 800));
            io.itplan.ui.ItplanApp.applyTheme(stage.getScene(), false);
            stage.show();
            view.applyCss();
            view.layout();
            view.canvas().fitToWindow();
            return new Object[] {vm, view, stage};
        });
        MainViewModel vm = (MainViewModel) made[0];
        MainView view = (MainView) made[1];
        Stage stage = (Stage) made[2];
        GraphCanvas canvas = view.canvas();
        Scene scene = stage.getScene();
        frame(scene);
        long firstPaint = System.nanoTime() - t0;
        long firstPaintCpu = fxCpu() + renderCpu() - cpu0;

        long cpu1 = fxCpu() + renderCpu();
        long w0 = System.nanoTime();
        fx(() -> {
            vm.load(file);
            view.applyCss();
            view.layout();
            canvas.fitToWindow();
        });
        frame(scene);
        long reopened = System.nanoTime() - w0;
        long reopenedCpu = fxCpu() + renderCpu() - cpu1;
        System.out.printf(
                Locale.ROOT,
                "2,000 modules / 6,000 dependencies in a 1280 x 800 window: read %.0f ms; open to first paint (cold "
                        + "JVM: window built, laid out, drawn, rendered) %.0f ms (JavaFX and renderer threads' CPU %.0f ms); opened again in "
                        + "the running app %.0f ms (%.0f ms)%n",
                read / 1e6,
                firstPaint / 1e6,
                firstPaintCpu / 1e6,
                reopened / 1e6,
                reopenedCpu / 1e6);

        // Planning runs in the background; step selection needs its plan.
        long p0 = System.nanoTime();
        while (fx(() -> view.plan().planProperty().get()) == null && System.nanoTime() - p0 < 120e9) {
            Thread.sleep(100);
        }
        int steps = fx(() -> view.plan().planProperty().get() == null
                ? 0
                : view.plan().planProperty().get().steps().size());
        System.out.printf(Locale.ROOT, "plan ready after %.1f s: %d steps%n", (System.nanoTime() - p0) / 1e9, steps);
        Thread.sleep(2000);

        int n = 15;
        fx(canvas::requestFocus);
        javafx.scene.control.Label someLabel = fx(() ->
                (javafx.scene.control.Label) view.lookupAll(".label").iterator().next());
        String text = fx(someLabel::getText);
        long[][] floor = repeat(n, scene, i -> () -> someLabel.setText(i % 2 == 0 ? text + " " : text));
        System.out.println("action to rendered frame, median of " + n + ", ms: wall clock, then CPU of the JavaFX "
                + "thread and of the renderer");
        System.out.println("  a label elsewhere in the window changes (what any repaint costs here): " + cell(floor));
        // The canvas's share of step selection: the paints the plan panel hands it, set directly.
        java.util.List<io.itplan.ui.canvas.PlanPaint> paints = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(steps, n); i++) {
            int k = i;
            paints.add(fx(() -> {
                view.plan().selectedStepProperty().set(k);
                return canvas.planPaintProperty().get();
            }));
        }
        System.out.println(
                "  zoom          fit              pan              zoom             step             step, canvas alone");
        for (double zoom : new double[] {0, 0.25, 0.5, 1}) {
            long[][] fit = repeat(5, scene, i -> canvas::fitToWindow);
            if (zoom > 0) {
                fx(() -> canvas.zoomAt(
                        zoom / canvas.zoomProperty().get(), canvas.getWidth() / 2, canvas.getHeight() / 2));
            }
            boolean all = zoom > 0 || fx(() -> allInView(canvas, g));
            double shown = fx(() -> canvas.zoomProperty().get());
            long[][] pan = repeat(n, scene, i -> () -> canvas.fireEvent(wheel(canvas, i % 2 == 0 ? 40 : -40, true)));
            long[][] zooms = repeat(n, scene, i -> () -> canvas.fireEvent(wheel(canvas, i % 2 == 0 ? 60 : -60, false)));
            long[][] step = steps == 0
                    ? new long[][] {{0}, {0}, {0}}
                    : repeat(
                            n,
                            scene,
                            i -> () -> view.plan().selectedStepProperty().set(i % steps));
            long[][] paint = paints.isEmpty()
                    ? new long[][] {{0}, {0}, {0}}
                    : repeat(n, scene, i -> () -> canvas.planPaintProperty().set(paints.get(i % paints.size())));
            fx(() -> view.plan().selectedStepProperty().set(-1));
            System.out.printf(
                    Locale.ROOT,
                    "  %-11s %s %s %s %s %s%s%n",
                    zoom == 0 ? String.format(Locale.ROOT, "fit %.1f%%", shown * 100) : (int) (zoom * 100) + " %",
                    cell(fit),
                    cell(pan),
                    cell(zooms),
                    cell(step),
                    cell(paint),
                    zoom == 0 ? (all ? "  every module in view" : "  NOT every module in view") : "");
        }
        String shot = System.getProperty("itplan.bench.snapshot", "target/bench-editor-fit.png");
        if (!shot.isEmpty()) {
            fx(() -> {
                canvas.fitToWindow();
                if (steps > 2) {
                    view.plan().selectedStepProperty().set(steps / 2);
                }
            });
            fx(() -> {
                try {
                    io.itplan.ui.common.Snapshots.save(stage.getScene(), Path.of(shot));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            System.out.println("saved " + shot);
        }
        fx(stage::close);

        for (int size : new int[] {500, 2000}) {
            DependencyGraph lg = generate(size, size * 3, 11, false);
            LayeredLayout.layout(generate(50, 150, 1, false), m -> 150, 46, () -> false);
            var plan = io.itplan.core.strategy.Planner.standard()
                    .plan(lg, io.itplan.core.strategy.PlanOptions.of(io.itplan.core.strategy.StrategyName.BOTTOM_UP));
            LayeredLayout.Rows planRows = new LayeredLayout.Rows(
                    true, java.util.Set.copyOf(plan.cycleBreaking().brokenDependencies()));
            for (LayeredLayout.Rows rows : new LayeredLayout.Rows[] {planRows, LayeredLayout.Rows.own(true)}) {
                long[] times = new long[size == 500 ? 5 : 3];
                long[] cpu = new long[times.length];
                for (int i = 0; i < times.length; i++) {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long l0 = System.nanoTime();
                    LayeredLayout.run(lg, m -> 150, 46, rows, () -> false);
                    times[i] = System.nanoTime() - l0;
                    cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
                }
                System.out.printf(
                        Locale.ROOT,
                        "Auto Layout (ELK) of %d modules / %d dependencies, rows %s: median %.0f ms (thread CPU %.0f ms)"
                                + " of %d runs%n",
                        size,
                        lg.dependencies().size(),
                        rows == planRows ? "of the bottom-up plan" : "with cycles broken by the layout",
                        median(times),
                        median(cpu),
                        times.length);
            }
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
