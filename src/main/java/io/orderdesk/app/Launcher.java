package io.orderdesk.app;

import java.util.Arrays;

/**
 * Entry point of the runnable jar. It is not an {@code Application} subclass on purpose: a shaded jar whose main
 * class extends {@code Application} fails with "JavaFX runtime components are missing".
 *
 * <p>No arguments (or only {@code --} options) start the GUI; a first word names a subcommand.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            OrderDeskApp.main(args);
            return;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int code = Commands.run(args[0], rest, System.out, System.err);
        System.exit(code);
    }
}
