package io.itplan.ui.canvas;

import io.itplan.core.plan.StepView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The tags that say what a module is in the selected step — {@code NEW}, {@code STUB · serving web, api},
 * {@code DRIVER of orders} — and where they go: every tag a module has, stacked above its box, else below it, else
 * inside its top edge, wherever the stack meets no other box and no tag placed before; a stack with no free place
 * is left out (the module's outline and tooltip still say it). So tags never cover each other. A tag is at most as
 * wide as its box (or {@value #MIN_WIDTH} units); a longer text is cut with "…" and shown whole in the tooltip.
 */
final class Badges {
    static final double HEIGHT = 16;
    static final double GAP = 2;
    static final double MIN_WIDTH = 90;
    static final double PADDING = 6;

    /** What a tag says a module is in the step: new in it, or one of the plan's stand-in roles. */
    enum Role {
        NEW,
        STUB,
        DRIVER
    }

    /**
     * One tag: where it is drawn (world units), the words on it and the whole phrase.
     *
     * @param text the text drawn, cut to fit
     * @param full the phrase in full, for the tooltip
     */
    record Badge(String module, Role role, double x, double y, double w, double h, String text, String full) {
        boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }

        boolean overlaps(Badge o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }

    /** A module's tag before it is placed. */
    record Label(Role role, String text, String full) {}

    private Badges() {}

    /**
     * The tags of a module in the step, stub before driver, or none: the words and the whole phrases are the plan's
     * own ({@link StepView#roles}, {@link StepView#phrase}).
     */
    static List<Label> labels(StepRoles step, String module) {
        List<Label> out = new ArrayList<>();
        if (step == null) {
            return out;
        }
        StepView view = step.step();
        if (view.place(module) == StepView.Place.NEW) {
            out.add(new Label(Role.NEW, "NEW", module + " is integrated in step " + view.step()));
            return out;
        }
        Set<io.itplan.core.plan.Role> roles = step.roles(module);
        if (roles.contains(io.itplan.core.plan.Role.STUB)) {
            out.add(new Label(
                    Role.STUB,
                    "STUB · serving " + String.join(", ", view.stubs().get(module)),
                    view.phrase(module, io.itplan.core.plan.Role.STUB)));
        }
        if (roles.contains(io.itplan.core.plan.Role.DRIVER)) {
            out.add(new Label(
                    Role.DRIVER,
                    "DRIVER of " + String.join(", ", step.drivenInPlaceOf(module)),
                    view.phrase(module, io.itplan.core.plan.Role.DRIVER)));
        }
        return out;
    }

    /**
     * Places the tags of every module that has some, top row first.
     *
     * @param labels    each module's tags
     * @param geometry  the boxes, which tags must not cover
     * @param textWidth the width of a text in the tag font, world units
     */
    static List<Badge> place(Map<String, List<Label>> labels, Geometry geometry, ToDoubleFunction<String> textWidth) {
        List<Box> order = new ArrayList<>();
        labels.forEach((id, l) -> {
            Box b = geometry.box(id);
            if (b != null && !l.isEmpty()) {
                order.add(b);
            }
        });
        order.sort(
                Comparator.comparingDouble(Box::y).thenComparingDouble(Box::x).thenComparing(Box::id));
        List<Badge> placed = new ArrayList<>();
        for (Box b : order) {
            List<Label> stack = labels.get(b.id());
            double w = Math.max(b.w(), MIN_WIDTH);
            double[] widths = new double[stack.size()];
            for (int i = 0; i < stack.size(); i++) {
                widths[i] = Math.min(w, textWidth.applyAsDouble(stack.get(i).text()) + 2 * PADDING);
            }
            double stackHeight = stack.size() * (HEIGHT + GAP) - GAP;
            double[] tops = {b.y() - 4 - stackHeight, b.y() + b.h() + 4, b.y() + 3};
            for (int c = 0; c < tops.length; c++) {
                if (c == 2 && stackHeight > b.h() - 6) {
                    break;
                }
                List<Badge> candidate = new ArrayList<>();
                for (int i = 0; i < stack.size(); i++) {
                    Label l = stack.get(i);
                    double x = c == 2 ? b.x() + 3 : b.x() - 4;
                    double bw = c == 2 ? Math.min(widths[i], b.w() - 6) : widths[i];
                    String text = fit(l.text(), bw - 2 * PADDING, textWidth);
                    candidate.add(
                            new Badge(b.id(), l.role(), x, tops[c] + i * (HEIGHT + GAP), bw, HEIGHT, text, l.full()));
                }
                if (free(candidate, placed, geometry, b.id(), c == 2)) {
                    placed.addAll(candidate);
                    break;
                }
            }
        }
        return placed;
    }

    private static boolean free(
            List<Badge> candidate, List<Badge> placed, Geometry geometry, String own, boolean inside) {
        for (Badge c : candidate) {
            for (Badge p : placed) {
                if (c.overlaps(p)) {
                    return false;
                }
            }
            boolean[] hit = {false};
            geometry.boxesIn(
                    c.x(),
                    c.y(),
                    c.w(),
                    c.h(),
                    box -> hit[0] |= !inside || !box.id().equals(own));
            if (hit[0]) {
                return false;
            }
        }
        return true;
    }

    /** The text, cut with "…" where it is wider than {@code width}. */
    static String fit(String text, double width, ToDoubleFunction<String> textWidth) {
        if (textWidth.applyAsDouble(text) <= width) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (textWidth.applyAsDouble(text.substring(0, mid) + "…") <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo).stripTrailing() + "…";
    }
}
