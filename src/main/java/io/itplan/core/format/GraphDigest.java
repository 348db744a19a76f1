package io.itplan.core.format;

import io.itplan.core.graph.DependencyGraph;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The {@code sha256:} digest of a graph's canonical form, by which a plan names the graph it was made for. */
public final class GraphDigest {
    private GraphDigest() {}

    public static String of(DependencyGraph graph) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // The canonical form is hashed as it is written, never held whole.
            try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
                GraphFiles.writeCanonical(graph, out);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
