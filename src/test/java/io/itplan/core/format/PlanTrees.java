package io.itplan.core.format;

import static io.itplan.core.format.GraphFiles.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.itplan.core.plan.DependencyRef;
import io.itplan.core.plan.Execution;
import io.itplan.core.plan.IntegrationPlan;
import io.itplan.core.plan.Metrics;
import io.itplan.core.plan.StandIn;
import io.itplan.core.plan.Step;
import java.util.List;

/**
 * The plan file's layout built a second way, as a Jackson tree from DESIGN §5 field by field: the oracle the streaming
 * plan writer is held to, byte for byte, and the tree the schema tests validate.
 */
final class PlanTrees {
    private PlanTrees() {}

    /** The plan as a tree, keys in the order of DESIGN §5. */
    static ObjectNode of(IntegrationPlan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", IntegrationPlan.FORMAT);
        ObjectNode g = root.putObject("graph");
        g.put("name", plan.graph().name());
        g.put("digest", plan.graph().digest());
        if (plan.graph().file() != null) {
            g.put("file", plan.graph().file());
        }
        ObjectNode s = root.putObject("strategy");
        s.put("name", plan.strategy().name());
        ObjectNode o = s.putObject("options");
        plan.strategy().options().forEach((k, v) -> o.set(k, JSON.valueToTree(v)));
        ObjectNode m = root.putObject("metrics");
        for (String k : Metrics.KEYS) {
            Number v = plan.metrics().value(k);
            if (v instanceof Double d) {
                m.put(k, Metrics.round(d));
            } else {
                m.put(k, v.longValue());
            }
        }
        ObjectNode c = root.putObject("cycleBreaking");
        c.put("policy", plan.cycleBreaking().policy());
        c.put("objective", plan.cycleBreaking().objective());
        putRefs(c.putArray("brokenDependencies"), plan.cycleBreaking().brokenDependencies());
        c.put("optimal", plan.cycleBreaking().optimal());
        c.put("lowerBound", Metrics.round(plan.cycleBreaking().lowerBound()));
        if (!"exact".equals(plan.cycleBreaking().algorithm())) {
            c.put("algorithm", plan.cycleBreaking().algorithm());
        }
        root.put("maxParallel", plan.maxParallel());
        putExecution(root.putObject("defaults"), plan.defaults() == null ? Execution.DEFAULTS : plan.defaults());
        ArrayNode doubles = root.putArray("doubles");
        for (StandIn d : plan.doubles()) {
            ObjectNode n = doubles.addObject();
            n.put("id", d.id());
            n.put("role", d.role().key());
            n.put("of", d.of());
            d.forModules().forEach(n.putArray("for")::add);
            if (d.provider() != null) {
                ObjectNode p = n.putObject("provider");
                d.provider().start().forEach(p.putArray("start")::add);
                if (d.provider().ready() != null) {
                    p.put("ready", d.provider().ready());
                }
                if (!d.provider().stop().isEmpty()) {
                    d.provider().stop().forEach(p.putArray("stop")::add);
                }
            }
        }
        ArrayNode steps = root.putArray("steps");
        for (Step st : plan.steps()) {
            ObjectNode n = steps.addObject();
            n.put("id", st.id());
            n.put("name", st.name());
            st.after().forEach(n.putArray("after")::add);
            st.integrate().forEach(n.putArray("integrate")::add);
            st.stubs().forEach(n.putArray("stubs")::add);
            st.drivers().forEach(n.putArray("drivers")::add);
            putRefs(n.putArray("tests"), st.tests());
            ArrayNode run = n.putArray("run");
            st.run().forEach(argv -> argv.forEach(run.addArray()::add));
            if (st.execution() != null) {
                putExecution(n.putObject("execution"), st.execution());
            }
        }
        return root;
    }

    private static void putRefs(ArrayNode a, List<DependencyRef> refs) {
        for (DependencyRef r : refs) {
            ObjectNode n = a.addObject();
            n.put("from", r.from());
            n.put("to", r.to());
        }
    }

    private static void putExecution(ObjectNode n, Execution e) {
        if (e.env() != null) {
            ObjectNode env = n.putObject("env");
            e.env().forEach(env::put);
        }
        if (e.workingDirectory() != null) {
            n.put("workingDirectory", e.workingDirectory());
        }
        if (e.timeout() != null) {
            n.put("timeout", e.timeout());
        }
        if (e.onFailure() != null) {
            n.put("onFailure", e.onFailure());
        }
    }
}
