package io.itplan.ui.actions;

/**
 * Every command a user can give from the menus, the toolbar or the keyboard, with its text, its icon
 * (Material Design icon literal) and its key binding ({@code shortcut} is Ctrl, or Cmd on a Mac).
 */
public enum StandardAction {
    NEW("New", "mdi2f-file-outline", "shortcut+N"),
    OPEN("Open…", "mdi2f-folder-open-outline", "shortcut+O"),
    SAVE("Save", "mdi2c-content-save-outline", "shortcut+S"),
    SAVE_AS("Save As…", "mdi2c-content-save-edit-outline", "shortcut+shift+S"),
    REVERT("Revert to Saved", "mdi2f-file-restore-outline", null),
    IMPORT("Import…", "mdi2i-import", "shortcut+I"),
    EXPORT_PLAN("Export Plan…", "mdi2f-file-export-outline", "shortcut+E"),
    EXPORT_PICTURE("Export Picture…", "mdi2i-image-outline", "shortcut+shift+E"),
    EXPORT_REPORT("Export Report…", "mdi2f-file-document-outline", null),
    QUIT("Quit", "mdi2p-power", "shortcut+Q"),

    UNDO("Undo", "mdi2u-undo", "shortcut+Z"),
    REDO("Redo", "mdi2r-redo", "shortcut+shift+Z"),
    CUT("Cut", "mdi2c-content-cut", "shortcut+X"),
    COPY("Copy", "mdi2c-content-copy", "shortcut+C"),
    PASTE("Paste", "mdi2c-content-paste", "shortcut+V"),
    DUPLICATE("Duplicate", "mdi2c-content-duplicate", "shortcut+D"),
    DELETE("Delete", "mdi2d-delete-outline", "Delete"),
    SELECT_ALL("Select All", "mdi2s-select-all", "shortcut+A"),
    RENAME("Rename", "mdi2r-rename-box", "F2"),
    FIND("Find Module…", "mdi2m-magnify", "shortcut+F"),

    ADD_MODULE("Add Module", "mdi2p-plus-box-outline", "shortcut+M"),
    CONNECT_MODE("Connect Mode", "mdi2v-vector-line", "shortcut+K"),
    PIN("Pin / Unpin", "mdi2p-pin-outline", "shortcut+P"),
    AUTO_LAYOUT("Auto Layout", "mdi2f-file-tree-outline", "shortcut+L"),

    ZOOM_IN("Zoom In", "mdi2m-magnify-plus-outline", "shortcut+EQUALS"),
    ZOOM_OUT("Zoom Out", "mdi2m-magnify-minus-outline", "shortcut+MINUS"),
    ACTUAL_SIZE("Actual Size", "mdi2m-magnify-scan", "shortcut+1"),
    FIT("Fit to Window", "mdi2f-fit-to-page-outline", "shortcut+0"),
    HIGHLIGHT_CYCLES("Highlight Cycles", "mdi2s-sync", "shortcut+shift+Y"),
    DARK_THEME("Dark Theme", "mdi2t-theme-light-dark", "shortcut+shift+T");

    private final String text;
    private final String icon;
    private final String keys;

    StandardAction(String text, String icon, String keys) {
        this.text = text;
        this.icon = icon;
        this.keys = keys;
    }

    public String text() {
        return text;
    }

    public String icon() {
        return icon;
    }

    /** The key binding in {@code KeyCombination.valueOf} form, or null. */
    public String keys() {
        return keys;
    }
}
