package io.itplan.ui.plan;

import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.runner.PlanRunner;
import io.itplan.core.runner.StepOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Running the shown plan from the app: the same runner as {@code itplan run}, on a worker thread, with each
 * step's status as it goes, a Stop that ends every process it started, and each step's log.
 */
public final class RunViewModel {
    private final Executor ui;
    private final ObservableMap<String, String> status = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private volatile PlanRunner runner;
    private Path reportDir;

    public RunViewModel(Executor ui) {
        this.ui = ui;
    }

    /** Step id → running, passed, failed or skipped. */
    public ObservableMap<String, String> status() {
        return status;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Runs {@code plan} with relative folders starting at {@code baseDir}; reports go to its itplan-reports. */
    public void run(IntegrationPlan plan, Path baseDir, java.util.function.Consumer<String> onStepStarted) {
        if (running.get() || plan == null) {
            return;
        }
        reportDir = baseDir.resolve("itplan-reports");
        status.clear();
        running.set(true);
        summary.set("Running " + io.itplan.app.text.Plural.count(plan.steps().size(), "step") + " in " + baseDir + "…");
        PlanRunner r = new PlanRunner(
                plan,
                baseDir,
                new PlanRunner.Options(null, null, null, false, reportDir, Duration.ofSeconds(60)),
                new PrintWriter(new StringWriter()));
        r.setListener(new PlanRunner.Listener() {
            @Override
            public void started(String step) {
                ui.execute(() -> {
                    status.put(step, "running");
                    onStepStarted.accept(step);
                });
            }

            @Override
            public void finished(StepOutcome o) {
                ui.execute(() -> status.put(o.step(), o.status().name().toLowerCase(Locale.ROOT)));
            }
        });
        runner = r;
        Thread t = new Thread(
                () -> {
                    String result;
                    try {
                        List<StepOutcome> outcomes = r.run();
                        long failed = outcomes.stream()
                                .filter(o -> o.status() == StepOutcome.Status.FAILED)
                                .count();
                        long passed = outcomes.stream()
                                .filter(o -> o.status() == StepOutcome.Status.PASSED)
                                .count();
                        long skipped = outcomes.stream()
                                .filter(o -> o.status() == StepOutcome.Status.SKIPPED)
                                .count();
                        result = passed + " passed, " + failed + " failed, " + skipped + " skipped; reports in "
                                + reportDir;
                    } catch (InterruptedException e) {
                        result = "Run interrupted";
                    } catch (RuntimeException e) {
                        result = "Run failed: " + e.getMessage();
                    }
                    String text = result;
                    ui.execute(() -> {
                        summary.set(text);
                        running.set(false);
                        runner = null;
                    });
                },
                "itplan-run");
        t.setDaemon(true);
        t.start();
    }

    /** Ends the run: running steps' processes are killed, the rest skipped. */
    public void stop() {
        PlanRunner r = runner;
        if (r != null) {
            summary.set("Stopping…");
            // Ending process trees waits for them; the window must not.
            Thread t = new Thread(r::stop, "itplan-stop-run");
            t.setDaemon(true);
            t.start();
        }
    }

    /** The end of a step's log, or a note that there is none yet. */
    public String log(String step) {
        if (reportDir == null || step == null) {
            return "";
        }
        Path f = reportDir.resolve(step + ".log");
        try {
            if (!Files.exists(f)) {
                return "(no log yet for " + step + ")";
            }
            byte[] all = Files.readAllBytes(f);
            int from = Math.max(0, all.length - 200_000);
            return (from > 0 ? "…\n" : "") + new String(all, from, all.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + f + ": " + e.getMessage() + ")";
        }
    }
}
