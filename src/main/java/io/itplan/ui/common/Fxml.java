package io.itplan.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;

/** Loads the FXML beside a view class, with the view as both root ({@code fx:root}) and controller. */
public final class Fxml {
    private Fxml() {}

    public static void load(Object view) {
        String name = view.getClass().getSimpleName() + ".fxml";
        FXMLLoader loader = new FXMLLoader(view.getClass().getResource(name));
        loader.setRoot(view);
        loader.setController(view);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + name, e);
        }
    }
}
