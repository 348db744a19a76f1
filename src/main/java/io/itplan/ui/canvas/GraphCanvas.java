package io.itplan.ui.canvas;

import io.itplan.app.layout.LayeredLayout;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.plan.Role;
import io.itplan.core.plan.StepView;
import io.itplan.ui.editor.DependencyKey;
import io.itplan.ui.editor.EditCommand;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.editor.Selection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The graph editor's canvas: draws the document's graph with the selected plan step and turns input into edit
 * commands. The work is shared out: {@link Viewport} (pan, zoom, fit), {@link CanvasInput} and one
 * {@link Gesture} object per drag, {@link RenameEditor} (in-place rename), {@link Geometry} and
 * {@link EdgeRoutes} (boxes, routed lines, spatial indexes), {@link Renderer} (drawing, level of detail) and
 * {@link CanvasTooltips}.
 */
public final class GraphCanvas extends Region {
    /** The height of a module's box in world units. */
    public static final double MODULE_HEIGHT = Geometry.HEIGHT;

    private final GraphDocument document;
    private final Selection selection;
    private final Canvas canvas = new Canvas();
    private final Palette palette;
    private final Renderer renderer;
    private final Viewport viewport = new Viewport(this::redraw);
    private final EdgeRoutes routes = new EdgeRoutes(this::geometryChanged);
    private final CanvasInput input;
    private final RenameEditor rename = new RenameEditor(this);
    private final CanvasTooltips tooltips = new CanvasTooltips(this);
    private final Minimap minimap = new Minimap(this);
    private final Map<String, Double> widthCache = new HashMap<>();
    private final BooleanProperty connectMode = new SimpleBooleanProperty(this, "connectMode");
    private final BooleanProperty highlightCycles = new SimpleBooleanProperty(this, "highlightCycles");
    private final ObjectProperty<DependencyKind> newDependencyKind =
            new SimpleObjectProperty<>(this, "newDependencyKind", DependencyKind.USES);
    private final ObjectProperty<ModuleKind> newModuleKind =
            new SimpleObjectProperty<>(this, "newModuleKind", ModuleKind.COMPONENT);
    private final ObjectProperty<PlanPaint> planPaint = new SimpleObjectProperty<>(this, "planPaint");
    private Consumer<String> onMessage = m -> {};
    private Consumer<double[]> onCreateModule = p -> {};
    private IntConsumer onBandClicked = level -> {};

    private Geometry geometry;
    private Set<DependencyKey> cyclic = Set.of();
    private boolean redrawQueued;
    private boolean fitWhenSized;
    private String notice;

    public GraphCanvas(GraphDocument document, Selection selection) {
        this.document = document;
        this.selection = selection;
        getStyleClass().add("graph-canvas");
        palette = new Palette(this, this::redraw);
        renderer = new Renderer(palette);
        getChildren().add(canvas);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setFocusTraversable(true);
        setMinSize(200, 150);
        input = new CanvasInput(this);
        document.graphProperty().addListener((obs, a, b) -> graphChanged());
        highlightCycles.addListener((obs, a, b) -> graphChanged());
        planPaint.addListener((obs, a, b) -> redraw());
        selection.changesProperty().addListener((obs, was, is) -> redraw());
        graphChanged();
    }

    /** Where status messages go (a refused edit, say). */
    public void setOnMessage(Consumer<String> onMessage) {
        this.onMessage = onMessage;
    }

    /** Called with a world position when the user asks for a new module there (double-click). */
    public void setOnCreateModule(Consumer<double[]> onCreateModule) {
        this.onCreateModule = onCreateModule;
    }

    /** The plan shown on the graph: bands and the selected step; null for none. */
    public ObjectProperty<PlanPaint> planPaintProperty() {
        return planPaint;
    }

    /** Where a module is painted in the selected step, or null (for tests and tooltips). */
    public StepView.Place paintedPlace(String id) {
        PlanPaint p = planPaint.get();
        return p == null ? null : p.place(id);
    }

    /** The stand-in roles a module is painted with in the selected step (for tests and tooltips). */
    public Set<Role> paintedRoles(String id) {
        PlanPaint p = planPaint.get();
        return p == null || p.step() == null ? Set.of() : p.step().roles(id);
    }

    /** Called with a level when its band label is clicked (the plan panel picks a sandwich target with it). */
    public void setOnBandClicked(IntConsumer onBandClicked) {
        this.onBandClicked = onBandClicked;
    }

    public BooleanProperty connectModeProperty() {
        return connectMode;
    }

