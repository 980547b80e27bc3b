package io.orderdesk.sandbox.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The active fault rules. Dice come from one seeded Random and rules with {@code rate} 1 never roll, so a test that
 * sets {@code count} gets the same faults on the same calls every run. Thread-safe.
 */
public final class Faults {

    private final Random random;
    private final List<Fault> rules = new ArrayList<>();

    public Faults(long seed) {
        this.random = new Random(seed);
    }

    /** Adds a rule; an existing rule for the same endpoint and kind is replaced, so posting again adjusts it. */
    public synchronized void add(Fault fault) {
        rules.removeIf(rule -> rule.endpoint().equals(fault.endpoint()) && rule.kind() == fault.kind());
        rules.add(fault);
    }

    /** Removes every rule; returns how many there were. */
    public synchronized int clear() {
        int removed = rules.size();
        rules.clear();
        return removed;
    }

    /** The active rules, each {@code count} showing what is left. */
    public synchronized List<Fault> list() {
        return List.copyOf(rules);
    }

    /**
     * Picks the first rule in insertion order that matches the call, is allowed at this point of the pipeline and
     * wins its roll, and uses up one of its count.
     */
    synchronized Optional<Fault> pick(String endpointName, Predicate<FaultKind> allowedHere) {
        for (int i = 0; i < rules.size(); i++) {
            Fault rule = rules.get(i);
            if (!rule.matches(endpointName) || !allowedHere.test(rule.kind()) || !rule.kind().appliesTo(endpointName)) {
                continue;
            }
            if (rule.rate() < 1 && random.nextDouble() >= rule.rate()) {
                continue;
            }
            consume(i, rule);
            return Optional.of(rule);
        }
        return Optional.empty();
    }

    private void consume(int index, Fault rule) {
        if (rule.count() == null) {
            return;
        }
        if (rule.count() == 1) {
            rules.remove(index);
        } else {
            rules.set(index, rule.withCount(rule.count() - 1));
        }
    }
}
