package io.itplan.core.graph;

/** A graph that breaks a rule of the model: a duplicate id, or a dependency on an unknown module. */
public class GraphException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public GraphException(String message) {
        super(message);
    }
}