    public BooleanProperty highlightCyclesProperty() {
        return highlightCycles;
    }

    public ObjectProperty<DependencyKind> newDependencyKindProperty() {
        return newDependencyKind;
    }

    public ObjectProperty<ModuleKind> newModuleKindProperty() {
        return newModuleKind;
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return viewport.zoomProperty();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return Palette.cssMetaData();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return Palette.cssMetaData();
    }

    /**
     * Draws the dependencies along the routes of an Auto Layout just applied: they are used while both ends of a
     * dependency stay where the layout put them.
     */
    public void showLayout(LayeredLayout.Layout layout) {
        Map<String, Box> boxes = new HashMap<>();
        DependencyGraph g = document.graph();
        layout.positions().forEach((id, p) -> {
            Module m = g.module(id);
            if (m != null) {
                boxes.put(id, new Box(id, p.x(), p.y(), moduleWidth(m), Geometry.HEIGHT));
            }
        });
        routes.setLayout(layout.routes(), boxes);
        geometryChanged();
    }

    /** The width a module's box is drawn with, fitting its name (between 112 and 260 world units). */
    public double moduleWidth(Module m) {
        return Math.max(Geometry.MIN_WIDTH, Math.min(Geometry.MAX_WIDTH, measuredWidth(m)));
    }

    private double measuredWidth(Module m) {
        return widthCache.computeIfAbsent(m.name() + "\u0000" + Renderer.subtitle(m), k -> {
            Text t = new Text(m.name().replace('\n', ' '));
            t.setFont(Renderer.NAME_FONT);
            Text s = new Text(Renderer.subtitle(m));
            s.setFont(Renderer.SUB_FONT);
            return Math.max(t.getLayoutBounds().getWidth(), s.getLayoutBounds().getWidth()) + 58;
        });
    }

    /** Shows a notice instead of the graph (while a graph without a drawing is laid out), or the graph again. */
    public void setNotice(String text) {
        notice = text;
        redraw();
    }

    /** Asks for a redraw at the next pulse; many requests in one pulse draw once. */
    public void redraw() {
        if (!redrawQueued) {
            redrawQueued = true;
            Platform.runLater(this::drawNow);
        }
    }

    private void drawNow() {
        redrawQueued = false;
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        if (notice != null) {
            renderer.drawNotice(canvas.getGraphicsContext2D(), notice, w, h);
            return;
        }
        Renderer.Frame f = frame();
        renderer.draw(canvas.getGraphicsContext2D(), f);
        if (minimap.shown()) {
            minimap.draw(canvas.getGraphicsContext2D(), f, palette, renderer);
        }
    }

