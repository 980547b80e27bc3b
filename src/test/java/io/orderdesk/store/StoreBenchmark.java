package io.orderdesk.store;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.orderdesk.domain.OrderTab;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Not a test: loads 100,000 synthetic product orders into a fresh H2 store and prints how fast the store writes them
 * and how fast the index answers (target: p95 of 50 ms or less). Run from the project folder:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.orderdesk.store.StoreBenchmark [folder]
 * </pre>
 * It needs about 1 GB of disk in the folder (a new temporary folder by default) and takes one to two minutes.
 */
public final class StoreBenchmark {

    private static final int LINES = 100_000;
    private static final int PAGE = 300;
    private static final String[] SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍".split("");
    private static final String[] SYLLABLES = "민서지현준우예하은도윤수연영호진성아주원".split("");
    private static final String[] MATERIALS = {"울", "린넨", "코튼", "캐시미어", "데님", "가죽", "실크", "니트", "Knit", "면"};
    private static final String[] ITEMS = {"가디건", "셔츠", "팬츠", "머플러", "양말", "티셔츠", "원피스", "자켓", "코트",
        "스커트", "벨트", "모자", "장갑", "베스트", "후드티"};
    private static final String[] STYLES = {"베이직", "오버핏", "슬림"};
    private static final String[] COLOURS = {"베이지", "네이비", "블랙", "화이트", "그레이", "카키"};
    private static final String[] CARRIERS = {"CJGLS", "HANJIN", "HYUNDAI", "EPOST", "KGB"};

    private final Random random = new Random(20241128);
    private final String template;

    private StoreBenchmark(String template) {
        this.template = template;
    }

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("order-desk-bench");
        StoreBenchmark bench = new StoreBenchmark(template());
        List<StoredProductOrder> samples = new ArrayList<>();
        long jsonChars = 0;

        try (Store store = Store.openLocal(folder)) {
            long upserting = 0;
            for (int from = 0; from < LINES; from += PAGE) {
                List<StoredProductOrder> page = bench.lines(from, Math.min(LINES, from + PAGE));
                samples.addAll(page.subList(0, 3));
                jsonChars += page.stream().mapToLong(l -> l.detailJson().length()).sum();
                Cursor cursor = new Cursor(OffsetDateTime.now(), String.valueOf(from));
                long start = System.nanoTime();
                store.inTransaction(tx -> {
                    tx.productOrders().upsert(page);
                    tx.cursors().put("bench", cursor);
                    return null;
                });
                upserting += System.nanoTime() - start;
            }
            double seconds = upserting / 1e9;
            System.out.printf("H2 file store in %s, %,d lines, detail JSON of %,d characters on average%n", folder,
                    LINES, jsonChars / LINES);
            System.out.printf("upsert in pages of %d (with cursor, one transaction each): %.1f s, %,.0f rows/s%n",
                    PAGE, seconds, LINES / seconds);
            System.out.printf("re-upsert of unchanged pages: %,.0f rows/s%n", rowsPerSecond(store, bench, 0));
            System.out.printf("re-upsert of changed pages (update + history): %,.0f rows/s%n",
                    rowsPerSecond(store, bench, 1));
            System.out.printf("heap used after load: %,d MB%n", heapUsedMb());
        }

