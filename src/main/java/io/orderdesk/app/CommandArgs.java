package io.orderdesk.app;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value}, {@code --name=value} and {@code --flag} arguments of a subcommand. */
final class CommandArgs {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private CommandArgs() {
    }

    /**
     * @param valued the option names that take a value
     * @param known  the flags
     * @throws IllegalArgumentException for anything else
     */
    static CommandArgs parse(String[] args, Set<String> valued, Set<String> known) {
        CommandArgs parsed = new CommandArgs();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--" + name + " needs a value");
                    }
                    value = args[++i];
                }
                parsed.values.put(name, value);
            } else if (known.contains(name) && value == null) {
                parsed.flags.add(name);
            } else {
                throw new IllegalArgumentException("Unknown option: --" + name);
            }
        }
        return parsed;
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    int intValue(String name, int fallback, int min, int max) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new IllegalArgumentException("--" + name + " must be " + min + ".." + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number: " + text);
        }
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
