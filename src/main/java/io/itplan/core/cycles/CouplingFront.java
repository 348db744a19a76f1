package io.itplan.core.cycles;

import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Link;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The Pareto front of cycle breaking over the pair (A, M): the summed attribute coupling and method coupling
 * of the broken dependencies, both to be small. A point is on the front when no other way of breaking every
 * cycle is at least as good in both and better in one.
 *
 * <p>Every cycle lies inside one strongly connected component, so the front of the graph is the set of
 * non-dominated sums of one point per component. Components up to the exact limit get their exact front by
 * the epsilon-constraint method (Haimes, Lasdon &amp; Wismer 1971): the least M overall, then repeatedly the
 * least A — ties by the least M, then by the fewest stubs — among the answers whose M is below the previous
 * point's, each solved exactly by lazy cycle constraints with M as a side constraint
 * ({@link ExactFeedbackArcSet#solveWithin}). Larger components, or a deadline that expires first, give an
 * approximate front from weighted sums solved by the large-component solver, and the front says it is not
 * exact.
 */
public final class CouplingFront {
    /** Weighted sums tried per component when its front cannot be computed exactly. */
    static final int WEIGHTS = 11;

    private CouplingFront() {}

    /**
     * One way of breaking the cycles.
     *
     * @param broken link indices of the graph to break
     */
    public record Point(long attributes, long methods, BitSet broken) {
        public Point {
            broken = (BitSet) broken.clone();
        }

        @Override
        public BitSet broken() {
            return (BitSet) broken.clone();
        }

        public int count() {
            return broken.cardinality();
        }
    }

    /**
     * The front, by ascending A (and so descending M).
     *
     * @param exact               whether every point is proven Pareto-optimal and no point is missing
     * @param attributeLowerBound a proven lower bound of A over all answers
     */
    public record Front(List<Point> points, boolean exact, double attributeLowerBound) {
        public Front {
            points = List.copyOf(points);
        }

        /** The point with the least A whose M is at most {@code maxMethods}, or {@code null} when none is. */
        public Point within(Long maxMethods) {
            for (Point p : points) {
                if (maxMethods == null || p.methods() <= maxMethods) {
                    return p;
                }
            }
            return null;
        }
    }

    /**
     * Computes the front of {@code g}.
     *
     * @param exactLimit components up to this many modules get an exact front
     * @param large      solver for the weighted sums of larger components
     * @throws UnbreakableCycleException when a cycle consists of unstubbable links only
     */
    public static Front compute(GraphIndex g, Deadline deadline, int exactLimit, FeedbackArcSetSolver large) {
        Cycles.requireBreakable(g);
        List<Point> total = List.of(new Point(0, 0, new BitSet()));
        boolean exact = true;
        double lowerBound = 0;
        for (Cycles.CyclicComponent comp : Cycles.cyclicComponents(g)) {
            Component part = new Component(g, comp);
            ComponentFront f = comp.size() <= exactLimit ? part.exactFront(deadline) : null;
            if (f == null) {
                f = part.approximateFront(deadline, large);
            }
            exact &= f.exact;
            lowerBound += f.attributeLowerBound;
            total = sum(total, f.points);
        }
        // A is a whole number, so a bound on it rounds up
        return new Front(total, exact, exact ? total.get(0).attributes() : Math.ceil(lowerBound - 1e-6));
    }

    /** Non-dominated sums of one point of each list, by ascending A. */
    static List<Point> sum(List<Point> a, List<Point> b) {
        List<Point> all = new ArrayList<>();
        for (Point p : a) {
            for (Point q : b) {
                BitSet broken = p.broken();
                broken.or(q.broken());
                all.add(new Point(p.attributes() + q.attributes(), p.methods() + q.methods(), broken));
            }
        }
        return nonDominated(all);
    }

    static List<Point> nonDominated(List<Point> points) {
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingLong(Point::attributes)
                .thenComparingLong(Point::methods)
                .thenComparingInt(Point::count));
        List<Point> front = new ArrayList<>();
        long bestM = Long.MAX_VALUE;
        for (Point p : sorted) {
            if (p.methods() < bestM) {
                front.add(p);
                bestM = p.methods();
            }
        }
        return front;
    }

    private record ComponentFront(List<Point> points, boolean exact, double attributeLowerBound) {}

    /** One strongly connected component with its arcs renumbered from 0. */
    private static final class Component {
        final int n;
        final int[] links;
        final int[] tail;
        final int[] head;
        final boolean[] breakable;
        final long[] attr;
        final long[] meth;

        Component(GraphIndex g, Cycles.CyclicComponent comp) {
            this.n = comp.size();
            this.links = comp.links();
            this.tail = comp.tail();
            this.head = comp.head();
            this.breakable = comp.breakable();
            int m = links.length;
            attr = new long[m];
            meth = new long[m];
            for (int i = 0; i < m; i++) {
                Link l = g.link(links[i]);
                attr[i] = l.attributes();
                meth[i] = l.methods();
            }
        }

        /**
         * Costs that order answers by {@code first}, then {@code second}, then the number of arcs: the tie
         * shares add up to less than one unit of the criterion above them.
         */
        ArcProblem lexicographic(long[] first, long[] second) {
            int m = tail.length;
            double secondTotal = 1;
            for (long s : second) {
                secondTotal += s;
            }
            double d1 = 0.4 / secondTotal;
            double d2 = 0.4 * d1 / (m + 1);
            double[] cost = new double[m];
            for (int i = 0; i < m; i++) {
                cost[i] = first[i] + d1 * second[i] + d2;
            }
            return new ArcProblem(n, tail, head, cost, breakable);
        }

        Point point(int[] removed) {
            BitSet broken = new BitSet();
            long a = 0;
            long mm = 0;
            for (int i : removed) {
                broken.set(links[i]);
                a += attr[i];
                mm += meth[i];
            }
            return new Point(a, mm, broken);
        }

        /** The exact front, or {@code null} when the deadline expires first. */
        ComponentFront exactFront(Deadline deadline) {
            ArcSelection leastM = new ExactFeedbackArcSet().solve(lexicographic(meth, attr), deadline);
            if (!leastM.optimal()) {
                return null;
            }
            Point last = point(CycleBreaker.minimal(lexicographic(meth, attr), leastM.removedArcs()));
            ArcGraph byA = new ArcGraph(lexicographic(attr, meth));
            // the integer programme minimises A alone, in whole numbers, which keeps it exact and well
            // conditioned; an answer with equal A but more M is then dominated by a later step's and dropped
            long[] weights = attr;

            double[] side = new double[tail.length];
            for (int i = 0; i < side.length; i++) {
                side[i] = meth[i];
            }
            List<Point> points = new ArrayList<>();
            CycleFamily cycles = new CycleFamily(byA);
            boolean proven = true;
            double limit = Double.POSITIVE_INFINITY;
            while (true) {
                PerComponent.Result r = ExactFeedbackArcSet.solveWithin(byA, weights, side, limit, cycles, deadline);
                if (r.removed() == null) {
                    if (!r.optimal()) {
                        return null;
                    }
                    break;
                }
                // a step whose answer is not proven still gives a way of breaking the cycles
                proven &= r.optimal();
                // restoring arcs never raises A or M: drop the ones (with A = M = 0) that no cycle needs
                Point p = point(CycleBreaker.minimal(byA.problem, ArcGraph.indicesOf(r.removed())));
                if (p.methods() <= last.methods()) {
                    points.add(last);
                    break;
                }
                points.add(p);
                limit = p.methods() - 1;
            }
            points = nonDominated(points);
            return new ComponentFront(points, proven, proven ? points.get(0).attributes() : 0);
        }

        /** Weighted sums of A and M (each scaled to its largest value), solved by {@code large}. */
        ComponentFront approximateFront(Deadline deadline, FeedbackArcSetSolver large) {
            int m = tail.length;
            long maxA = 1;
            long maxM = 1;
            for (int i = 0; i < m; i++) {
                maxA = Math.max(maxA, attr[i]);
                maxM = Math.max(maxM, meth[i]);
            }
            List<Point> found = new ArrayList<>();
            double attributeBound = 0;
            for (int k = 0; k < WEIGHTS; k++) {
                double t = (double) k / (WEIGHTS - 1);
                double[] cost = new double[m];
                for (int i = 0; i < m; i++) {
                    cost[i] = t * attr[i] / maxA + (1 - t) * meth[i] / maxM + 1e-6;
                }
                ArcProblem p = new ArcProblem(n, tail, head, cost, breakable);
                ArcSelection s = large.solve(p, deadline);
                found.add(point(CycleBreaker.minimal(p, s.removedArcs())));
                if (k == WEIGHTS - 1) {
                    // with t = 1 the bound is one of A alone (less the tie shares), which holds for every point
                    attributeBound = Math.max(0, (s.lowerBound() - 1e-6 * m) * maxA);
                }
            }
            return new ComponentFront(nonDominated(found), false, attributeBound);
        }
    }
}
