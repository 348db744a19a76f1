package io.itplan.ui.canvas;

import io.itplan.core.cycles.Cycles;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.GraphIndex;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.ui.editor.AddDependencyCommand;
import io.itplan.ui.editor.ChangeModulesCommand;
import io.itplan.ui.editor.DependencyKey;
import io.itplan.ui.editor.EditCommand;
import io.itplan.ui.editor.EditModuleCommand;
import io.itplan.ui.editor.GraphDocument;
import io.itplan.ui.editor.Selection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The graph editor's canvas. Draws the document's graph and turns mouse and keyboard input into edit
 * commands: click, Shift/Ctrl-click and marquee select; drag moves (one undo step per drag); drag from a
 * module's handle, or anywhere on it in connect mode, connects; double-click on empty space adds a module;
 * F2 renames in place; arrow keys nudge; wheel zooms toward the cursor; Space-drag or the middle button pans.
 */
public final class GraphCanvas extends Region {
    /** The height of a module's box in world units. */
    public static final double MODULE_HEIGHT = Geometry.HEIGHT;

    private static final double MIN_SCALE = 0.08;
    private static final double MAX_SCALE = 4;
    private static final int MINIMAP_FROM = 30;

    private final GraphDocument document;
    private final Selection selection;
    private final Canvas canvas = new Canvas();
    private final Palette palette;
    private final Renderer renderer;
    private final Map<String, Double> widthCache = new HashMap<>();
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final BooleanProperty connectMode = new SimpleBooleanProperty(this, "connectMode");
    private final BooleanProperty highlightCycles = new SimpleBooleanProperty(this, "highlightCycles");
    private final ObjectProperty<DependencyKind> newDependencyKind =
            new SimpleObjectProperty<>(this, "newDependencyKind", DependencyKind.USES);
    private final ObjectProperty<ModuleKind> newModuleKind =
            new SimpleObjectProperty<>(this, "newModuleKind", ModuleKind.COMPONENT);
    private final ObjectProperty<PlanPaint> planPaint = new SimpleObjectProperty<>(this, "planPaint");
    private Consumer<String> onMessage = m -> {};
    private Consumer<double[]> onCreateModule = p -> {};
    private java.util.function.IntConsumer onBandClicked = level -> {};

