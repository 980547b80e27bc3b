package io.orderdesk.app;

import io.orderdesk.sandbox.server.SandboxCommand;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/** The subcommands of {@code java -jar order-desk.jar <command>}; later issues register sandbox, sync and export. */
final class Commands {

    private static final Map<String, BiFunction<String[], PrintStream, Integer>> COMMANDS = new TreeMap<>();

    static {
        COMMANDS.put("version", (args, out) -> {
            out.println("Order Desk " + AppInfo.version());
            return 0;
        });
        COMMANDS.put("sandbox", SandboxCommand::run);
        COMMANDS.put("sync", (args, out) -> SyncCommand.run(args, out, System.err, System.getenv()));
        COMMANDS.put("export", (args, out) -> ExportCommand.run(args, out, System.err, System.getenv()));
        COMMANDS.put("screenshots", (args, out) -> ScreenshotTour.run(args, out, System.err));
    }

    private Commands() {
    }

    static int run(String name, String[] args, PrintStream out, PrintStream err) {
        if (name.equals("help") || name.equals("-h")) {
            printUsage(out);
            return 0;
        }
        BiFunction<String[], PrintStream, Integer> command = COMMANDS.get(name);
        if (command == null) {
            err.println("Unknown command: " + name);
            printUsage(err);
            return 2;
        }
        return command.apply(args, out);
    }

    private static void printUsage(PrintStream out) {
        out.println("Usage: order-desk [--screenshot=FILE]       start the app");
        out.println("       order-desk <command> [args]           run a command: " + String.join(", ", COMMANDS.keySet()));
    }
}
