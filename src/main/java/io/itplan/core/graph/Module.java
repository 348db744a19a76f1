package io.itplan.core.graph;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A node of the dependency graph: a class, component or service that is integrated in one step.
 *
 * @param id       stable unique identifier; any string is accepted and every writer quotes it safely
 * @param commands command templates by purpose (for example {@code test}), each an argv list
 * @param stub     how to start a stub of this module, or {@code null}
 * @param driver   how to start a driver for this module, or {@code null}
 */
public record Module(
        String id,
        String name,
        ModuleKind kind,
        String layer,
        List<String> tags,
        Risk risk,
        String notes,
        double x,
        double y,
        boolean pinned,
        Map<String, List<String>> commands,
        StandInProvider stub,
        StandInProvider driver) {

    public Module {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("a module id must not be empty");
        }
        name = name == null || name.isEmpty() ? id : name;
        kind = kind == null ? ModuleKind.COMPONENT : kind;
        tags = tags == null ? List.of() : List.copyOf(tags);
        risk = risk == null ? Risk.MEDIUM : risk;
        notes = notes == null ? "" : notes;
        layer = layer == null ? "" : layer;
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        if (commands != null) {
            commands.forEach((k, v) -> sorted.put(k, List.copyOf(v)));
        }
        commands = java.util.Collections.unmodifiableMap(sorted);
    }

    /** A module with only an id; every other field takes its default. */
    public static Module of(String id) {
        return new Module(id, null, null, null, null, null, null, 0, 0, false, null, null, null);
    }

    public static Module of(String id, ModuleKind kind) {
        return new Module(id, null, kind, null, null, null, null, 0, 0, false, null, null, null);
    }

    public Module withRisk(Risk newRisk) {
        return new Module(id, name, kind, layer, tags, newRisk, notes, x, y, pinned, commands, stub, driver);
    }

    public Module withId(String newId) {
        return new Module(
                newId,
                name.equals(id) ? newId : name,
                kind,
                layer,
                tags,
                risk,
                notes,
                x,
                y,
                pinned,
                commands,
                stub,
                driver);
    }

    public Module withName(String newName) {
        return new Module(id, newName, kind, layer, tags, risk, notes, x, y, pinned, commands, stub, driver);
    }

    public Module withKind(ModuleKind newKind) {
        return new Module(id, name, newKind, layer, tags, risk, notes, x, y, pinned, commands, stub, driver);
    }

    public Module withPinned(boolean newPinned) {
        return new Module(id, name, kind, layer, tags, risk, notes, x, y, newPinned, commands, stub, driver);
    }

    public Module withPosition(double newX, double newY) {
        return new Module(id, name, kind, layer, tags, risk, notes, newX, newY, pinned, commands, stub, driver);
    }

    public Module withLayer(String newLayer) {
        return new Module(id, name, kind, newLayer, tags, risk, notes, x, y, pinned, commands, stub, driver);
    }

    public Module withTags(List<String> newTags) {
        return new Module(id, name, kind, layer, newTags, risk, notes, x, y, pinned, commands, stub, driver);
    }

    public Module withNotes(String newNotes) {
        return new Module(id, name, kind, layer, tags, risk, newNotes, x, y, pinned, commands, stub, driver);
    }

    public Module withCommands(Map<String, List<String>> newCommands) {
        return new Module(id, name, kind, layer, tags, risk, notes, x, y, pinned, newCommands, stub, driver);
    }

    public Module withStub(StandInProvider newStub) {
        return new Module(id, name, kind, layer, tags, risk, notes, x, y, pinned, commands, newStub, driver);
    }

    public Module withDriver(StandInProvider newDriver) {
        return new Module(id, name, kind, layer, tags, risk, notes, x, y, pinned, commands, stub, newDriver);
    }
}
