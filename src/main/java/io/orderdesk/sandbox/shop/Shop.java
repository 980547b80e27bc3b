package io.orderdesk.sandbox.shop;

import io.orderdesk.sandbox.ApiRequest;
import io.orderdesk.sandbox.ApiResult;
import io.orderdesk.sandbox.Endpoint;
import io.orderdesk.sandbox.SandboxAdmin;
import io.orderdesk.sandbox.SandboxApi;
import io.orderdesk.sandbox.SandboxClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The sandbox's Naver Pay order API: a deterministic demo world behind the 20 endpoints and the admin path. Reads
 * share a read lock and build their JSON directly from the in-memory records; writes, admin calls and the
 * {@link Simulator} take the write lock, so every call sees a consistent world.
 */
public final class Shop implements SandboxApi, SandboxAdmin {

    private static final long MAX_ADVANCE_MINUTES = 366L * 24 * 60;

    private final SandboxClock clock;
    private final String mallId;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private World world;

    /** Generates the world for {@code config} as of the clock's current instant. */
    public Shop(SandboxClock clock, ShopConfig config) {
        this.clock = clock;
        this.mallId = config.mallId();
        this.world = DemoData.generate(config, clock.instant());
    }

    @Override
    public ApiResult call(Endpoint endpoint, ApiRequest request) {
        try {
            return switch (endpoint) {
                case LAST_CHANGED_STATUSES -> read(w -> LastChangedStatuses.answer(w, request));
                case QUERY_PRODUCT_ORDERS -> read(w -> DetailQuery.details(w, request));
                case PRODUCT_ORDER_IDS -> read(w -> DetailQuery.productOrderIds(w, request));
                case PRODUCT_ORDERS -> read(w -> ConditionalQuery.answer(w, request));
                case REVIEWS -> read(w -> ReviewQuery.answer(w, request));
                case CONFIRM -> {
                    List<String> ids = ConfirmCall.parse(request);
                    yield write(w -> ConfirmCall.run(w, ids, clock.instant()));
                }
                case DISPATCH -> {
                    List<DispatchCall.Line> lines = DispatchCall.parse(request);
                    yield write(w -> DispatchCall.run(w, lines, clock.instant()));
                }
                default -> {
                    SingleCall single = ClaimCalls.parse(endpoint, request, clock.instant());
                    yield write(single::run);
                }
            };
        } catch (BadRequest badRequest) {
            return badRequest.toResult();
        }
    }

    @Override
    public ApiResult reset(Object body) {
        return admin(() -> {
            ShopConfig config = AdminCalls.resetConfig(body, mallId);
            World fresh = DemoData.generate(config, clock.instant());
            return write(w -> {
                world = fresh;
                return ApiResult.ok(new Fields().with("seed", config.seed()).with("orders", config.orders())
                        .with("days", config.days()).with("mallId", config.mallId())
                        .with("productOrders", fresh.productOrders().size()));
            });
        });
    }

    @Override
    public ApiResult createOrder(Object body) {
        return admin(() -> write(w -> AdminCalls.createOrder(w, body, clock.instant())));
    }

    @Override
    public ApiResult event(Object body) {
        return admin(() -> write(w -> AdminCalls.event(w, body, clock.instant())));
    }

    @Override
    public ApiResult advanceClock(Object body) {
        return admin(() -> {
            Double minutes = Body.of(body).optNumber("advanceMinutes");
            if (minutes == null) {
                throw BadRequest.missing("advanceMinutes");
            }
            if (minutes < 0 || minutes > MAX_ADVANCE_MINUTES) {
                throw BadRequest.invalid("advanceMinutes", "0~" + MAX_ADVANCE_MINUTES + " 사이의 값이어야 합니다");
            }
            return write(w -> {
                clock.advance(Duration.ofMillis(Math.round(minutes * 60_000)));
                Instant now = clock.instant();
                int changed = TimeRules.run(w, now);
                return ApiResult.ok(new Fields().date("now", now).with("changed", changed));
            });
        });
    }

    @Override
    public ApiResult productOrder(String productOrderId) {
        return read(w -> AdminCalls.productOrder(w, productOrderId));
    }

    /** Product orders of another mall that the world holds to exercise 101009; reads never return them. */
    public List<String> foreignProductOrderIds() {
        return read(w -> {
            List<String> ids = new ArrayList<>();
            for (ProductOrderRecord po : w.productOrders()) {
                if (!w.isOwn(po)) {
                    ids.add(po.productOrderId);
                }
            }
            return ids;
        });
    }

    <T> T read(Function<World, T> action) {
        lock.readLock().lock();
        try {
            return action.apply(world);
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Function<World, T> action) {
        lock.writeLock().lock();
        try {
            return action.apply(world);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static ApiResult admin(Supplier<ApiResult> call) {
        try {
            return call.get();
        } catch (BadRequest badRequest) {
            return badRequest.toResult();
        }
    }
}
