package io.orderdesk.sandbox.server;

/**
 * Command-line options of {@code order-desk sandbox}. Accepts {@code --name value} and {@code --name=value}; anything
 * else is an IllegalArgumentException whose message is fit to show the user.
 */
final class SandboxArgs {

    static final int DEFAULT_PORT = 18080;

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: order-desk sandbox [--port N] [--orders N] [--days D] [--seed S] [--rate R] [--no-live]",
            "  Runs a local copy of the Naver Pay 주문형 order API on 127.0.0.1 until the process is stopped.",
            "  --port N     port to listen on (default " + DEFAULT_PORT + ", 0 = any free port)",
            "  --orders N   orders in the generated demo world (default 500)",
            "  --days D     days of order history to generate (default 14)",
            "  --seed S     seed for the world, the simulator and fault dice (default 42)",
            "  --rate R     rate limit per endpoint in calls per second; bursts up to 2×R (default 10)",
            "  --no-live    do not simulate buyers and couriers; the world only changes through the API",
            "  --help       show this text");

    /** What the command line asked for: help, or a sandbox with these options. */
    record Parsed(boolean help, SandboxOptions options) {
    }

    private SandboxArgs() {
    }

    static Parsed parse(String[] args) {
        SandboxOptions defaults = SandboxOptions.defaults();
        int port = DEFAULT_PORT;
        long seed = defaults.seed();
        int orders = defaults.orders();
        int days = defaults.days();
        int rate = defaults.rate();
        boolean live = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (name) {
                case "--help", "-h" -> {
                    return new Parsed(true, null);
                }
                case "--no-live" -> live = false;
                case "--port", "--orders", "--days", "--seed", "--rate" -> {
                    String value;
                    if (arg.contains("=")) {
                        value = arg.substring(arg.indexOf('=') + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new IllegalArgumentException(name + " needs a value");
                    }
                    long number = number(name, value);
                    switch (name) {
                        case "--port" -> port = (int) range(name, number, 0, 65_535);
                        case "--orders" -> orders = (int) range(name, number, 0, 100_000);
                        case "--days" -> days = (int) range(name, number, 1, 365);
                        case "--rate" -> rate = (int) range(name, number, 1, 100_000);
                        default -> seed = number;
                    }
                }
                default -> throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
        return new Parsed(false, defaults.withPort(port).withWorld(seed, orders, days).withRate(rate).withLive(live));
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static long range(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }
}
