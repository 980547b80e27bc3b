package io.orderdesk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.api.LastChangedQuery;
import io.orderdesk.api.dto.LastChangeStatus;
import io.orderdesk.api.dto.LastChangedStatuses;
import io.orderdesk.domain.LastChangedType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Paging the change feed over more than 10,000 changes, most of them sharing a timestamp, through the real client:
 * following {@code more} must lose nothing and repeat nothing, whatever the page size. The orders are made on a
 * frozen clock in four blocks: 7,000 product orders at one instant, 3,000 dispatched ones at the next second, 300
 * with a millisecond each, and 200 more at one instant. Sets are compared by hash, not with AssertJ's quadratic
 * list assertions, so the test stays fast.
 */
class PagingContractTest {

    private static final int MAX_PAGES = 200;

    private static ContractSandbox fx;
    private static final Map<String, Instant> CHANGED_AT = new HashMap<>();
    private static final Set<String> DISPATCHED = new HashSet<>();
    private static Instant first;
    private static Instant singlesFrom;
    private static Instant lastSingles;
    private static Instant last;

    @BeforeAll
    static void start() {
        fx = ContractSandbox.start(3, 200, 1);
        first = fx.advance(Duration.ofHours(1));
        createBlock(700, 10, "PAYED");
        fx.advance(Duration.ofSeconds(1));
        DISPATCHED.addAll(createBlock(300, 10, "DELIVERING"));
        singlesFrom = fx.advance(Duration.ofSeconds(1));
        for (int i = 0; i < 300; i++) {
            if (i == 250) {
                lastSingles = fx.now();
            }
            createBlock(1, 1, "PAYED");
            fx.advance(Duration.ofMillis(1));
        }
        last = fx.advance(Duration.ofSeconds(1));
        createBlock(20, 10, "PAYED");
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void pagesOfThreeHundredReturnEveryChangeExactlyOnce() {
        List<LastChangeStatus> rows = page(new LastChangedQuery(ContractSandbox.kst(first),
                ContractSandbox.kst(last), null, null, 300));

        assertThat(CHANGED_AT).hasSizeGreaterThan(10_000);
        assertSameOnce(rows, CHANGED_AT.keySet());
        List<String> wrongDate = new ArrayList<>();
        for (LastChangeStatus row : rows) {
            if (!row.lastChangedDate().toInstant().equals(CHANGED_AT.get(row.productOrderId()))) {
                wrongDate.add(row.productOrderId());
            }
        }
        assertThat(wrongDate).isEmpty();
    }

    @Test
    void pagesOfSevenAcrossDistinctAndSharedTimestampsReturnEveryChangeExactlyOnce() {
        List<LastChangeStatus> rows = page(new LastChangedQuery(ContractSandbox.kst(lastSingles),
                ContractSandbox.kst(last), null, null, 7));

        Set<String> expected = new HashSet<>();
        CHANGED_AT.forEach((id, at) -> {
            if (!at.isBefore(lastSingles)) {
                expected.add(id);
            }
        });
        assertThat(expected).hasSize(250);
        assertSameOnce(rows, expected);
    }

    @Test
    void aTypeFilterPagesThroughOnlyItsChanges() {
        List<LastChangeStatus> dispatched = page(new LastChangedQuery(ContractSandbox.kst(first),
                ContractSandbox.kst(last), LastChangedType.DISPATCHED, null, 300));
        List<LastChangeStatus> payed = page(new LastChangedQuery(ContractSandbox.kst(first),
                ContractSandbox.kst(last), LastChangedType.PAYED, null, 300));

        assertSameOnce(dispatched, DISPATCHED);
        Set<String> notDispatched = new HashSet<>(CHANGED_AT.keySet());
        notDispatched.removeAll(DISPATCHED);
        assertSameOnce(payed, notDispatched);
    }

    /** Every expected id came back, nothing else did, and nothing came back twice. */
    private static void assertSameOnce(List<LastChangeStatus> rows, Set<String> expected) {
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (LastChangeStatus row : rows) {
            if (!seen.add(row.productOrderId())) {
                repeated.add(row.productOrderId());
            }
        }
        Set<String> lost = new HashSet<>(expected);
        lost.removeAll(seen);
        Set<String> extra = new HashSet<>(seen);
        extra.removeAll(expected);
        assertThat(repeated).as("repeated").isEmpty();
        assertThat(lost).as("lost").isEmpty();
        assertThat(extra).as("not expected").isEmpty();
        assertThat(rows).hasSize(expected.size());
    }

    /** Follows {@code more} to the end, checking each page's own promises on the way. */
    private static List<LastChangeStatus> page(LastChangedQuery start) {
        List<LastChangeStatus> rows = new ArrayList<>();
        LastChangedQuery query = start;
        int limit = start.limitCount();
        for (int pages = 1; ; pages++) {
            assertThat(pages).as("pages so far; paging must end").isLessThan(MAX_PAGES);
            LastChangedStatuses page = fx.client.lastChangedStatuses(query).data();
            List<LastChangeStatus> items = page.lastChangeStatuses().items();
            assertThat(page.lastChangeStatuses().rejected()).isEmpty();
            assertThat(page.count()).isEqualTo(items.size());
            rows.addAll(items);
            if (page.more() == null) {
                assertThat(items.size()).isLessThanOrEqualTo(limit);
                return rows;
            }
            assertThat(items).hasSize(limit);
            query = query.next(page.more().moreFrom(), page.more().moreSequence());
        }
    }

    private static List<String> createBlock(int orders, int lines, String state) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            ids.addAll(fx.createAny(state, lines).productOrderIds());
        }
        ids.forEach(id -> CHANGED_AT.put(id, fx.now()));
        return ids;
    }
}
