package io.itplan.core.export;

import io.itplan.core.plan.StandIn;
import io.itplan.core.text.ShellText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The POSIX shell script that runs one step exactly as {@code itplan run --step ID} does, for the exports whose jobs
 * run shell scripts: the stand-ins the step needs started in the plan's folder with the step's environment and waited
 * for (an {@code http://} URL answering below 500, or a TCP port accepting, within {@value
 * ExportSteps#READY_SECONDS} s), stopped on the way out whatever happened (their stop command, then their process
 * group), and each command run in the step's folder with its environment under GNU {@code timeout} with the exact
 * duration. Every argument is single-quoted, so a module name is never shell syntax.
 */
final class StepScript {
    private StepScript() {}

    /** The functions that start, wait for and stop stand-ins; they keep their state in {@code $itplan_state}. */
    static final String FUNCTIONS = String.join(
            "\n",
            "itplan_alive() {",
            "  kill -0 \"$1\" 2>/dev/null || return 1",
            "  case $(ps -o stat= -p \"$1\" 2>/dev/null) in Z*) return 1 ;; esac",
            "}",
            "itplan_start() {",
            "  itplan_id=$1; shift",
            "  echo \"itplan: stand-in $itplan_id starting\"",
            "  if command -v setsid >/dev/null 2>&1; then",
            "    (cd \"$itplan_plan_dir\" && exec setsid \"$@\") >\"$itplan_state/$itplan_id.log\" 2>&1 </dev/null &",
            "  else",
            "    (cd \"$itplan_plan_dir\" && exec \"$@\") >\"$itplan_state/$itplan_id.log\" 2>&1 </dev/null &",
            "  fi",
            "  echo \"$!\" >\"$itplan_state/$itplan_id.pid\"",
            "}",
            "itplan_ready() {",
            "  itplan_pid=$(cat \"$itplan_state/$1.pid\")",
            "  itplan_end=$(( $(date +%s) + $3 ))",
            "  while [ \"$(date +%s)\" -le \"$itplan_end\" ]; do",
            "    if ! itplan_alive \"$itplan_pid\"; then",
            "      echo \"itplan: stand-in $1 ended before it was ready:\" >&2",
            "      cat \"$itplan_state/$1.log\" >&2",
            "      return 1",
            "    fi",
            "    case $2 in",
            "      *[!0-9]*)",
            "        itplan_code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 \"$2\" 2>/dev/null)"
                    + " || itplan_code=000",
            "        if [ \"$itplan_code\" -ge 200 ] 2>/dev/null && [ \"$itplan_code\" -lt 500 ]; then",
            "          echo \"itplan: stand-in $1 ready at $2\"; return 0",
            "        fi ;;",
            "      *)",
            "        if bash -c 'exec 3<>\"/dev/tcp/127.0.0.1/$1\"' itplan \"$2\" 2>/dev/null; then",
            "          echo \"itplan: stand-in $1 ready on port $2\"; return 0",
            "        fi ;;",
            "    esac",
            "    sleep 0.2",
            "  done",
            "  echo \"itplan: stand-in $1 was not ready at $2 within $3 s\" >&2",
            "  return 1",
            "}",
            "itplan_stop() {",
            "  itplan_id=$1; shift",
            "  [ -f \"$itplan_state/$itplan_id.pid\" ] || return 0",
            "  itplan_pid=$(cat \"$itplan_state/$itplan_id.pid\"); rm -f \"$itplan_state/$itplan_id.pid\"",
            "  if [ $# -gt 0 ]; then (cd \"$itplan_plan_dir\" && \"$@\") >>\"$itplan_state/$itplan_id.log\" 2>&1"
                    + " || true; fi",
            "  kill -TERM -\"$itplan_pid\" 2>/dev/null || kill -TERM \"$itplan_pid\" 2>/dev/null || true",
            "  itplan_i=0",
            "  while itplan_alive \"$itplan_pid\" && [ \"$itplan_i\" -lt 50 ]; do"
                    + " sleep 0.1; itplan_i=$((itplan_i + 1)); done",
            "  kill -KILL -\"$itplan_pid\" 2>/dev/null || kill -KILL \"$itplan_pid\" 2>/dev/null || true",
            "  echo \"itplan: stand-in $itplan_id stopped\"",
            "}",
            "");

    /** The whole script of a step, for a CI job: its stand-ins live and die with it. */
    static String of(ExportSteps.ExportStep s, ExportOptions options) {
        List<String> lines = new ArrayList<>();
        // Only the step id on the first line: some runners echo it through a shell of their own.
        lines.add("# itplan step " + s.id());
        List<StandIn> started = startable(s);
        if (!started.isEmpty()) {
            lines.add("itplan_plan_dir=" + ShellText.quote(options.planDir()));
            lines.add(FUNCTIONS.strip());
            lines.add("itplan_state=$(mktemp -d \"${TMPDIR:-/tmp}/itplan.XXXXXX\")");
            lines.add("itplan_stop_all() {");
            for (int i = started.size() - 1; i >= 0; i--) {
                lines.add("  " + stopLine(started.get(i)));
            }
            lines.add("}");
            lines.add("trap 'itplan_stop_all' EXIT");
            lines.add("trap 'exit 143' TERM");
            lines.add("trap 'exit 130' INT");
            for (StandIn d : started) {
                lines.add(startLine(d, s.env()));
                readyLine(d).ifPresent(lines::add);
            }
        }
        lines.addAll(commandLines(s));
        return String.join("\n", lines) + "\n";
    }

    /** The stand-ins of a step that have a start command. */
    static List<StandIn> startable(ExportSteps.ExportStep s) {
        return s.standIns().stream().filter(d -> d.provider() != null).toList();
    }

    static String startLine(StandIn d, Map<String, String> env) {
        List<String> argv = new ArrayList<>();
        argv.add(d.id());
        argv.addAll(withEnv(env, d.provider().start()));
        return "itplan_start " + ShellText.line(argv);
    }

    static java.util.Optional<String> readyLine(StandIn d) {
        String ready = d.provider().ready();
        if (ready == null || ready.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("itplan_ready " + ShellText.quote(d.id()) + " " + ShellText.quote(ready) + " "
                + ExportSteps.READY_SECONDS + " || exit 1");
    }

    static String stopLine(StandIn d) {
        List<String> argv = new ArrayList<>();
        argv.add(d.id());
        argv.addAll(d.provider().stop());
        return "itplan_stop " + ShellText.line(argv);
    }

    /** {@code cd FOLDER}, then each command with the step's environment and exact timeout; the first failure ends. */
    static List<String> commandLines(ExportSteps.ExportStep s) {
        List<String> lines = new ArrayList<>();
        if (!s.folder().equals(".")) {
            lines.add("cd " + ShellText.quote(s.folder()) + " || exit 1");
        }
        for (List<String> argv : s.step().run()) {
            lines.add(commandLine(s, argv) + " || exit $?");
        }
        return lines;
    }

    /** One command under {@code timeout} (with a grace period before KILL), with the step's environment. */
    static String commandLine(ExportSteps.ExportStep s, List<String> argv) {
        List<String> words = withEnv(s.env(), argv);
        boolean env = words.size() > argv.size();
        return "timeout -k 10s " + ExportSteps.seconds(s.timeout()) + " " + (env ? "env " : "")
                + ShellText.line(env ? words.subList(1, words.size()) : words);
    }

    private static List<String> withEnv(Map<String, String> env, List<String> argv) {
        List<String> words = new ArrayList<>();
        if (!env.isEmpty()) {
            words.add("env");
            env.forEach((k, v) -> words.add(k + "=" + v));
        }
        words.addAll(argv);
        return words;
    }

    /** A runner-mode job: itplan fetched when a URL is given, then {@code itplan run PLAN --step ID}. */
    static String runner(ExportSteps.ExportStep s, ExportOptions options) {
        return String.join(
                "\n",
                "# itplan step " + s.id() + ", run by itplan itself (stand-ins, timeout and reports included)",
                "ITPLAN=${ITPLAN:-itplan}",
                "if [ -n \"${ITPLAN_JAR_URL:-}\" ]; then",
                "  curl -fsSL -o itplan.jar \"$ITPLAN_JAR_URL\" && ITPLAN=\"java -jar itplan.jar\"",
                "fi",
                "$ITPLAN run " + ShellText.quote(options.planFile()) + " --step " + ShellText.quote(s.id())
                        + " --report-dir itplan-reports",
                "");
    }
}
