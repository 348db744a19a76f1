package io.itplan.core.plan;

/** The graph a plan was made for: its name and the {@code sha256:} digest of its canonical form. */
public record GraphRef(String name, String digest) {}
