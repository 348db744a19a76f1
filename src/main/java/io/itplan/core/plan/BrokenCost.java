package io.itplan.core.plan;

import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Link;
import java.util.BitSet;
import java.util.List;

/**
 * What breaking dependencies costs under each cycle-breaking objective — the one place that says it. Cycle
 * breaking minimises {@link #linkCost}, the plan checker verifies a plan's lower bound against {@link #of}, and the
 * app and the command line report it. (A plan's own metrics count every stub of its steps, which for top-down and
 * sandwich plans are more than the broken set.)
 *
 * @param count      number of broken dependencies
 * @param weight     summed stub weight
 * @param ocplx      summed stub complexity
 * @param attributes summed attribute coupling A
 * @param methods    summed method coupling M
 */
public record BrokenCost(int count, double weight, double ocplx, long attributes, long methods) {

    /** The objectives' keys, as plans and options write them. */
    public static final List<String> OBJECTIVES = List.of("stubs", "cost", "ocplx", "am");

    /**
     * What breaking link {@code li} costs under an objective: 1 ({@code stubs}), its weight ({@code cost}), its
     * stub complexity ({@code ocplx}) or its attribute coupling A ({@code am}).
     *
     * @throws IllegalArgumentException for an unknown objective
     */
    public static double linkCost(GraphIndex g, int li, String objective) {
        Link l = g.link(li);
        return switch (objective) {
            case "stubs" -> 1;
            case "cost" -> l.weight();
            case "ocplx" -> g.complexity(li);
            case "am" -> l.attributes();
            default ->
                throw new IllegalArgumentException(
                        "unknown objective '" + objective + "', expected one of " + String.join(", ", OBJECTIVES));
        };
    }

    /** The cost of breaking {@code broken} in {@code g}; dependencies the graph does not have count nothing. */
    public static BrokenCost of(GraphIndex g, List<DependencyRef> broken) {
        BitSet links = new BitSet(g.linkCount());
        for (DependencyRef d : broken) {
            int from = g.indexOf(d.from());
            int to = g.indexOf(d.to());
            int li = from < 0 || to < 0 ? -1 : g.linkIndex(from, to);
            if (li >= 0) {
                links.set(li);
            }
        }
        return of(g, links);
    }

    /** The cost of breaking (or stubbing) the links in {@code links}. */
    public static BrokenCost of(GraphIndex g, BitSet links) {
        int count = 0;
        double weight = 0;
        double ocplx = 0;
        long attributes = 0;
        long methods = 0;
        for (int li = links.nextSetBit(0); li >= 0; li = links.nextSetBit(li + 1)) {
            count += (int) linkCost(g, li, "stubs");
            weight += linkCost(g, li, "cost");
            ocplx += linkCost(g, li, "ocplx");
            attributes += (long) linkCost(g, li, "am");
            methods += g.link(li).methods();
        }
        return new BrokenCost(count, weight, ocplx, attributes, methods);
    }

    /** The value an objective minimises, by its key. */
    public double value(String objective) {
        return switch (objective) {
            case "stubs" -> count;
            case "cost" -> weight;
            case "ocplx" -> ocplx;
            case "am" -> attributes;
            default -> throw new IllegalArgumentException("unknown objective '" + objective + "'");
        };
    }
}
