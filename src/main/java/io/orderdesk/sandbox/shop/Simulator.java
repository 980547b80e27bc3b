package io.orderdesk.sandbox.shop;

import static io.orderdesk.sandbox.shop.Transitions.*;

import io.orderdesk.sandbox.SandboxClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Demo-mode life for a {@link Shop}: new orders arrive and buyers, couriers and Naver act on existing ones, at about
 * three events per sandbox minute for a 500-order shop (scaled by shop size, at most 200 per step). The seller's side
 * is left to the app's user. Every step also runs the time rules that fell due. Deterministic for a given seed, world
 * and sequence of clock readings at each step.
 */
public final class Simulator {

    private static final double EVENTS_PER_MINUTE = 3.0;
    private static final int MAX_EVENTS_PER_STEP = 200;
    private static final int NEW_ORDER_PERCENT = 15;

    /** Something buyers, couriers or Naver do, and how often relative to the rest. */
    private record Weighted(Transitions step, int weight) {
    }

    private static final List<Weighted> STEPS = List.of(new Weighted(PAY, 6), new Weighted(ACCEPT_GIFT, 5),
            new Weighted(CHANGE_ADDRESS, 1), new Weighted(BUYER_CANCEL_UNPAID, 1),
            new Weighted(BUYER_CANCEL_BEFORE_CONFIRM, 1), new Weighted(BUYER_CANCEL_REQUEST, 1),
            new Weighted(BUYER_CANCEL_WITHDRAW, 2), new Weighted(PARCEL_PICKUP, 8), new Weighted(DELIVER, 8),
            new Weighted(DECIDE, 3), new Weighted(BUYER_RETURN_REQUEST, 1), new Weighted(BUYER_EXCHANGE_REQUEST, 1),
            new Weighted(BUYER_RETURN_WITHDRAW, 1), new Weighted(BUYER_EXCHANGE_WITHDRAW, 1),
            new Weighted(RETURN_PICKUP, 6), new Weighted(EXCHANGE_PICKUP, 6), new Weighted(RETURN_COLLECT_DONE, 5),
            new Weighted(EXCHANGE_COLLECT_DONE, 2), new Weighted(EXCHANGE_REDELIVERED, 6));

    private final Shop shop;
    private final SandboxClock clock;
    private final Random random;
    private Instant last;
    private double carry;

    /** A simulator for {@code shop} whose first {@link #step()} counts sandbox time from now. */
    public Simulator(Shop shop, SandboxClock clock, long seed) {
        this.shop = shop;
        this.clock = clock;
        this.random = new Random(seed);
        this.last = clock.instant();
    }

    /** One round of life, as much as the sandbox time since the previous step calls for; events are stamped now. */
    public synchronized void step() {
        Instant now = clock.instant();
        Duration elapsed = Duration.between(last, now);
        if (elapsed.isNegative()) {
            elapsed = Duration.ZERO;
        }
        last = now;
        double minutes = elapsed.toMillis() / 60_000.0;
        shop.write(world -> {
            double expected = rate(world) * minutes + carry;
            int count = (int) Math.min(Math.floor(expected), MAX_EVENTS_PER_STEP);
            carry = count == MAX_EVENTS_PER_STEP ? 0 : expected - count;
            List<ProductOrderRecord> active = active(world);
            for (int i = 0; i < count; i++) {
                happen(world, active, now);
            }
            TimeRules.run(world, now);
            return null;
        });
    }

    private static double rate(World world) {
        return Math.max(0.5, EVENTS_PER_MINUTE * world.orderCount() / 500.0);
    }

    private void happen(World world, List<ProductOrderRecord> active, Instant now) {
        if (active.isEmpty() || random.nextInt(100) < NEW_ORDER_PERCENT) {
            int kind = random.nextInt(100);
            OrderRecord order = OrderFactory.create(world, now, new OrderFactory.Spec(0, kind < 5,
                    kind >= 5 && kind < 15, null, world.config.mallId()));
            Transitions place = order.paymentDueDate != null ? PLACE_UNPAID : PLACE_PAID;
            Lives.play(world, random, order, order.lines.get(0), place, now);
            active.addAll(order.lines);
            return;
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            ProductOrderRecord po = active.get(random.nextInt(active.size()));
            Transitions step = choose(po, now);
            if (step != null) {
                Lives.play(world, random, po.order, po, step, now);
                if (step == DECIDE && random.nextInt(10) < 3) {
                    Reviews.writeNow(world, random, po, now);
                }
                return;
            }
        }
    }

    private Transitions choose(ProductOrderRecord po, Instant now) {
        Change probe = Change.at(now);
        List<Weighted> allowed = new ArrayList<>();
        int total = 0;
        for (Weighted option : STEPS) {
            if (option.step().refusal(po, probe) == null) {
                allowed.add(option);
                total += option.weight();
            }
        }
        if (allowed.isEmpty()) {
            return null;
        }
        int pick = random.nextInt(total);
        for (Weighted option : allowed) {
            pick -= option.weight();
            if (pick < 0) {
                return option.step();
            }
        }
        throw new IllegalStateException("weights out of step");
    }

    private static List<ProductOrderRecord> active(World world) {
        List<ProductOrderRecord> active = new ArrayList<>();
        for (ProductOrderRecord po : world.productOrders()) {
            if (world.isOwn(po) && po.status != null && (!po.status.isTerminal() || po.hasOpenClaim())) {
                active.add(po);
            }
        }
        return active;
    }
}