    private double scale = 1;
    private double tx = 40;
    private double ty = 20;
    private Geometry geometry;
    private Set<DependencyKey> cyclic = Set.of();
    private String hovered;
    private Gesture gesture;
    private boolean spaceDown;
    private boolean redrawQueued;
    private TextField renameField;
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
        document.graphProperty().addListener((obs, a, b) -> graphChanged());
        highlightCycles.addListener((obs, a, b) -> graphChanged());
        planPaint.addListener((obs, a, b) -> redraw());
        selection.modules().addListener((SetChangeListener<String>) c -> redraw());
        selection.dependencies().addListener((SetChangeListener<DependencyKey>) c -> redraw());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                setCursor(Cursor.DEFAULT);
            }
        });
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
    public io.itplan.core.plan.StepView.Place paintedPlace(String id) {
        PlanPaint p = planPaint.get();
        return p == null ? null : p.place(id);
    }

    /** The stand-in roles a module is painted with in the selected step (for tests and tooltips). */
    public java.util.Set<io.itplan.core.plan.Role> paintedRoles(String id) {
        PlanPaint p = planPaint.get();
        return p == null || p.step() == null ? java.util.Set.of() : p.step().roles(id);
    }

    /** Called with a level when its band label is clicked (the plan panel picks a sandwich target with it). */
    public void setOnBandClicked(java.util.function.IntConsumer onBandClicked) {
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
        return zoom.getReadOnlyProperty();
    }

    Palette palette() {
        return palette;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return Palette.cssMetaData();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return Palette.cssMetaData();
    }

    // ---- geometry and drawing

    private void graphChanged() {
        selection.prune(document.graph());
        geometry = null;
        cyclic = highlightCycles.get() ? cyclicDependencies(document.graph()) : Set.of();
        redraw();
    }

    private Geometry geometry() {
        if (geometry == null) {
            geometry =
                    new Geometry(document.graph(), this::measuredWidth, gesture == null ? Map.of() : gesture.offsets());
        }
        return geometry;
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

    /** Dependencies that lie on a cycle: both ends in the same strongly connected component. */
    static Set<DependencyKey> cyclicDependencies(DependencyGraph g) {
        GraphIndex index = g.index();
        int[] component = new int[index.size()];
        List<int[]> comps = Cycles.components(index, li -> true);
        for (int c = 0; c < comps.size(); c++) {
            for (int v : comps.get(c)) {
                component[v] = c;
            }
        }
        Set<DependencyKey> out = new HashSet<>();
        for (Dependency d : g.dependencies()) {
            int u = index.indexOf(d.from());
            int v = index.indexOf(d.to());
            if (component[u] == component[v]) {
                out.add(DependencyKey.of(d));
            }
        }
        return out;
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
        if (showsMinimap()) {
            renderer.drawMinimap(
                    canvas.getGraphicsContext2D(), f, minimapRect(), geometry().bounds());
        }
    }

    private Renderer.Frame frame() {
        ConnectGesture connect = gesture instanceof ConnectGesture c ? c : null;
        return new Renderer.Frame(
                document.graph(),
                geometry(),
                scale,
                tx,
                ty,
                getWidth(),
                getHeight(),
                selection.modules(),
                selection.dependencies(),
                hovered,
                cyclic,
                connect == null && gesture == null && hovered != null,
                connect == null ? null : connect.target,
                planPaint.get());
    }

    /** Draws the frame now and returns the time it took in nanoseconds (for the benchmark). */
    public long drawForMeasurement() {
        geometry = null;
        long t0 = System.nanoTime();
        drawNow();
        return System.nanoTime() - t0;
    }

    private double[] minimapRect() {
        double w = Math.min(220, getWidth() * 0.28);
        double h = Math.min(150, getHeight() * 0.28);
        return new double[] {getWidth() - w - 12, getHeight() - h - 12, w, h};
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            if (fitWhenSized && getWidth() > 0 && getHeight() > 0) {
                fitWhenSized = false;
                fitToWindow();
            }
            redraw();
        }
        if (renameField != null) {
            renameField.autosize();
        }
    }

    // ---- view

    double[] toWorld(double sx, double sy) {
        return new double[] {(sx - tx) / scale, (sy - ty) / scale};
    }

    private void setView(double newScale, double newTx, double newTy) {
        scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, newScale));
        tx = newTx;
        ty = newTy;
        zoom.set(scale);
        redraw();
    }

    /** Zooms by {@code factor} keeping the world point under (sx, sy) in place. */
    public void zoomAt(double factor, double sx, double sy) {
        double s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        double[] w = toWorld(sx, sy);
        setView(s, sx - w[0] * s, sy - w[1] * s);
    }

    public void zoomIn() {
        zoomAt(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomAt(0.8, getWidth() / 2, getHeight() / 2);
    }

    public void actualSize() {
        zoomAt(1 / scale, getWidth() / 2, getHeight() / 2);
    }

    /** Scales and moves the view so the whole graph fits, never above 100 %. */
    public void fitToWindow() {
        double[] b = geometry().bounds();
        if (b != null && planPaint.get() != null && planPaint.get().levels() != null) {
            // Room for the band labels on the left.
            b = new double[] {b[0] - 115, b[1] - 14, b[2] + 115, b[3] + 28};
        }
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) {
            fitWhenSized = true;
            return;
        }
        if (b == null) {
            setView(1, 40, 20);
            return;
        }
        double margin = 40;
        double s = Math.min(1, Math.min((w - 2 * margin) / Math.max(1, b[2]), (h - 2 * margin) / Math.max(1, b[3])));
        s = Math.max(MIN_SCALE, s);
        setView(s, (w - b[2] * s) / 2 - b[0] * s, (h - b[3] * s) / 2 - b[1] * s);
    }

    /** Where a module's centre is, in this canvas's coordinates (for tests and tooltips), or null. */
    public javafx.geometry.Point2D centerOf(String id) {
        Box b = geometry().box(id);
        return b == null ? null : new javafx.geometry.Point2D(b.cx() * scale + tx, b.cy() * scale + ty);
    }

    /** Where a module's connect handle is, in this canvas's coordinates, or null. */
    public javafx.geometry.Point2D handleOf(String id) {
        Box b = geometry().box(id);
        if (b == null) {
            return null;
        }
        double[] h = Renderer.connectHandle(b);
        return new javafx.geometry.Point2D(h[0] * scale + tx, h[1] * scale + ty);
    }

    /** Moves the view so that a module is in the middle. */
    public void centerOn(String id) {
        Box b = geometry().box(id);
        if (b != null) {
            setView(
                    Math.max(scale, 0.6),
                    getWidth() / 2 - b.cx() * Math.max(scale, 0.6),
                    getHeight() / 2 - b.cy() * Math.max(scale, 0.6));
        }
    }

    /** The world position at the middle of the view, where new modules from the toolbar go. */
    public double[] viewCenter() {
        return toWorld(getWidth() / 2, getHeight() / 2);
    }

    // ---- input

    private void execute(EditCommand command) {
        try {
            document.commands().execute(command);
        } catch (IllegalArgumentException e) {
            onMessage.accept(e.getMessage());
        }
    }

    /** The overview shows on larger graphs, while part of the graph is out of view. */
    private boolean showsMinimap() {
        double[] b = geometry().bounds();
        if (document.graph().modules().size() < MINIMAP_FROM || b == null) {
            return false;
        }
        double[] topLeft = toWorld(0, 0);
        double[] bottomRight = toWorld(getWidth(), getHeight());
        return b[0] < topLeft[0] || b[1] < topLeft[1] || b[0] + b[2] > bottomRight[0] || b[1] + b[3] > bottomRight[1];
    }

    private boolean inMinimap(double x, double y) {
        if (!showsMinimap()) {
            return false;
        }
        double[] r = minimapRect();
        return x >= r[0] && x <= r[0] + r[2] && y >= r[1] && y <= r[1] + r[3];
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        commitRename();
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            gesture = new PanGesture(e.getX(), e.getY());
            setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (inMinimap(e.getX(), e.getY())) {
            gesture = new MinimapGesture();
            gesture.drag(e);
            return;
        }
        double[] w = toWorld(e.getX(), e.getY());
        Box box = geometry().moduleAt(w[0], w[1]);
        if (hovered != null && onHandle(hovered, w)) {
            gesture = new ConnectGesture(hovered, w);
            return;
        }
        if (box != null) {
            if (connectMode.get()) {
                gesture = new ConnectGesture(box.id(), w);
                return;
            }
            boolean additive = e.isShiftDown() || e.isShortcutDown();
            if (additive) {
                selection.toggleModule(box.id());
            } else if (!selection.modules().contains(box.id())) {
                selection.selectModule(box.id());
            }
            if (selection.modules().contains(box.id())) {
                gesture = new MoveGesture(w);
            }
            return;
        }
        Geometry.Edge edge = geometry().edgeAt(w[0], w[1], 6 / scale);
        if (edge != null) {
            if (e.isShiftDown() || e.isShortcutDown()) {
                selection.toggleDependency(edge.key());
            } else {
                selection.selectOnly(Set.of(), Set.of(edge.key()));
            }
            return;
        }
        Integer band =
                planPaint.get() == null || planPaint.get().levels() == null ? null : renderer.bandLabelAt(w[0], w[1]);
        if (band != null) {
            onBandClicked.accept(band);
            return;
        }
        gesture = new MarqueeGesture(w, e.isShiftDown() || e.isShortcutDown());
    }

    private boolean onHandle(String id, double[] w) {
        Box b = geometry().box(id);
        if (b == null) {
            return false;
        }
        double[] h = Renderer.connectHandle(b);
        return Math.hypot(w[0] - h[0], w[1] - h[1]) <= 8 / Math.min(1, scale);
    }

    private void dragged(MouseEvent e) {
        if (gesture != null) {
            gesture.drag(e);
        }
    }

    private void released(MouseEvent e) {
        if (gesture != null) {
            Gesture g = gesture;
            gesture = null;
            g.end(e);
            geometry = null;
            setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
            redraw();
        }
    }

    private void moved(MouseEvent e) {
        double[] w = toWorld(e.getX(), e.getY());
        Box box = geometry().moduleAt(w[0], w[1]);
        String now = box != null ? box.id() : hovered != null && onHandle(hovered, w) ? hovered : null;
        if (!java.util.Objects.equals(now, hovered)) {
            hovered = now;
            redraw();
        }
        setCursor(
                spaceDown
                        ? Cursor.OPEN_HAND
                        : hovered != null && onHandle(hovered, w)
                                ? Cursor.CROSSHAIR
                                : box != null ? (connectMode.get() ? Cursor.CROSSHAIR : Cursor.HAND) : Cursor.DEFAULT);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || !e.isStillSincePress()) {
            return;
        }
        double[] w = toWorld(e.getX(), e.getY());
        Box box = geometry().moduleAt(w[0], w[1]);
        if (box != null) {
            startRename(box.id());
        } else if (geometry().edgeAt(w[0], w[1], 6 / scale) == null) {
            onCreateModule.accept(new double[] {w[0] - Geometry.MIN_WIDTH / 2, w[1] - Geometry.HEIGHT / 2});
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0 && e.getDeltaX() == 0) {
            return;
        }
        if (e.isShiftDown() || (e.getDeltaX() != 0 && e.getDeltaY() == 0)) {
            setView(scale, tx + (e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY()), ty);
        } else {
            zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (renameField != null) {
            return;
        }
        switch (e.getCode()) {
            case SPACE -> {
                spaceDown = true;
                setCursor(Cursor.OPEN_HAND);
                e.consume();
            }
            case LEFT, RIGHT, UP, DOWN -> {
                if (!selection.modules().isEmpty()) {
                    double step = e.isShiftDown() ? 1 : 10;
                    double dx = e.getCode() == KeyCode.LEFT ? -step : e.getCode() == KeyCode.RIGHT ? step : 0;
                    double dy = e.getCode() == KeyCode.UP ? -step : e.getCode() == KeyCode.DOWN ? step : 0;
                    nudge(dx, dy);
                    e.consume();
                }
            }
            case F2 -> {
                if (selection.modules().size() == 1) {
                    startRename(selection.modules().iterator().next());
                    e.consume();
                }
            }
            case ESCAPE -> {
                if (gesture != null) {
                    gesture = null;
                    geometry = null;
                    redraw();
                } else {
                    selection.clear();
                }
                e.consume();
            }
            default -> {}
        }
    }

    private void nudge(double dx, double dy) {
        DependencyGraph g = document.graph();
        Map<String, double[]> positions = new LinkedHashMap<>();
        for (String id : selection.modules()) {
            Module m = g.module(id);
            positions.put(id, new double[] {m.x() + dx, m.y() + dy});
        }
        execute(ChangeModulesCommand.move(g, positions, "Move " + countLabel(positions.size()), "nudge"));
    }

    private static String countLabel(int n) {
        return n == 1 ? "1 module" : n + " modules";
    }

    // ---- in-place rename

    /** Opens a text field over the module to rename it; Enter commits, Escape cancels. */
    public void startRename(String id) {
        Module m = document.graph().module(id);
        Box b = geometry().box(id);
        if (m == null || b == null) {
            return;
        }
        commitRename();
        selection.selectModule(id);
        TextField field = new TextField(m.name());
        field.getStyleClass().add("rename-field");
        field.setUserData(id);
        field.relocate(b.x() * scale + tx, b.cy() * scale + ty - 15);
        field.setPrefWidth(Math.max(140, b.w() * scale));
        field.setOnAction(a -> commitRename());
        field.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                cancelRename();
                k.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitRename();
            }
        });
        renameField = field;
        getChildren().add(field);
        field.requestFocus();
        field.selectAll();
    }

    private void commitRename() {
        TextField field = renameField;
        if (field == null) {
            return;
        }
        renameField = null;
        getChildren().remove(field);
        String id = (String) field.getUserData();
        String name = field.getText().strip();
        Module m = document.graph().module(id);
        if (m != null && !name.isEmpty() && !name.equals(m.name())) {
            EditModuleCommand rename = EditModuleCommand.rename(document.graph(), m, name);
            execute(rename);
            if (document.graph().contains(rename.resultId())) {
                selection.selectModule(rename.resultId());
            }
        }
        requestFocus();
    }

    private void cancelRename() {
        if (renameField != null) {
            getChildren().remove(renameField);
            renameField = null;
            requestFocus();
        }
    }

    // ---- gestures: one object per drag in progress, which pushes at most one command when it ends

    private abstract class Gesture {
        abstract void drag(MouseEvent e);

        abstract void end(MouseEvent e);

        Map<String, double[]> offsets() {
            return Map.of();
        }
    }

    /** Moves the selected modules; one command when the drag ends. */
    private final class MoveGesture extends Gesture {
        private final double startX;
        private final double startY;
        private double dx;
        private double dy;
        private boolean moved;

        MoveGesture(double[] start) {
            startX = start[0];
            startY = start[1];
        }

        @Override
        void drag(MouseEvent e) {
            double[] w = toWorld(e.getX(), e.getY());
            dx = w[0] - startX;
            dy = w[1] - startY;
            moved |= Math.hypot(dx * scale, dy * scale) > 2;
            geometry = null;
            redraw();
        }

        @Override
        Map<String, double[]> offsets() {
            if (!moved) {
                return Map.of();
            }
            Map<String, double[]> o = new HashMap<>();
            selection.modules().forEach(id -> o.put(id, new double[] {dx, dy}));
            return o;
        }

        @Override
        void end(MouseEvent e) {
            if (!moved) {
                return;
            }
            DependencyGraph g = document.graph();
            Map<String, double[]> positions = new LinkedHashMap<>();
            for (String id : selection.modules()) {
                Module m = g.module(id);
                positions.put(id, new double[] {Math.round(m.x() + dx), Math.round(m.y() + dy)});
            }
            execute(ChangeModulesCommand.move(g, positions, "Move " + countLabel(positions.size()), null));
        }
    }

    /** Selects the modules inside a rectangle. */
    private final class MarqueeGesture extends Gesture {
        private final double x0;
        private final double y0;
        private final boolean additive;
        private final Set<String> before;
        private final Rectangle rect = new Rectangle();

        MarqueeGesture(double[] start, boolean additive) {
            x0 = start[0];
            y0 = start[1];
            this.additive = additive;
            before = Set.copyOf(selection.modules());
            if (!additive) {
                selection.clear();
            }
            rect.getStyleClass().add("marquee");
            rect.setManaged(false);
            getChildren().add(rect);
        }

        @Override
        void drag(MouseEvent e) {
            double[] w = toWorld(e.getX(), e.getY());
            double x = Math.min(x0, w[0]);
            double y = Math.min(y0, w[1]);
            double rw = Math.abs(w[0] - x0);
            double rh = Math.abs(w[1] - y0);
            rect.setX(x * scale + tx);
            rect.setY(y * scale + ty);
            rect.setWidth(rw * scale);
            rect.setHeight(rh * scale);
            Set<String> inside = new HashSet<>(geometry().modulesIn(x, y, rw, rh));
            if (additive) {
                inside.addAll(before);
            }
            selection.selectOnly(inside, Set.of());
        }

        @Override
        void end(MouseEvent e) {
            getChildren().remove(rect);
        }
    }

    /** Draws a dependency from a module to the one the mouse is released over. */
    private final class ConnectGesture extends Gesture {
        private final String from;
        private final javafx.scene.shape.Line line = new javafx.scene.shape.Line();
        private String target;

        ConnectGesture(String from, double[] start) {
            this.from = from;
            Box b = geometry().box(from);
            line.getStyleClass().add("connect-line");
            line.setManaged(false);
            line.setStartX(b.cx() * scale + tx);
            line.setStartY(b.cy() * scale + ty);
            line.setEndX(start[0] * scale + tx);
            line.setEndY(start[1] * scale + ty);
            getChildren().add(line);
        }

        @Override
        void drag(MouseEvent e) {
            line.setEndX(e.getX());
            line.setEndY(e.getY());
            double[] w = toWorld(e.getX(), e.getY());
            Box b = geometry().moduleAt(w[0], w[1]);
            String t = b == null || b.id().equals(from) ? null : b.id();
            if (!java.util.Objects.equals(t, target)) {
                target = t;
                redraw();
            }
        }

        @Override
        void end(MouseEvent e) {
            getChildren().remove(line);
            if (target != null) {
                DependencyKind kind = newDependencyKind.get();
                execute(new AddDependencyCommand(Dependency.of(from, target, kind)));
                DependencyGraph g = document.graph();
                g.dependencies().stream()
                        .filter(d -> d.from().equals(from) && d.to().equals(target) && d.kind() == kind)
                        .findFirst()
                        .ifPresent(d -> selection.selectOnly(Set.of(), Set.of(DependencyKey.of(d))));
            }
        }
    }

    /** Moves the view with the mouse. */
    private final class PanGesture extends Gesture {
        private double lastX;
        private double lastY;

        PanGesture(double x, double y) {
            lastX = x;
            lastY = y;
        }

        @Override
        void drag(MouseEvent e) {
            setView(scale, tx + e.getX() - lastX, ty + e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        }

        @Override
        void end(MouseEvent e) {}
    }

    /** Clicking or dragging in the overview centres the view there. */
    private final class MinimapGesture extends Gesture {
        @Override
        void drag(MouseEvent e) {
            double[] world = geometry().bounds();
            if (world == null) {
                return;
            }
            double[] r = minimapRect();
            double s = Math.min((r[2] - 12) / world[2], (r[3] - 12) / world[3]);
            double wx = (e.getX() - r[0] - 6) / s + world[0];
            double wy = (e.getY() - r[1] - 6) / s + world[1];
            setView(scale, getWidth() / 2 - wx * scale, getHeight() / 2 - wy * scale);
        }

        @Override
        void end(MouseEvent e) {}
    }
}