    private Renderer.Frame frame() {
        Gesture g = input.gesture();
        ConnectGesture connect = g instanceof ConnectGesture c ? c : null;
        return new Renderer.Frame(
                document.graph(),
                geometry(),
                viewport.scale(),
                viewport.tx(),
                viewport.ty(),
                getWidth(),
                getHeight(),
                selection.modules(),
                selection.dependencies(),
                input.hovered(),
                cyclic,
                g == null && input.hovered() != null,
                connect == null ? null : connect.target(),
                planPaint.get(),
                planPaint.get() == null || planPaint.get().step() == null
                        ? null
                        : new StepRoles(planPaint.get().step()));
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            // A view fitted to the window stays fitted when the window changes size.
            if ((fitWhenSized || viewport.fitted()) && getWidth() > 0 && getHeight() > 0) {
                fitWhenSized = false;
                fitToWindow();
            }
            redraw();
        }
        rename.layout();
    }

    // ---- view

    /** Zooms by {@code factor} keeping the point (sx, sy) of the canvas in place. */
    public void zoomAt(double factor, double sx, double sy) {
        viewport.zoomAt(factor, sx, sy);
    }

    public void zoomIn() {
        zoomAt(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomAt(0.8, getWidth() / 2, getHeight() / 2);
    }

    public void actualSize() {
        zoomAt(1 / viewport.scale(), getWidth() / 2, getHeight() / 2);
    }

    /** Moves the view by (dx, dy) pixels. */
    public void panBy(double dx, double dy) {
        viewport.panBy(dx, dy);
    }

    /**
     * Has the thread that routes lines round modules run {@code wait} before its first route: the window holds it
     * until its first frame is drawn.
     */
    public void holdBackgroundWork(Runnable wait) {
        routes.holdBackgroundWork(wait);
    }

    /** Scales and moves the view so the whole graph fits, never above 100 %. */
    public void fitToWindow() {
        double[] b = geometry().bounds();
        if (b != null && planPaint.get() != null && planPaint.get().levels() != null) {
            // Room for the band labels on the left.
            b = new double[] {b[0] - 115, b[1] - 14, b[2] + 115, b[3] + 28};
        }
        if (getWidth() <= 0 || getHeight() <= 0) {
            fitWhenSized = true;
            return;
        }
        if (b == null) {
            viewport.set(1, 40, 20);
            return;
        }
        viewport.fit(b, getWidth(), getHeight());
    }

    /** Where a module's centre is, in this canvas's coordinates (for tests and tooltips), or null. */
    public Point2D centerOf(String id) {
        Box b = geometry().box(id);
        return b == null ? null : new Point2D(viewport.screenX(b.cx()), viewport.screenY(b.cy()));
    }

    /** Where a module's connect handle is, in this canvas's coordinates, or null. */
    public Point2D handleOf(String id) {
        Box b = geometry().box(id);
        if (b == null) {
            return null;
        }
        double[] h = Renderer.connectHandle(b);
        return new Point2D(viewport.screenX(h[0]), viewport.screenY(h[1]));
    }

    /** Moves the view so that a module is in the middle. */
    public void centerOn(String id) {
        Box b = geometry().box(id);
        if (b != null) {
            viewport.centre(b.cx(), b.cy(), 0.6, getWidth(), getHeight());
        }
    }

    /** The world position at the middle of the view, where new modules from the toolbar go. */
    public double[] viewCenter() {
        return viewport.toWorld(getWidth() / 2, getHeight() / 2);
    }

    /**
     * The points of a dependency's line in this canvas's coordinates, client end first (for tests), or null
     * when the graph has no such dependency.
     */
    public List<Point2D> routeOf(DependencyKey key) {
        for (Geometry.Edge e : geometry().edges()) {
            if (e.key().equals(key)) {
                List<Point2D> out = new java.util.ArrayList<>();
                for (int i = 0; i < e.size(); i++) {
                    out.add(new Point2D(viewport.screenX(e.x(i)), viewport.screenY(e.y(i))));
                }
                return out;
            }
        }
        return null;
    }

    /** The text shown on hover at this point of the canvas, or null. */
    public String tooltipTextAt(double x, double y) {
        return tooltips.textAt(x, y);
    }

    /** Opens a text field over the module to rename it; Enter commits, Escape cancels. */
    public void startRename(String id) {
        rename.start(id);
    }

    // ---- for the canvas's helpers

    GraphDocument document() {
        return document;
    }

    Selection selection() {
        return selection;
    }

    Viewport viewport() {
        return viewport;
    }

    CanvasInput input() {
        return input;
    }

    RenameEditor renameEditor() {
        return rename;
    }

    CanvasTooltips tooltips() {
        return tooltips;
    }

    Minimap minimap() {
        return minimap;
    }

    Palette palette() {
        return palette;
    }

    /** The tags of the selected step as placed on the drawing. */
    List<Badges.Badge> badges() {
        return renderer.steps().badges(geometry(), planPaint.get());
    }

    Geometry geometry() {
        if (geometry == null) {
            Gesture g = input == null ? null : input.gesture();
            geometry = new Geometry(document.graph(), this::measuredWidth, g == null ? Map.of() : g.offsets(), routes);
        }
        return geometry;
    }

    /** The boxes or lines changed (a drag moved, routes arrived): rebuild them before the next frame. */
    void geometryChanged() {
        geometry = null;
        redraw();
    }

    private void graphChanged() {
        selection.prune(document.graph());
        cyclic = highlightCycles.get() ? EdgePainter.cyclicDependencies(document.graph()) : Set.of();
        geometryChanged();
    }

    void execute(EditCommand command) {
        try {
            document.commands().execute(command);
        } catch (IllegalArgumentException e) {
            onMessage.accept(e.getMessage());
        }
    }

    void createModuleAt(double x, double y) {
        onCreateModule.accept(new double[] {x, y});
    }

    Integer bandLabelAt(double x, double y) {
        PlanPaint p = planPaint.get();
        return p == null || p.levels() == null ? null : renderer.steps().bandLabelAt(x, y);
    }

    void bandClicked(int level) {
        onBandClicked.accept(level);
    }

    void addOverlay(Node n) {
        getChildren().add(n);
    }

    void removeOverlay(Node n) {
        getChildren().remove(n);
    }

    static String countLabel(int n) {
        return n == 1 ? "1 module" : n + " modules";
    }
}
