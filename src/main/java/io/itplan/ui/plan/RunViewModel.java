package io.itplan.ui.plan;

import io.itplan.app.RunPlan;
import io.itplan.core.plan.IntegrationPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private volatile RunPlan runner;
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
        RunPlan r = new RunPlan(
                new RunPlan.Request(
                        plan, baseDir, reportDir, null, null, null, false, java.time.Duration.ofSeconds(60), false),
                new PrintWriter(new StringWriter()),
                new RunPlan.Progress() {
                    @Override
                    public void started(String step) {
                        ui.execute(() -> {
                            status.put(step, "running");
                            onStepStarted.accept(step);
                        });
                    }

                    @Override
                    public void finished(RunPlan.StepResult o) {
                        ui.execute(() -> status.put(o.step(), o.status().word()));
                    }
                });
        runner = r;
        Thread t = new Thread(
                () -> {
                    String result;
                    try {
                        result = r.run().summary() + "; reports in " + reportDir;
                    } catch (InterruptedException e) {
                        result = "Run interrupted";
                    } catch (IllegalArgumentException e) {
                        result = "Not run: " + e.getMessage();
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
        RunPlan r = runner;
        if (r != null) {
            summary.set("Stopping…");
            // Ending process trees waits for them; the window must not.
            Thread t = new Thread(r::cancel, "itplan-stop-run");
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
