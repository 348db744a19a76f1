package io.itplan.core.graph;

/**
 * Something in the input that was accepted but changed: a self-loop dropped, or duplicate dependencies
 * merged.
 *
 * @param subject what it is about, as in the file ({@code a -> b})
 */
public record GraphWarning(String subject, String message) {
    @Override
    public String toString() {
        return subject + ": " + message;
    }
}
