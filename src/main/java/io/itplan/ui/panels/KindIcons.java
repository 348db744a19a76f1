package io.itplan.ui.panels;

import io.itplan.core.graph.ModuleKind;

/** The icon of each module kind in lists and menus. */
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
}
