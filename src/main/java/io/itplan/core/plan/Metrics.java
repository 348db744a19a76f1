package io.itplan.core.plan;

/**
 * The measures of a plan (DESIGN §3). Counts of stand-ins are <em>specific</em> (one per client and
 * replaced module) or <em>generic</em> (one per replaced module).
 *
 * @param depth             steps on the longest chain of {@code after}
 * @param width             most steps at the same depth, i.e. runnable at once
 * @param stubCost          summed weights of the specific stubs
 * @param attributeCoupling summed attribute coupling A over the specific stubs
 * @param methodCoupling    summed method coupling M over the specific stubs
 * @param ocplx             summed stub complexity √(½(A/Amax)² + ½(M/Mmax)²) over the specific stubs
 */
public record Metrics(
        int steps,
        int depth,
        int width,
        int specificStubs,
        int genericStubs,
        double stubCost,
        long attributeCoupling,
        long methodCoupling,
        double ocplx,
        int specificDrivers,
        int genericDrivers) {

    /** Values as plan files and the command line print them, in this fixed order. */
    public static final String[] KEYS = {
        "steps",
        "depth",
        "width",
        "specificStubs",
        "genericStubs",
        "stubCost",
        "attributeCoupling",
        "methodCoupling",
        "ocplx",
        "specificDrivers",
        "genericDrivers"
    };

    public Number value(String key) {
        return switch (key) {
            case "steps" -> steps;
            case "depth" -> depth;
            case "width" -> width;
            case "specificStubs" -> specificStubs;
            case "genericStubs" -> genericStubs;
            case "stubCost" -> stubCost;
            case "attributeCoupling" -> attributeCoupling;
            case "methodCoupling" -> methodCoupling;
            case "ocplx" -> ocplx;
            case "specificDrivers" -> specificDrivers;
            case "genericDrivers" -> genericDrivers;
            default -> throw new IllegalArgumentException("unknown metric " + key);
        };
    }

    /** Rounds a real-valued metric the way plan files store it, so that a plan survives a round trip. */
    public static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
