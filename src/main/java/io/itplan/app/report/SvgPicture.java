package io.itplan.app.report;

import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.Module;
import io.itplan.core.plan.DependencyRef;
import io.itplan.core.plan.Role;
import io.itplan.core.plan.StepView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The graph as an SVG picture, modules where the editor shows them, with one step of a plan painted as on
 * the canvas: new modules green, stubs orange and drivers blue (dashed), what comes later faded, and the
 * dependencies the step tests in green. Every name is escaped, so any module id is safe. A graph without
 * positions is laid out first ({@link Drawing}).
 */
public final class SvgPicture {
    static final double HEIGHT = 46;
    private static final String NEW = "#2b8a3e";
    private static final String STUB = "#f08c00";
    private static final String DRIVER = "#1971c2";
    private static final String DONE = "#adb5bd";

    private SvgPicture() {}

    /** A box width for a module when the editor's own measure is not at hand. */
    public static double estimatedWidth(Module m) {
        return Math.max(112, Math.min(260, 7.2 * Math.max(m.name().length(), m.id().length()) + 58));
    }

    /**
     * @param width width of each module's box
     * @param step  the step to paint, or null
     */
    public static String of(DependencyGraph graph, ToDoubleFunction<Module> width, StepView step) {
        DependencyGraph g = Drawing.positioned(graph, width, HEIGHT);
        Map<String, double[]> box = new java.util.HashMap<>();
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = 0;
        double maxY = 0;
        for (Module m : g.modules()) {
            double w = width.applyAsDouble(m);
            box.put(m.id(), new double[] {m.x(), m.y(), w, HEIGHT});
            minX = Math.min(minX, m.x());
            minY = Math.min(minY, m.y());
            maxX = Math.max(maxX, m.x() + w);
            maxY = Math.max(maxY, m.y() + HEIGHT);
        }
        if (g.modules().isEmpty()) {
            minX = minY = 0;
        }
        double pad = 30;
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%.0f %.0f %.0f %.0f\" "
                        + "width=\"%.0f\" height=\"%.0f\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">%n",
                minX - pad,
                minY - pad - 20,
                maxX - minX + 2 * pad,
                maxY - minY + 2 * pad + 20,
                maxX - minX + 2 * pad,
                maxY - minY + 2 * pad + 20));
        s.append("<defs><marker id=\"head\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10\" fill=\"none\" "
                + "stroke=\"context-stroke\" stroke-width=\"1.5\"/></marker></defs>\n");
        s.append(String.format(
                Locale.ROOT,
                "<rect x=\"%.0f\" y=\"%.0f\" width=\"100%%\" height=\"100%%\" fill=\"#f7f8fa\"/>%n",
                minX - pad,
                minY - pad - 20));
        for (Dependency d : g.dependencies()) {
            double[] a = box.get(d.from());
            double[] b = box.get(d.to());
            double[] p1 = border(a, b[0] + b[2] / 2, b[1] + b[3] / 2);
            double[] p2 = border(b, a[0] + a[2] / 2, a[1] + a[3] / 2);
            boolean tested = step != null && step.tested().contains(new DependencyRef(d.from(), d.to()));
            boolean faded = step != null
                    && !tested
                    && (step.place(d.from()) == StepView.Place.LATER || step.place(d.to()) == StepView.Place.LATER);
            String colour = tested ? NEW : d.stubbable() ? "#5c6675" : "#7b3fb3";
            s.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                            + "stroke-width=\"%.1f\"%s opacity=\"%s\" marker-end=\"url(#head)\"><title>%s</title></line>%n",
                    p1[0],
                    p1[1],
                    p2[0],
                    p2[1],
                    colour,
                    tested ? 3 : d.stubbable() ? 1.3 : 2.2,
                    dashed(d) ? " stroke-dasharray=\"5 3\"" : "",
                    faded ? "0.2" : "1",
                    xml(d.from() + " → " + d.to() + " (" + d.kind().key() + ")")));
        }
        for (Module m : g.modules()) {
            double[] b = box.get(m.id());
            StepView.Place place = step == null ? null : step.place(m.id());
            Set<Role> roles = step == null ? Set.of() : step.roles(m.id());
            String stroke = place == null
                    ? "#8a94a3"
                    : place == StepView.Place.NEW
                            ? NEW
                            : roles.contains(Role.STUB)
                                    ? STUB
                                    : roles.contains(Role.DRIVER)
                                            ? DRIVER
                                            : place == StepView.Place.DONE ? DONE : "#8a94a3";
            boolean standIn = !roles.isEmpty();
            boolean marked = place == StepView.Place.NEW || standIn;
            List<String> phrases = new ArrayList<>();
            for (Role r : roles) {
                phrases.add(step.phrase(m.id(), r));
            }
            s.append(String.format(
                    Locale.ROOT,
                    "<g opacity=\"%s\"><title>%s</title>",
                    place == StepView.Place.LATER && !standIn ? "0.3" : "1",
                    xml(m.id() + " (" + m.kind().key() + ")"
                            + (phrases.isEmpty() ? "" : ": " + String.join("; ", phrases)))));
            s.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"8\" "
                            + "fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"%s\"%s/>",
                    b[0],
                    b[1],
                    b[2],
                    b[3],
                    stroke,
                    marked ? "3" : "1.3",
                    standIn ? " stroke-dasharray=\"7 4\"" : ""));
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12.5\" font-weight=\"bold\" "
                            + "text-anchor=\"middle\" fill=\"#1f2430\">%s</text>",
                    b[0] + b[2] / 2,
                    b[1] + 21,
                    xml(m.name())));
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10.5\" text-anchor=\"middle\" "
                            + "fill=\"#6b7480\">%s</text>",
                    b[0] + b[2] / 2,
                    b[1] + 35,
                    xml(m.name().equals(m.id()) ? m.kind().key() : m.id())));
            List<String> tags = new ArrayList<>();
            if (place == StepView.Place.NEW) {
                tags.add("NEW");
            }
            if (roles.contains(Role.STUB)) {
                tags.add("STUB · serving " + String.join(", ", step.stubs().get(m.id())));
            }
            if (roles.contains(Role.DRIVER)) {
                tags.add("DRIVER of " + String.join(", ", step.drivenInPlaceOf(m.id())));
            }
            for (int k = 0; k < tags.size(); k++) {
                s.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10.5\" fill=\"%s\" "
                                + "font-weight=\"bold\">%s</text>",
                        b[0],
                        b[1] - 6 - 13 * (tags.size() - 1 - k),
                        k == 0 && place == StepView.Place.NEW
                                ? NEW
                                : tags.get(k).startsWith("STUB") ? STUB : DRIVER,
                        xml(tags.get(k))));
            }
            s.append("</g>\n");
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static boolean dashed(Dependency d) {
        return switch (d.kind()) {
            case USES, MESSAGE, DATA, AUTH, EXTERNAL, INTER_TYPE -> true;
            default -> false;
        };
    }

    private static double[] border(double[] b, double px, double py) {
        double cx = b[0] + b[2] / 2;
        double cy = b[1] + b[3] / 2;
        double dx = px - cx;
        double dy = py - cy;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (b[2] / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (b[3] / 2) / Math.abs(dy);
        double k = Math.min(sx, sy);
        return new double[] {cx + dx * k, cy + dy * k};
    }

    static String xml(String s) {
        return io.itplan.core.text.XmlText.escape(s);
    }
}