        long reopen = System.nanoTime();
        try (Store store = Store.openLocal(folder)) {
            System.out.printf("reopen incl. migration check and index load of %,d lines: %.2f s; heap %,d MB%n",
                    store.index().size(), (System.nanoTime() - reopen) / 1e9, heapUsedMb());
            bench.measure(store, samples);
        }
    }

    private void measure(Store store, List<StoredProductOrder> lines) {
        OrderIndex index = store.index();
        System.out.printf("first search after open (builds the sort order): %.1f ms%n",
                millis(() -> index.search(OrderFilter.all())));
        report("tabCounts() x1000", times(1000, i -> index.tabCounts()));
        List<OrderFilter> mix = mix(lines);
        times(mix.size(), i -> index.search(mix.get(i)));
        long[] mixed = times(mix.size(), i -> index.search(mix.get(i)));
        report("search mix x200 (초성, names, phone tails, ids, tracking, products)", mixed);
        String[] kinds = {"초성", "name", "phone tail", "id digits", "tracking", "product"};
        for (int kind = 0; kind < kinds.length; kind++) {
            final int k = kind;
            report("  " + kinds[kind] + " x" + mix.size() / kinds.length, IntStream
                    .range(0, mixed.length).filter(i -> i % kinds.length == k).mapToLong(i -> mixed[i]).toArray());
        }
        List<OrderFilter> browse = new ArrayList<>();
        for (OrderTab tab : OrderTab.values()) {
            for (SortColumn column : SortColumn.values()) {
                browse.add(OrderFilter.all().withTab(tab).sortedBy(column, column.ordinal() % 2 == 0)
                        .page(column.ordinal() * 100, 100));
            }
        }
        times(browse.size(), i -> index.search(browse.get(i)));
        report("tab browsing x" + browse.size() + " (every tab x every sort column, no text)",
                times(browse.size(), i -> index.search(browse.get(i))));
        store.productOrders().upsert(changed(lines(0, PAGE), 2));
        System.out.printf("first 전체 browse after a page of 300 changed (sort order rebuilt): %.1f ms%n",
                millis(() -> index.search(OrderFilter.all().sortedBy(SortColumn.BUYER, false))));
        System.out.printf("total of last search: 전체 %,d lines%n", index.search(OrderFilter.all()).total());
    }

    /** Upserts 30 pages of lines already stored, changed by {@code hours} (0: unchanged), timing only the store. */
    private static double rowsPerSecond(Store store, StoreBenchmark bench, int hours) {
        long nanos = 0;
        for (int from = 0; from < 30 * PAGE; from += PAGE) {
            List<StoredProductOrder> page = changed(bench.lines(from, from + PAGE), hours);
            long start = System.nanoTime();
            store.productOrders().upsert(page);
            nanos += System.nanoTime() - start;
        }
        return 30 * PAGE / (nanos / 1e9);
    }

    /** The lines as Naver would send them after a later change: new change time, new type, one more space. */
    private static List<StoredProductOrder> changed(List<StoredProductOrder> lines, int hours) {
        if (hours == 0) {
            return lines;
        }
        return lines.stream().map(l -> {
            OrderSummary s = l.summary();
            return new StoredProductOrder(new OrderSummary(s.productOrderId(), s.orderId(), s.productOrderStatus(),
                    s.placeOrderStatus(), s.claimType(), s.claimStatus(), s.holdbackStatus(), s.orderDate(),
                    s.paymentDate(), s.lastChangedDate().plusSeconds(hours * 3600L), "DISPATCHED",
                    s.shippingDueDate(), s.dispatchedDate(), s.ordererName(), s.ordererPhoneTail(), s.receiverName(),
                    s.receiverPhoneTail(), s.productName(), s.productOption(), s.quantity(), s.totalPaymentAmount(),
                    s.deliveryCompany(), s.trackingNumber(), s.addressChanged(), s.giftReceivingStatus(),
                    s.delayed(), s.claimRequestDate()), l.detailJson() + " ".repeat(hours));
        }).toList();
    }

    private List<OrderFilter> mix(List<StoredProductOrder> lines) {
        List<OrderFilter> filters = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            StoredProductOrder line = lines.get(random.nextInt(lines.size()));
            String text = switch (i % 6) {
                case 0 -> SearchText.initials(line.summary().receiverName());
                case 1 -> i % 12 == 1 ? line.summary().ordererName() : line.summary().ordererName().substring(1);
                case 2 -> line.summary().ordererPhoneTail();
                case 3 -> line.productOrderId().substring(6, 14);
                case 4 -> line.summary().trackingNumber() == null ? line.summary().orderId()
                        : line.summary().trackingNumber().replaceAll("(\\d{4})(?=\\d)", "$1-");
                default -> i % 12 == 5 ? line.summary().productName() : ITEMS[random.nextInt(ITEMS.length)];
            };
            OrderTab tab = i % 5 == 0 ? OrderTab.values()[random.nextInt(OrderTab.values().length)] : OrderTab.ALL;
            filters.add(OrderFilter.all().withTab(tab).withText(text)
                    .sortedBy(SortColumn.values()[i % SortColumn.values().length], i % 2 == 0));
        }
        return filters;
    }

    /** Lines {@code from} (inclusive) to {@code to}; the same index always gives the same line. */
    private List<StoredProductOrder> lines(int from, int to) {
        List<StoredProductOrder> lines = new ArrayList<>(to - from);
        Instant base = Instant.parse("2023-01-01T00:00:00Z");
        for (int i = from; i < to; i++) {
            Random random = new Random(i);
            long order = 2023010100000000L + i - i % (1 + i % 3);
            String id = String.valueOf(2023010150000000L + i * 7L);
            String buyer = name(random);
            String receiver = random.nextInt(5) == 0 ? name(random) : buyer;
            String product = MATERIALS[random.nextInt(MATERIALS.length)] + " " + STYLES[random.nextInt(STYLES.length)]
                    + " " + ITEMS[random.nextInt(ITEMS.length)];
            String option = "색상: " + COLOURS[random.nextInt(COLOURS.length)] + " / 사이즈: " + "SML".charAt(random.nextInt(3));
            Instant paid = base.plusSeconds((long) i * 630 + random.nextInt(600));
            String[] state = state(random.nextInt(100));
            boolean shipped = !state[0].equals("PAYED") && !state[0].equals("PAYMENT_WAITING");
            String carrier = shipped ? CARRIERS[random.nextInt(CARRIERS.length)] : null;
            String tracking = shipped ? String.valueOf(600_000_000_000L + random.nextInt(1_000_000_000)) : null;
            String json = template.replace("2024030498765431", id).replace("2024030412345671", String.valueOf(order))
                    .replace("김*지", buyer.charAt(0) + "*" + buyer.charAt(2)).replace("김민지", receiver)
                    .replace("오늘의니트 여성 울 라운드 가디건", product).replace("684512907731", String.valueOf(tracking));
            lines.add(new StoredProductOrder(new OrderSummary(id, String.valueOf(order), state[0], state[1], state[2],
                    state[3],
                    state[4], paid.minusSeconds(15), paid, paid.plusSeconds(3600), "PAYED", paid.plusSeconds(259_200),
                    shipped ? paid.plusSeconds(86_400) : null, buyer, tail(random), receiver, tail(random), product, option,
                    1 + random.nextInt(3), 10_000L + random.nextInt(200) * 500L, carrier, tracking,
                    random.nextInt(50) == 0, null, "delayed".equals(state[5]), state[2] == null ? null : paid), json));
        }
        return lines;
    }

    /** status, place status, claim type, claim status, holdback, flag — roughly a shop's mix. */
    private static String[] state(int roll) {
        if (roll < 55) {
            return new String[] {"PURCHASE_DECIDED", "OK", null, null, null, ""};
        } else if (roll < 67) {
            return new String[] {"DELIVERED", "OK", null, null, null, ""};
        } else if (roll < 75) {
            return new String[] {"DELIVERING", "OK", null, null, null, ""};
        } else if (roll < 79) {
            return new String[] {"PAYED", "NOT_YET", null, null, null, ""};
        } else if (roll < 83) {
            return new String[] {"PAYED", "OK", null, null, null, ""};
        } else if (roll < 84) {
            return new String[] {"PAYED", "OK", null, null, null, "delayed"};
        } else if (roll < 85) {
            return new String[] {"PAYED", "OK", "CANCEL", "CANCEL_REQUEST", null, ""};
        } else if (roll < 90) {
            return new String[] {"CANCELED", "OK", "CANCEL", "CANCEL_DONE", null, ""};
        } else if (roll < 92) {
            return new String[] {"DELIVERED", "OK", "RETURN", "COLLECT_DONE", roll == 90 ? "HOLDBACK" : null, ""};
        } else if (roll < 95) {
            return new String[] {"RETURNED", "OK", "RETURN", "RETURN_DONE", "RELEASED", ""};
        } else if (roll < 96) {
            return new String[] {"DELIVERED", "OK", "EXCHANGE", "EXCHANGE_REQUEST", "HOLDBACK", ""};
        } else if (roll < 97) {
            return new String[] {"EXCHANGED", "OK", "EXCHANGE", "EXCHANGE_DONE", null, ""};
        }
        return new String[] {"PAYMENT_WAITING", "NOT_YET", null, null, null, ""};
    }

    private static String name(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]
                + SYLLABLES[random.nextInt(SYLLABLES.length)];
    }

    private static String tail(Random random) {
        return String.format("%04d", random.nextInt(10_000));
    }

    /** The full fixture without its claim sections: a realistic detail of about 5 KB. */
    @SuppressWarnings("unchecked")
    private static String template() throws IOException {
        try (InputStream in = StoreBenchmark.class.getResourceAsStream("/npay/product-order-detail-full.json")) {
            JsonAdapter<Object> adapter = new Moshi.Builder().build().adapter(Object.class);
            Map<String, Object> tree = (Map<String, Object>) adapter.fromJson(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            for (String claim : List.of("completedClaims", "beforeClaim", "return", "currentClaim")) {
                tree.remove(claim);
            }
            return adapter.toJson(tree);
        }
    }

    private interface Call {
        void run(int i);
    }

    private static long[] times(int count, Call call) {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            call.run(i);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static double millis(Supplier<?> call) {
        long start = System.nanoTime();
        call.get();
        return (System.nanoTime() - start) / 1e6;
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static long heapUsedMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }
}
