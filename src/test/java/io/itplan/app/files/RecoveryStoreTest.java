package io.itplan.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itplan.core.graph.DependencyGraph;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recovery copies: a live run's copy is never offered; a dead run's is, even when its process id came back. */
class RecoveryStoreTest {
    @TempDir
    Path home;

    private final DependencyGraph graph =
            DependencyGraph.builder("Unsaved").addModules("a", "b").build();

    @Test
    void aCopyLeftByACrashedRunIsOfferedEvenWhenALaterRunGotItsProcessId() throws Exception {
        RecoveryStore store = new RecoveryStore(home);
        ProcessHandle self = ProcessHandle.current();
        long started = self.info().startInstant().orElseThrow().toEpochMilli();
        // A run with this process's id that started a minute earlier and crashed: in a container every run is
        // PID 1, so a reused id is the rule there.
        String crashed = "session-" + self.pid() + "-" + (started - 60_000);
        store.save(crashed, null, graph);

        List<RecoveryStore.Recovered> left = store.leftOver(RecoveryStore.currentSession());
        assertEquals(1, left.size(), "the crashed run's copy is offered");
        assertEquals(graph, left.get(0).graph());
    }

    @Test
    void aLiveRunsCopyIsNeverOffered() throws Exception {
        RecoveryStore store = new RecoveryStore(home);
        store.save(RecoveryStore.currentSession(), null, graph);
        assertTrue(store.leftOver("another-window").isEmpty(), "this run is alive: its copy is not left over");
    }

    @Test
    void aCopyOfAProcessThatIsGoneIsOffered() throws Exception {
        RecoveryStore store = new RecoveryStore(home);
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        store.save("session-" + p.pid() + "-1", null, graph);
        store.save("session-" + p.pid(), null, graph);
        assertEquals(2, store.leftOver(RecoveryStore.currentSession()).size());
    }
}
