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
        CommandLine cl = new CommandLine(new Itplan());
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
        return cl.execute(args);
    }

    /**
     * The one rule for every command: 1 when the command did its work and found a problem in what it was given (a
     * plan that disagrees with the rule, a failed step, a cycle no stub can break), 2 when it could not do its work
     * (unreadable input, a wrong option).
     */
    static int exitCode(Throwable ex) {
        return ex instanceof UnbreakableCycleException ? FAILED : INVALID;
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
            return "out of memory; give Java more heap with JAVA_TOOL_OPTIONS=-Xmx4g";
        }
        String msg = ex.getMessage();
        return (msg == null ? ex.getClass().getSimpleName() : msg)
                + " (internal error; run with --debug and report it)";
    }
}
