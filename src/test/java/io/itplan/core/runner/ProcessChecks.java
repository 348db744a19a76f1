package io.itplan.core.runner;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a process has ended, counting a zombie (ended, not yet reaped by whoever adopted it) as ended. */
final class ProcessChecks {
    private ProcessChecks() {}

    static boolean gone(long pid) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (ended(pid)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static boolean ended(long pid) {
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
            } catch (java.io.IOException e) {
                return true;
            }
        }
        return true;
    }
}
