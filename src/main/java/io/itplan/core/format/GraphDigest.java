package io.itplan.core.format;

import io.itplan.core.graph.DependencyGraph;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The {@code sha256:} digest of a graph's canonical form, by which a plan names the graph it was made for. */
public final class GraphDigest {
    private GraphDigest() {}

    public static String of(DependencyGraph graph) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(GraphFiles.canonical(graph).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
