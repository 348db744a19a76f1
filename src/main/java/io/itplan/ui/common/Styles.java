package io.itplan.ui.common;

/** Style-class names used from code, spelled once. */
public final class Styles {
    public static final String DARK = "dark";
    public static final String PANEL_TITLE = "panel-title";
    public static final String PROBLEM_ERROR = "problem-error";
    public static final String PROBLEM_WARNING = "problem-warning";
    public static final String PROBLEM_INFO = "problem-info";
    public static final String STATUS_MESSAGE = "status-message";
    public static final String FIND_BAR = "find-bar";
    public static final String MUTED = "muted";

    private Styles() {}
}
