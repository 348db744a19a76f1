package io.itplan.core.strategy;

import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Link;
import io.itplan.core.plan.DependencyRef;
import java.util.List;

/**
 * What a set of broken dependencies costs under each objective, summed over the graph's links. (A plan's own
 * metrics count every stub of its steps, which for top-down and sandwich plans are more than the broken set.)
 *
 * @param count      number of broken dependencies
 * @param weight     summed stub weight
 * @param ocplx      summed stub complexity
 * @param attributes summed attribute coupling A
 * @param methods    summed method coupling M
 */
public record BrokenCost(int count, double weight, double ocplx, long attributes, long methods) {

    /** The cost of breaking {@code broken} in {@code g}; dependencies the graph does not have count nothing. */
    public static BrokenCost of(GraphIndex g, List<DependencyRef> broken) {
        int count = 0;
        double weight = 0;
        double ocplx = 0;
        long attributes = 0;
        long methods = 0;
        for (DependencyRef d : broken) {
            int from = g.indexOf(d.from());
            int to = g.indexOf(d.to());
            int li = from < 0 || to < 0 ? -1 : g.linkIndex(from, to);
            if (li >= 0) {
                Link l = g.link(li);
                count++;
                weight += l.weight();
                ocplx += g.complexity(li);
                attributes += l.attributes();
                methods += l.methods();
            }
        }
        return new BrokenCost(count, weight, ocplx, attributes, methods);
    }

    /** The value the objective minimises. */
    public double value(Objective objective) {
        return switch (objective) {
            case STUBS -> count;
            case COST -> weight;
            case OCPLX -> ocplx;
            case AM -> attributes;
        };
    }
}
