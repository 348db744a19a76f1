package io.itplan.core.importer.compose;

import io.itplan.core.format.InputException;
import io.itplan.core.graph.Dependency;
import io.itplan.core.graph.DependencyGraph;
import io.itplan.core.graph.DependencyKind;
import io.itplan.core.graph.Module;
import io.itplan.core.graph.ModuleKind;
import io.itplan.core.graph.StandInProvider;
import io.itplan.core.importer.Imported;
import io.itplan.core.importer.InputFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a Docker Compose file ({@code compose.yaml}, {@code docker-compose.yml}; the Compose Specification,
 * compose-spec.io) into a graph of its services.
 *
 * <ul>
 *   <li>Each service is a module. Its kind comes from its image's name: {@code postgres}, {@code mysql},
 *       {@code mariadb}, {@code mongo}, {@code redis}, {@code cassandra} and other data stores are
 *       {@link ModuleKind#DATABASE}; {@code rabbitmq}, {@code kafka}, {@code nats}, {@code activemq} and other
 *       brokers {@link ModuleKind#QUEUE}; the rest {@link ModuleKind#SERVICE}.</li>
 *   <li>{@code depends_on} (list or map form) and {@code links} are dependencies: {@code data} to a database,
 *       {@code message} to a queue, {@code call} otherwise. A target that is not a service of the file is an
 *       error naming the file, line and service.</li>
 *   <li>Each module gets a stand-in provider that starts the service itself with Compose
 *       ({@code docker compose -f FILE up -d --wait SERVICE}, stopped with {@code docker compose -f FILE stop
 *       SERVICE}): for databases and brokers the real thing in a container is the usual test double. Its
 *       readiness check is the healthcheck's URL when the healthcheck probes one on a published port, else the
 *       first published host port; a healthcheck without either is waited for by {@code --wait}.</li>
 * </ul>
 *
 * <p>YAML anchors, aliases and merge keys ({@code <<: *defaults}) are understood; duplicate keys are an error.
 * The file path in the commands is written as given, so plans run from the folder the import ran in.
 */
public final class ComposeImporter {
    private static final Set<String> DATABASES = Set.of(
            "postgres",
            "postgresql",
            "postgis",
            "mysql",
            "mariadb",
            "mongo",
            "mongodb",
            "redis",
            "valkey",
            "cassandra",
            "scylla",
            "couchdb",
            "couchbase",
            "neo4j",
            "elasticsearch",
            "opensearch",
            "influxdb",
            "memcached",
            "mssql-server",
            "oracle",
            "cockroach",
            "clickhouse-server",
            "dynamodb-local",
            "h2");
    private static final Set<String> QUEUES = Set.of(
            "rabbitmq",
            "kafka",
            "cp-kafka",
            "nats",
            "activemq",
            "artemis",
            "activemq-artemis",
            "pulsar",
            "redpanda",
            "zookeeper",
            "cp-zookeeper",
            "mosquitto",
            "eclipse-mosquitto",
            "emqx",
            "elasticmq",
            "localstack-sqs");
    private static final Pattern URL =
            Pattern.compile("https?://(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0)(?::(\\d{1,5}))?(/[^\\s'\"]*)?");

    private ComposeImporter() {}

    public static Imported read(Path file) throws InputException {
        String source = file.toString();
        String text = InputFiles.text(file, "a compose file");
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit((int) InputFiles.MAX_TEXT_BYTES);
        Node root;
        try {
            root = new Yaml(options).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            throw new InputException(
                    source,
                    m == null ? 0 : m.getLine() + 1,
                    m == null ? 0 : m.getColumn() + 1,
                    "malformed YAML: " + String.valueOf(e.getProblem()).strip());
        } catch (YAMLException e) {
            throw new InputException(source, "malformed YAML: " + e.getMessage().replaceAll("\\s+", " "));
        }
        if (!(root instanceof MappingNode top)) {
            throw new InputException(source, 1, 1, "expected a compose file: a mapping with 'services'");
        }
        Map<String, Node> topKeys = entries(top, source);
        Node servicesNode = topKeys.get("services");
        if (!(servicesNode instanceof MappingNode servicesMap)) {
            throw at(
                    source,
                    servicesNode == null ? top : servicesNode,
                    "expected 'services:' with one entry per service");
        }
        Map<String, Node> services = entries(servicesMap, source);
        List<String> warnings = new ArrayList<>();
        Map<String, ModuleKind> kinds = new LinkedHashMap<>();
        for (Map.Entry<String, Node> s : services.entrySet()) {
            if (!(s.getValue() instanceof MappingNode)) {
                throw at(source, s.getValue(), "service '" + s.getKey() + "' must be a mapping");
            }
            kinds.put(
                    s.getKey(),
                    kindOf(scalar(entries((MappingNode) s.getValue(), source).get("image"))));
        }
        String name = scalar(topKeys.get("name"));
        if (name == null) {
            Path parent = file.toAbsolutePath().getParent();
            name = parent != null && parent.getFileName() != null
                    ? parent.getFileName().toString()
                    : "compose";
        }
        DependencyGraph.Builder b = DependencyGraph.builder(name);
        List<Dependency> deps = new ArrayList<>();
        for (Map.Entry<String, Node> s : services.entrySet()) {
            String service = s.getKey();
            Map<String, Node> def = entries((MappingNode) s.getValue(), source);
            for (Map.Entry<String, Node> target :
                    targets(def.get("depends_on"), source, service).entrySet()) {
                deps.add(dependency(service, target, kinds, source, services.keySet(), "depends_on"));
            }
            for (Map.Entry<String, Node> target :
                    targets(def.get("links"), source, service).entrySet()) {
                String t = target.getKey().split(":", 2)[0];
                deps.add(dependency(
                        service, Map.entry(t, target.getValue()), kinds, source, services.keySet(), "links"));
            }
            String image = scalar(def.get("image"));
            String notes = image != null ? "image " + image : def.containsKey("build") ? "built from source" : "";
            b.addModule(new Module(
                    service,
                    null,
                    kinds.get(service),
                    null,
                    null,
                    null,
                    notes,
                    0,
                    0,
                    false,
                    null,
                    provider(file.toString(), service, def, source, warnings),
                    null));
        }
        for (Dependency d : deps) {
            if (d.from().equals(d.to())) {
                warnings.add(Imported.warning(source, 0, 0, "service '" + d.from() + "' depends on itself; left out"));
                continue;
            }
            b.addDependency(d);
        }
        return new Imported(b.build(), warnings);
    }

    private static Dependency dependency(
            String service,
            Map.Entry<String, Node> target,
            Map<String, ModuleKind> kinds,
            String source,
            Set<String> known,
            String key)
            throws InputException {
        String to = target.getKey();
        if (!known.contains(to)) {
            throw at(
                    source,
                    target.getValue(),
                    "service '" + service + "' " + (key.equals("links") ? "links to" : "depends on") + " '" + to
                            + "', which is not a service of this file (services: "
                            + String.join(", ", new TreeSet<>(known)) + ")");
        }
        DependencyKind kind = switch (kinds.get(to)) {
            case DATABASE -> DependencyKind.DATA;
            case QUEUE -> DependencyKind.MESSAGE;
            default -> DependencyKind.CALL;
        };
        return new Dependency(service, to, kind, 1, 0, 0, key, kind.stubbableByDefault());
    }

    /** depends_on / links targets, each with the node to point at in a message. */
    private static Map<String, Node> targets(Node n, String source, String service) throws InputException {
        Map<String, Node> out = new LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        if (n instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                String t = scalar(item);
                if (t == null) {
                    throw at(source, item, "service '" + service + "': expected a service name");
                }
                out.put(t, item);
            }
        } else if (n instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                String k = scalar(t.getKeyNode());
                if (k != null) {
                    out.put(k, t.getKeyNode());
                }
            }
        } else {
            throw at(source, n, "service '" + service + "': expected a list of service names or a mapping");
        }
        return out;
    }

    /** Starts the service itself with Compose; ready when its healthcheck URL answers or its port accepts. */
    private static StandInProvider provider(
            String file, String service, Map<String, Node> def, String source, List<String> warnings)
            throws InputException {
        Map<Integer, Integer> published = ports(def.get("ports"));
        String ready = null;
        Node health = def.get("healthcheck");
        if (health instanceof MappingNode hm) {
            Node test = entries(hm, source).get("test");
            String probe = test instanceof SequenceNode seq
                    ? String.join(
                            " ",
                            seq.getValue().stream().map(ComposeImporter::scalar).toList())
                    : scalar(test);
            Matcher m = URL.matcher(probe == null ? "" : probe);
            if (m.find()) {
                int containerPort = m.group(1) == null ? 80 : Integer.parseInt(m.group(1));
                Integer host = published.get(containerPort);
                if (host != null) {
                    ready = "http://127.0.0.1:" + host + (m.group(2) == null ? "/" : m.group(2));
                }
            }
        }
        if (ready == null && !published.isEmpty()) {
            ready = Integer.toString(published.values().iterator().next());
        }
        if (ready == null && health == null) {
            warnings.add(Imported.warning(
                    source,
                    0,
                    0,
                    "service '" + service + "' has no healthcheck and publishes no port: its stand-in is taken as"
                            + " ready once Compose has started it"));
        }
        return new StandInProvider(
                List.of("docker", "compose", "-f", file, "up", "-d", "--wait", service),
                ready,
                List.of("docker", "compose", "-f", file, "stop", service));
    }

    /** Published ports: container port to host port, in the order given. */
    private static Map<Integer, Integer> ports(Node n) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        if (!(n instanceof SequenceNode seq)) {
            return out;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m) {
                Map<String, String> kv = new LinkedHashMap<>();
                m.getValue().forEach(t -> kv.put(scalar(t.getKeyNode()), scalar(t.getValueNode())));
                Integer target = number(kv.get("target"));
                Integer host = number(kv.get("published"));
                if (target != null && host != null) {
                    out.putIfAbsent(target, host);
                }
                continue;
            }
            String p = scalar(item);
            if (p == null) {
                continue;
            }
            String[] parts = p.replaceFirst("/(tcp|udp)$", "").split(":");
            if (parts.length >= 2) {
                Integer host = number(parts[parts.length - 2]);
                Integer target = number(parts[parts.length - 1]);
                if (host != null && target != null) {
                    out.putIfAbsent(target, host);
                }
            }
        }
        return out;
    }

    private static Integer number(String s) {
        if (s == null) {
            return null;
        }
        String first = s.split("-")[0].strip();
        if (!first.matches("\\d{1,5}")) {
            return null;
        }
        int v = Integer.parseInt(first);
        return v > 0 && v < 65536 ? v : null;
    }

    static ModuleKind kindOf(String image) {
        if (image == null) {
            return ModuleKind.SERVICE;
        }
        String repo = image.toLowerCase(Locale.ROOT).replaceFirst("@.*$", "");
        int slash = repo.lastIndexOf('/');
        int colon = repo.indexOf(':', slash + 1);
        String base = repo.substring(slash + 1, colon < 0 ? repo.length() : colon);
        if (DATABASES.contains(base)) {
            return ModuleKind.DATABASE;
        }
        if (QUEUES.contains(base) || base.contains("kafka") || base.contains("rabbitmq")) {
            return ModuleKind.QUEUE;
        }
        return ModuleKind.SERVICE;
    }

    /** A mapping's entries by key, merge keys ({@code <<}) applied: keys given in the mapping itself win. */
    private static Map<String, Node> entries(MappingNode map, String source) throws InputException {
        Map<String, Node> out = new LinkedHashMap<>();
        List<MappingNode> merged = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            String k = scalar(t.getKeyNode());
            if (k == null) {
                throw at(source, t.getKeyNode(), "expected a plain key");
            }
            if (k.equals("<<")) {
                Node v = t.getValueNode();
                if (v instanceof MappingNode m) {
                    merged.add(m);
                } else if (v instanceof SequenceNode s) {
                    for (Node item : s.getValue()) {
                        if (item instanceof MappingNode m) {
                            merged.add(m);
                        }
                    }
                }
                continue;
            }
            if (out.put(k, t.getValueNode()) != null) {
                throw at(source, t.getKeyNode(), "key '" + k + "' given twice in one mapping");
            }
        }
        for (MappingNode m : merged) {
            entries(m, source).forEach(out::putIfAbsent);
        }
        return out;
    }

    private static String scalar(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : null;
    }

    private static InputException at(String source, Node n, String detail) {
        Mark m = n.getStartMark();
        return new InputException(source, m.getLine() + 1, m.getColumn() + 1, detail);
    }
}
