package io.itplan.ui.main;

import io.itplan.app.files.RecoveryStore;
import io.itplan.core.format.GraphFiles;
import io.itplan.core.format.InputException;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.ui.common.DialogService;
import io.itplan.ui.editor.EditCommand;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.editor.Selection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Keeps a recovery copy of unsaved work and offers back what a run that did not close normally left. The copy
 * is written at most {@link #WITHIN} after the first edit that is not in it, however editing goes on (a
 * throttle, not a debounce: steady editing never postpones it), and removed once nothing is unsaved.
 */
public final class RecoveryViewModel {
    /** The most work a crash can lose. */
    public static final Duration WITHIN = Duration.ofSeconds(2);

    private final GraphDocument document;
    private final Selection selection;
    private final DialogService dialogs;
    private final RecoveryStore store;
    private final String sessionKey;
    private final Consumer<String> say;
    private BiConsumer<Duration, Runnable> later = (d, r) -> {};
    private Runnable onRecovered = () -> {};
    private boolean pending;

    RecoveryViewModel(
            GraphDocument document,
            Selection selection,
            DialogService dialogs,
            RecoveryStore store,
            String sessionKey,
            Consumer<String> say) {
        this.document = document;
        this.selection = selection;
        this.dialogs = dialogs;
        this.store = store;
        this.sessionKey = sessionKey;
        this.say = say;
        document.commands().revisionProperty().addListener((obs, a, b) -> edited());
    }

    /**
     * How to run something after a delay on the thread that edits the document; until this is set no copy is
     * written by itself.
     */
    public void runLaterWith(BiConsumer<Duration, Runnable> later) {
        this.later = Objects.requireNonNull(later);
    }

    void setOnRecovered(Runnable onRecovered) {
        this.onRecovered = onRecovered;
    }

    private void edited() {
        if (!document.isDirty()) {
            discard();
            return;
        }
        if (!pending) {
            pending = true;
            later.accept(WITHIN, () -> {
                pending = false;
                updateCopy();
            });
        }
    }

    /** Writes the copy now while there are unsaved changes, and removes it when there are none. */
    public void updateCopy() {
        if (!document.isDirty()) {
            discard();
            return;
        }
        try {
            store.save(sessionKey, document.file(), document.graph());
        } catch (InputException e) {
            say.accept("Cannot write the recovery copy: " + e.getMessage());
        }
    }

    /** Removes this run's copy: its work was saved or knowingly dropped. */
    void discard() {
        store.discard(sessionKey);
    }

    /**
     * At start, before any file is opened: offers back the newest copy another run left behind. True when it
     * was recovered.
     */
    public boolean offerAtStart() {
        List<RecoveryStore.Recovered> left = store.leftOver(sessionKey);
        return !left.isEmpty() && offer(left.get(0));
    }

    /** After {@code file} was opened: offers back only a copy of unsaved changes to that file. */
    public boolean offerFor(Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        return store.leftOver(sessionKey).stream()
                .filter(r -> r.originalFile() != null
                        && r.originalFile().toAbsolutePath().normalize().equals(wanted))
                .findFirst()
                .map(this::offer)
                .orElse(false);
    }

    private boolean offer(RecoveryStore.Recovered r) {
        String what = r.originalFile() == null
                ? "'" + r.graph().name() + "' (never saved)"
                : r.originalFile().getFileName().toString();
        switch (dialogs.askToRecover(what, ago(r.savedAt()))) {
            case LATER:
                say.accept("Unsaved changes to " + what + " are kept; itplan offers them again at the next start");
                return false;
            case DISCARD:
                store.discard(r.copy());
                say.accept("Discarded the unsaved changes to " + what);
                return false;
            default:
                break;
        }
        store.discard(r.copy());
        selection.clear();
        document.reset(savedVersion(r.originalFile()), r.originalFile());
        document.commands().execute(new EditCommand() {
            @Override
            public String description() {
                return "Recover unsaved changes";
            }

            @Override
            public DependencyGraph apply(DependencyGraph current) {
                return r.graph();
            }
        });
        updateCopy();
        onRecovered.run();
        say.accept("Recovered unsaved changes to " + what + "; Undo shows the saved version");
        return true;
    }

    /** The file as last saved, so Undo after recovering shows it; an empty graph when it cannot be read. */
    private static DependencyGraph savedVersion(Path file) {
        if (file != null && Files.isRegularFile(file)) {
            try {
                return GraphFiles.read(file);
            } catch (InputException e) {
                // The recovered work stands on its own; there is just nothing to undo to.
            }
        }
        return DependencyGraph.builder("").build();
    }

    private static String ago(Instant when) {
        long s = Math.max(0, Duration.between(when, Instant.now()).getSeconds());
        if (s < 90) {
            return "a moment ago";
        }
        if (s < 90 * 60) {
            return (s + 30) / 60 + " minutes ago";
        }
        if (s < 36 * 3600) {
            return (s + 1800) / 3600 + " hours ago";
        }
        return (s + 43200) / 86400 + " days ago";
    }
}
