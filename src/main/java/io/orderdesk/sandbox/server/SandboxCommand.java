package io.orderdesk.sandbox.server;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar order-desk.jar sandbox …}: runs the sandbox in the foreground and prints what a client needs to
 * connect. It serves until the process is stopped (Ctrl+C or a kill), when a shutdown hook closes it.
 */
public final class SandboxCommand {

    private SandboxCommand() {
    }

    /** Returns 0 after help or a clean stop, 1 when the port cannot be bound, 2 for bad arguments. */
    public static int run(String[] args, PrintStream out) {
        SandboxArgs.Parsed parsed;
        try {
            parsed = SandboxArgs.parse(args);
        } catch (IllegalArgumentException e) {
            out.println("sandbox: " + e.getMessage());
            out.println(SandboxArgs.USAGE);
            return 2;
        }
        if (parsed.help()) {
            out.println(SandboxArgs.USAGE);
            return 0;
        }
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(parsed.options());
        } catch (UncheckedIOException e) {
            out.println("sandbox: cannot listen on port " + parsed.options().port() + " (" + e.getCause() + ")");
            return 1;
        }
        printBanner(sandbox, parsed.options(), out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sandbox.close();
        }
        return 0;
    }

    static void printBanner(Sandbox sandbox, SandboxOptions options, PrintStream out) {
        out.println("Order Desk sandbox: a local Naver Pay 주문형 order API (demo data, not Naver)");
        out.println("  base URL       " + sandbox.baseUrl());
        out.println("  client id      " + sandbox.clientId());
        out.println("  client secret  " + sandbox.clientSecret());
        out.println("  merchant id    " + sandbox.merchantId());
        out.println("  admin          " + sandbox.baseUrl().replace(Gateway.BASE_PATH, AdminHandler.PREFIX) + "/");
        out.println("  world          seed " + options.seed() + ", " + options.orders() + " orders over "
                + options.days() + " days, " + (options.live() ? "live" : "not live") + ", rate "
                + options.rate() + "/s");
        out.println("Stop with Ctrl+C.");
        out.flush();
    }
}
