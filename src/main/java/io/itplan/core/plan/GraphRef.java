package io.itplan.core.plan;

/**
 * The graph a plan was made for: its name, the {@code sha256:} digest of its canonical form, and where its file is,
 * relative to the plan file's folder ({@code null} when the plan was not written beside a graph file).
 */
public record GraphRef(String name, String digest, String file) {
    public GraphRef(String name, String digest) {
        this(name, digest, null);
    }

    public GraphRef withFile(String relativePath) {
        return new GraphRef(name, digest, relativePath);
    }
}
