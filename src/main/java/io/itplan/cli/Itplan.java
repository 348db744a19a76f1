package io.itplan.cli;

import io.itplan.core.cycles.UnbreakableCycleException;
import io.itplan.core.format.InputException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code itplan} command and its subcommands. */
@Command(
        name = "itplan",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Plans integration testing: integration orders, stubs and drivers, executable plans.",
        subcommands = {
            PlanCommand.class,
            CheckCommand.class,
            RunCommand.class,
            ExportCommand.class,
            CompareCommand.class,
            ValidateCommand.class,
            ImportCommand.class,
            DiagramCommand.class,
            CitoBenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Itplan implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID = 2;

    @Option(
            names = "--debug",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors (for reporting a defect).")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // Answered before the command line is modelled: picocli reflecting over every command is most of the
            // start-up time, and no class-data archive can hold its classes (Java 5 bytecode).
            for (String line : new Version().getVersion()) {
                out.println(line);
            }
            out.flush();
            return OK;
        }
        CommandLine cl = new CommandLine(new Itplan());
        ImportCommand.addFormats(cl.getSubcommands().get("import"));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> INVALID);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("itplan: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            return INVALID;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            boolean debug = parsed.hasMatchedOption("--debug")
                    || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
            c.getErr().println("itplan: " + describe(ex));
            if (debug) {
                ex.printStackTrace(c.getErr());
            }
            return exitCode(ex);
        });
        cl.getSubcommands().values().forEach(sub -> sub.setExitCodeExceptionMapper(e -> INVALID));
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands on errors untouched: without this the user sees the JVM's stack trace.
            err.println("itplan: " + describe(e));
            err.flush();
            return INVALID;
        }
    }

    /**
     * The one rule for every command: 1 when the command did its work and found a problem in what it was given (a
     * plan that disagrees with the rule, a failed step, a cycle no stub can break), 2 when it could not do its work
     * (unreadable input, a wrong option).
     */
    static int exitCode(Throwable ex) {
        return ex instanceof UnbreakableCycleException ? FAILED : INVALID;
    }

    /**
     * What ran out and how to give more: the heap (with its current maximum), or other memory the JVM names. One line,
     * for the command line and the app alike.
     */
    public static String outOfMemory(Throwable e) {
        String what = e.getMessage() == null ? "memory" : e.getMessage();
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        boolean heap = what.contains("heap") || what.contains("GC overhead") || what.contains("array size");
        long moreGb = Math.max(1, (maxMb * 4 + 1023) / 1024);
        return "out of memory (" + what + (heap ? ", " + maxMb + " MB of heap at most" : "") + "); give Java more"
                + (heap ? " heap, e.g. JAVA_TOOL_OPTIONS=-Xmx" + moreGb + "g" : " memory with JAVA_TOOL_OPTIONS");
    }

    /** One line for the user, without exception class names. */
    static String describe(Throwable ex) {
        if (ex instanceof InputException || ex instanceof UnbreakableCycleException) {
            return ex.getMessage();
        }
        if (ex instanceof UncheckedIOException u) {
            return u.getCause().getMessage();
        }
        if (ex instanceof IllegalArgumentException && ex.getMessage() != null) {
            return ex.getMessage();
        }
        if (ex instanceof OutOfMemoryError) {
            return outOfMemory(ex);
        }
        String msg = ex.getMessage();
        return (msg == null ? ex.getClass().getSimpleName() : msg)
                + " (internal error; run with --debug and report it)";
    }
}
