package io.itplan.core.strategy;

import io.itplan.core.graph.GraphIndex;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Step names built from module ids, shortened for large clusters. */
final class ModuleNames implements Layering.StepNames {
    private static final int SHOWN = 3;
    private final GraphIndex g;
    private final String levelName;

    ModuleNames(GraphIndex g, String levelName) {
        this.g = g;
        this.levelName = levelName;
    }

    @Override
    public String level(int level) {
        return levelName + " " + level;
    }

    @Override
    public String units(UnitDag dag, int unit) {
        return modules(dag.members(unit));
    }

    @Override
    public String modules(int[] m) {
        String shown = Arrays.stream(m).limit(SHOWN).mapToObj(g::id).collect(Collectors.joining(", "));
        return "Integrate " + shown + (m.length > SHOWN ? " and " + (m.length - SHOWN) + " more" : "");
    }

    @Override
    public String unitId(UnitDag dag, int unit) {
        return g.id(dag.members(unit)[0]);
    }
}
