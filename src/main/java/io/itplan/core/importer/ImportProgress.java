package io.itplan.core.importer;

import java.util.concurrent.CancellationException;

/** How an importer tells how far it got, and learns that the user cancelled. */
public interface ImportProgress {
    /** Reports nothing and is never cancelled. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void progress(String message, long done, long total) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * @param done  units of work done so far
     * @param total units of work in all, or 0 when unknown
     */
    void progress(String message, long done, long total);

    boolean isCancelled();

    /** @throws CancellationException when the user cancelled */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("import cancelled");
        }
    }
}
