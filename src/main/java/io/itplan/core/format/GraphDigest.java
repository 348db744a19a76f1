package io.itplan.core.format;

import io.itplan.core.graph.DependencyGraph;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The {@code sha256:} digest of a graph's canonical form, by which a plan names the graph it was made for. */
public final class GraphDigest {
    /** The last graph digested: planning a graph and checking its plan ask for the same graph's digest in turn. */
    private record Last(WeakReference<DependencyGraph> graph, String digest) {}

    private static volatile Last last;

    private GraphDigest() {}

    /** The digest of {@code graph}; a graph is immutable, so the last one's digest is kept by identity. */
    public static String of(DependencyGraph graph) {
        Last l = last;
        if (l != null && l.graph().get() == graph) {
            return l.digest();
        }
        String digest = compute(graph);
        last = new Last(new WeakReference<>(graph), digest);
        return digest;
    }

    private static String compute(DependencyGraph graph) {
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
