package io.orderdesk.actions;

import io.orderdesk.api.NpayClientConfig;
import io.orderdesk.api.NpayEnvironment;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.http.RetryPolicy;
import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The app's side of the crash test, run in its own JVM so it can be killed for real: opens the H2 store, submits a
 * dispatch of the given product orders and starts sending, then waits to be killed.
 *
 * <p>Arguments: data folder, API base URL, client id, client secret, merchant id, file of product order ids (one a
 * line), the sandbox's frozen time (ISO instant: the dispatch date, and the clock the token is signed with).
 */
public final class OutboxCrashChild {

    private OutboxCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Store store = Store.openLocal(Path.of(args[0]));
        Instant dispatched = Instant.parse(args[6]);
        NpayOrderClient client = NpayOrderClient.create(NpayClientConfig.of(NpayEnvironment.custom(args[1]), args[2],
                        args[3])
                .withMerchantId(args[4])
                .withClock(Clock.fixed(dispatched, ZoneOffset.UTC))
                .withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO), wait -> { })
                .withInitialRate(1_000)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMinutes(5)));
        List<String> ids = Files.readAllLines(Path.of(args[5]));
        List<DraftLine> lines = ids.stream().map(id -> new DraftLine(id, new ActionInput.Dispatch(
                DeliveryMethod.DELIVERY, DeliveryCompany.CJGLS, "7" + id.substring(id.length() - 11), dispatched)))
                .toList();
        ActionService service = new ActionService(store, () -> Optional.of(client), Clock.systemUTC());
        long action = service.submit(new ActionDraft(OrderAction.DISPATCH, "크래시 테스트", lines));
        System.out.println("SUBMITTED " + action);
        System.out.flush();
        service.start();
        Thread.sleep(Duration.ofMinutes(5).toMillis());
    }
}
