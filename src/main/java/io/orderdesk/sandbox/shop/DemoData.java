package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.GiftReceivingStatus;
import io.orderdesk.domain.HoldbackStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds the demo world: {@code orders} orders spread over the {@code days} before {@code now}, each living a random
 * plan up to {@code now}, then one short scripted order for every state, claim status, holdback, address change and
 * gift state the random part happened to miss, a few orders of another mall (reads never return them), and reviews.
 * Deterministic: the same config and {@code now} give the same world.
 */
final class DemoData {

    private static final int FOREIGN_ORDERS = 3;
    private static final long FILL_SPACING_SECONDS = 180;

    private DemoData() {
    }

    static World generate(ShopConfig config, Instant now) {
        World world = new World(config);
        Random random = world.random;
        Instant end = now.truncatedTo(ChronoUnit.SECONDS);
        long span = Duration.ofDays(config.days()).toSeconds();
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < config.orders(); i++) {
            times.add(end.minusSeconds(1 + (long) (random.nextDouble() * span)));
        }
        Collections.sort(times);
        for (Instant at : times) {
            int kind = random.nextInt(100);
            OrderRecord order = OrderFactory.create(world, at,
                    new OrderFactory.Spec(0, kind < 5, kind >= 5 && kind < 14, null, config.mallId()));
            Lives.live(world, random, order, Plans.plan(random, order), now);
        }
        fillGaps(world, random, now);
        for (int i = 0; i < FOREIGN_ORDERS; i++) {
            Instant at = end.minus(Duration.ofHours(2 + i));
            OrderRecord order = OrderFactory.create(world, at,
                    new OrderFactory.Spec(1, false, false, null, OrderFactory.FOREIGN_MALL));
            Lives.script(world, random, order, Scripts.STATES.get("PAYED"), at, 60);
        }
        for (var po : world.productOrders()) {
            Reviews.maybeWrite(world, random, po, now, 35);
        }
        return world;
    }

    private static void fillGaps(World world, Random random, Instant now) {
        Set<String> present = present(world);
        Instant end = now.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(2));
        for (Map.Entry<String, List<Transitions>> target : Scripts.COVERAGE.entrySet()) {
            if (present.contains(target.getKey())) {
                continue;
            }
            List<Transitions> steps = target.getValue();
            boolean unpaid = steps.get(0) == Transitions.PLACE_UNPAID;
            boolean gift = target.getKey().startsWith("GIFT/");
            // Scripted orders end just before now, so short-lived states such as CANCELING are still current.
            Instant start = end.minusSeconds(FILL_SPACING_SECONDS * (steps.size() - 1L));
            OrderRecord order = OrderFactory.create(world, start,
                    new OrderFactory.Spec(1, gift, unpaid, null, world.config.mallId()));
            Lives.script(world, random, order, steps, start, FILL_SPACING_SECONDS);
        }
    }

    /** The coverage keys ({@link Scripts#COVERAGE}) the world already shows. */
    static Set<String> present(World world) {
        Set<String> keys = new HashSet<>();
        for (ProductOrderRecord po : world.productOrders()) {
            if (po.status != null) {
                keys.add(po.status.code());
            }
            if (po.claim != null) {
                keys.add(po.claim.type.code() + "/" + po.claim.status.code());
                if (po.claim.holdbackStatus == HoldbackStatus.HOLDBACK) {
                    keys.add("HOLDBACK");
                } else if (po.claim.holdbackStatus == HoldbackStatus.RELEASED) {
                    keys.add("RELEASED");
                }
            }
            if (po.addressChanged) {
                keys.add("ADDRESS_CHANGED");
            }
            if (po.giftStatus != null) {
                keys.add("GIFT/" + (po.giftStatus == GiftReceivingStatus.RECEIVED ? "RECEIVED" : "WAIT_FOR_RECEIVING"));
            }
        }
        return keys;
    }
}
