package io.itplan.app.files;

import io.itplan.core.format.AtomicFiles;
import io.itplan.core.format.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * What the desktop app remembers between starts — the theme, where its window was and how its panels were
 * divided — in {@code settings.properties} in the app home. A missing or unreadable file means defaults; a
 * failure to write is not worth bothering the user with.
 */
public final class AppSettings {
    private static final String THEME = "theme";
    private static final String DIVIDERS = "dividers.";
    private final Path file;
    private final Properties values = new Properties();

    private AppSettings(Path file) {
        this.file = file;
    }

    /** The settings kept in {@code home}. */
    public static AppSettings in(Path home) {
        AppSettings s = new AppSettings(home.resolve("settings.properties"));
        if (Files.isRegularFile(s.file)) {
            try (InputStream in = Files.newInputStream(s.file)) {
                s.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                s.values.clear();
            }
        }
        return s;
    }

    public boolean darkTheme() {
        return "dark".equals(values.getProperty(THEME));
    }

    public void setDarkTheme(boolean dark) {
        values.setProperty(THEME, dark ? "dark" : "light");
    }

    /** Where the window was, if it was ever closed with a size. */
    public Optional<WindowPlacement> window() {
        return WindowPlacement.read(values);
    }

    public void setWindow(WindowPlacement placement) {
        placement.write(values);
    }

    /** The divider positions (fractions, left to right or top to bottom) of the split named {@code id}. */
    public Optional<double[]> dividers(String id) {
        String text = values.getProperty(DIVIDERS + id);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<Double> out = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                double d = Double.parseDouble(part.strip());
                if (!(d > 0 && d < 1)) {
                    return Optional.empty();
                }
                out.add(d);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(out.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public void setDividers(String id, double[] positions) {
        StringBuilder b = new StringBuilder();
        for (double p : positions) {
            b.append(b.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", p));
        }
        values.setProperty(DIVIDERS + id, b.toString());
    }

    /** Writes the settings (atomically); true when that worked. */
    public boolean save() {
        try {
            Files.createDirectories(file.getParent());
            StringWriter text = new StringWriter();
            values.store(text, "itplan settings");
            AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.ISO_8859_1));
            return true;
        } catch (IOException | InputException e) {
            return false;
        }
    }
}
