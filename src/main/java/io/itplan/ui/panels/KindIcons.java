package io.itplan.ui.panels;

import io.itplan.core.graph.ModuleKind;
import javafx.scene.control.ListCell;
import org.kordamp.ikonli.javafx.FontIcon;

/** The icon of each module kind in lists and menus: the palette, the outline and the inspector alike. */
public final class KindIcons {
    private KindIcons() {}

    public static String of(ModuleKind kind) {
        return switch (kind) {
            case COMPONENT -> "mdi2p-puzzle-outline";
            case SERVICE -> "mdi2h-hexagon-outline";
            case DATABASE -> "mdi2d-database-outline";
            case QUEUE -> "mdi2t-tray-full";
            case EXTERNAL -> "mdi2w-web";
            case LIBRARY -> "mdi2b-bookshelf";
            case CLASS -> "mdi2a-alpha-c-box-outline";
            case INTERFACE -> "mdi2a-alpha-i-box-outline";
            case ASPECT -> "mdi2a-alpha-a-box-outline";
        };
    }

    /** The kind's icon, coloured as the kind is on the canvas. */
    public static FontIcon icon(ModuleKind kind) {
        FontIcon icon = new FontIcon(of(kind));
        icon.getStyleClass().addAll("kind-icon", "kind-" + kind.key());
        return icon;
    }

    /** A list cell showing a kind with its icon, for kind choosers. */
    public static <T> ListCell<T> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || !(item instanceof ModuleKind k)) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(k.key());
                setGraphic(icon(k));
            }
        };
    }
}
