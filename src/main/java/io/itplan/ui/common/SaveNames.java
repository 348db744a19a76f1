package io.itplan.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The file name a save dialog settles on. The filter the user chose decides the extension whenever the name
 * does not already end in it: a name typed without one gets it, and the ending of another offered filter
 * (left over from the suggested name) is replaced. Native dialogs add only the last part of a two-part
 * extension ({@code shop} becomes {@code shop.json} under {@code *.graph.json}); that is completed too.
 */
public final class SaveNames {
    private SaveNames() {}

    /**
     * @param chosen the file the dialog returned
     * @param chosenExtension the extension of the chosen filter, such as {@code .graph.json}; null or empty for
     *     "All files"
     * @param offered the extensions of every filter offered, the default first
     */
    public static Path settle(Path chosen, String chosenExtension, List<String> offered) {
        String name = chosen.getFileName().toString();
        List<String> known = offered.stream().filter(e -> !e.isEmpty()).toList();
        if (chosenExtension == null || chosenExtension.isEmpty()) {
            if (known.isEmpty() || known.stream().anyMatch(name::endsWith) || name.contains(".")) {
                return chosen;
            }
            return chosen.resolveSibling(name + known.get(0));
        }
        if (name.endsWith(chosenExtension) && name.length() > chosenExtension.length()) {
            return chosen;
        }
        List<String> strippable = new ArrayList<>(known);
        strippable.remove(chosenExtension);
        for (int dot = chosenExtension.indexOf('.', 1); dot > 0; dot = chosenExtension.indexOf('.', dot + 1)) {
            strippable.add(chosenExtension.substring(dot));
        }
        String base = strippable.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .filter(e -> name.endsWith(e) && name.length() > e.length())
                .findFirst()
                .map(e -> name.substring(0, name.length() - e.length()))
                .orElse(name);
        return chosen.resolveSibling(base + chosenExtension);
    }
}
