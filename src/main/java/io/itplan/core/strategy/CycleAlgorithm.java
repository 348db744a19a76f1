package io.itplan.core.strategy;

/**
 * How cycles are broken: itplan's own solver (exact where affordable, with a proven bound everywhere), or one
 * of the classic heuristics from the literature, for comparison.
 */
public enum CycleAlgorithm implements Keyed {
    /** Exact up to {@code StandardSolvers.EXACT_LIMIT} modules per component, Lagrangian relaxation beyond. */
    EXACT("itplan (exact / Lagrangian)"),
    /** K.-C. Tai and F. J. Daniels, Journal of Object-Oriented Programming 12(4), 1999. */
    TAI_DANIELS("Tai & Daniels 1999"),
    /** Y. Le Traon, T. Jéron, J.-M. Jézéquel and P. Morel, IEEE Transactions on Reliability 49(1), 2000. */
    LE_TRAON("Le Traon et al. 2000"),
    /** L. C. Briand, Y. Labiche and Y. Wang, IEEE Transactions on Software Engineering 29(7), 2003. */
    BRIAND("Briand, Labiche & Wang 2003");

    private final String title;

    CycleAlgorithm(String title) {
        this.title = title;
    }

    /** The algorithm and its source, for people. */
    public String title() {
        return title;
    }

    public static CycleAlgorithm fromKey(String key) {
        return Keyed.parse(CycleAlgorithm.class, key, "cycle algorithm");
    }
}
