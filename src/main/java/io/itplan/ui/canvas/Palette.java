package io.itplan.ui.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.scene.paint.Color;

/**
 * The canvas colours, each a CSS property of the canvas ({@code -itp-c-module-fill}) that the theme sets from
 * its semantic tokens ({@code -itp-module-fill}), so a dark theme swaps one block of tokens.
 */
final class Palette {
    /** Token name (without the {@code -itp-c-} prefix) and its light-theme default. */
    enum Token {
        BACKGROUND("background", "#f7f8fa"),
        GRID("grid", "#dde1e6"),
        MODULE_FILL("module-fill", "#ffffff"),
        MODULE_BORDER("module-border", "#8a94a3"),
        MODULE_TEXT("module-text", "#1f2430"),
        MODULE_SUBTEXT("module-subtext", "#6b7480"),
        EDGE("edge", "#5c6675"),
        UNSTUBBABLE("unstubbable", "#7b3fb3"),
        CYCLE("cycle", "#d9480f"),
        SELECTION("selection", "#1c7ed6"),
        MARQUEE("marquee", "#1c7ed6"),
        RISK_HIGH("risk-high", "#e03131"),
        RISK_LOW("risk-low", "#2f9e44"),
        KIND_COMPONENT("kind-component", "#4c6ef5"),
        KIND_SERVICE("kind-service", "#1098ad"),
        KIND_DATABASE("kind-database", "#e67700"),
        KIND_QUEUE("kind-queue", "#9c36b5"),
        KIND_EXTERNAL("kind-external", "#868e96"),
        KIND_LIBRARY("kind-library", "#5c940d"),
        KIND_CLASS("kind-class", "#3b5bdb"),
        KIND_INTERFACE("kind-interface", "#0b7285"),
        KIND_ASPECT("kind-aspect", "#c2255c"),
        MINIMAP("minimap", "#ffffffd0"),
        STUB("stub", "#f08c00"),
        DRIVER("driver", "#1971c2"),
        STEP_NEW("step-new", "#2b8a3e"),
        STEP_DONE("step-done", "#adb5bd"),
        LEVEL_BAND("level-band", "#e9ecef");

        final String css;
        final Color dflt;

        Token(String name, String dflt) {
            this.css = "-itp-c-" + name;
            this.dflt = Color.web(dflt);
        }
    }

    private final Map<Token, SimpleStyleableObjectProperty<Color>> colours = new LinkedHashMap<>();
    private static final List<CssMetaData<? extends Styleable, ?>> META;

    static {
        List<CssMetaData<? extends Styleable, ?>> meta =
                new ArrayList<>(javafx.scene.layout.Region.getClassCssMetaData());
        for (Token t : Token.values()) {
            meta.add(new CssMetaData<GraphCanvas, Color>(t.css, StyleConverter.getColorConverter(), t.dflt) {
                @Override
                public boolean isSettable(GraphCanvas c) {
                    return !c.palette().property(t).isBound();
                }

                @Override
                public StyleableProperty<Color> getStyleableProperty(GraphCanvas c) {
                    return c.palette().property(t);
                }
            });
        }
        META = Collections.unmodifiableList(meta);
    }

    Palette(GraphCanvas owner, Runnable onChange) {
        for (Token t : Token.values()) {
            @SuppressWarnings("unchecked")
            CssMetaData<GraphCanvas, Color> m = (CssMetaData<GraphCanvas, Color>) META.stream()
                    .filter(x -> x.getProperty().equals(t.css))
                    .findFirst()
                    .orElseThrow();
            SimpleStyleableObjectProperty<Color> p = new SimpleStyleableObjectProperty<>(m, owner, t.css, t.dflt);
            p.addListener((obs, a, b) -> onChange.run());
            colours.put(t, p);
        }
    }

    SimpleStyleableObjectProperty<Color> property(Token t) {
        return colours.get(t);
    }

    Color get(Token t) {
        return colours.get(t).get();
    }

    static List<CssMetaData<? extends Styleable, ?>> cssMetaData() {
        return META;
    }
}
