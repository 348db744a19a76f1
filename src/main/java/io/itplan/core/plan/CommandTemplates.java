package io.itplan.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fills command templates (argv lists) with a step's values. Each placeholder — {@code {step}},
 * {@code {modules}}, {@code {module}}, {@code {stubs}}, {@code {drivers}} — is replaced inside the one argv
 * element that holds it and never splits or joins elements, so a module named {@code $(rm -rf ~)} stays a
 * harmless string argument. Lists of ids are joined with commas.
 */
public final class CommandTemplates {
    private CommandTemplates() {}

    public static List<String> render(List<String> template, Map<String, String> values) {
        List<String> argv = new ArrayList<>(template.size());
        for (String element : template) {
            argv.add(fill(element, values));
        }
        return argv;
    }

    private static String fill(String element, Map<String, String> values) {
        StringBuilder out = new StringBuilder(element.length());
        int i = 0;
        while (i < element.length()) {
            char c = element.charAt(i);
            int close = c == '{' ? element.indexOf('}', i) : -1;
            if (close > 0) {
                String key = element.substring(i + 1, close);
                String value = values.get(key);
                if (value != null) {
                    out.append(value);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
