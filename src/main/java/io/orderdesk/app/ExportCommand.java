package io.orderdesk.app;

import io.orderdesk.api.json.NpayDateTime;
import io.orderdesk.store.DataFolder;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.Store;
import io.orderdesk.store.StoredProductOrder;
import io.orderdesk.transfer.OrderExport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code order-desk export --format csv|xlsx --out FILE}: every cached product order, one row each, with the API's
 * field names as headers and the values as the API gave them. CSV is UTF-8 with a byte-order mark so Excel reads the
 * Hangul; xlsx holds every value as a text cell (see {@link OrderExport}).
 */
final class ExportCommand {

    static final String[] HEADERS = {"productOrderId", "orderId", "productOrderStatus", "placeOrderStatus",
        "claimType", "claimStatus", "ordererName", "productName", "quantity", "totalPaymentAmount",
        "deliveryCompany", "trackingNumber", "lastChangedDate"};

    static final List<OrderExport.Column> COLUMNS = List.of(
            column(0, OrderSummary::productOrderId), column(1, OrderSummary::orderId),
            column(2, OrderSummary::productOrderStatus), column(3, OrderSummary::placeOrderStatus),
            column(4, OrderSummary::claimType), column(5, OrderSummary::claimStatus),
            column(6, OrderSummary::ordererName), column(7, OrderSummary::productName),
            column(8, row -> row.quantity() == null ? null : row.quantity().toString()),
            column(9, row -> row.totalPaymentAmount() == null ? null : row.totalPaymentAmount().toString()),
            column(10, OrderSummary::deliveryCompany), column(11, OrderSummary::trackingNumber),
            column(12, row -> date(row.lastChangedDate())));

    private ExportCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        CommandArgs parsed;
        try {
            parsed = CommandArgs.parse(args, Set.of("format", "out"), Set.of());
            if (!Set.of("csv", "xlsx").contains(parsed.value("format").orElse("csv"))) {
                throw new IllegalArgumentException("--format must be csv or xlsx");
            }
            if (parsed.value("out").isEmpty()) {
                throw new IllegalArgumentException("--out FILE is required");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("Usage: order-desk export --format csv|xlsx --out FILE");
            return 2;
        }
        Path file = Path.of(parsed.value("out").get());
        try (Store store = Store.fromEnvironment(env, DataFolder.create(AppPaths.dataFolder(env)));
             Stream<StoredProductOrder> rows = store.productOrders().stream()) {
            int count = parsed.value("format").orElse("csv").equals("xlsx")
                    ? writeXlsx(rows.iterator(), file) : write(rows.iterator(), file);
            out.println(count + " product orders written to " + file.toAbsolutePath());
            return 0;
        } catch (IOException e) {
            err.println("Could not write " + file + ": " + e.getMessage());
            return 1;
        }
    }

    static int write(Iterator<StoredProductOrder> rows, Path file) throws IOException {
        int count = 0;
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADERS).get())) {
                while (rows.hasNext()) {
                    OrderSummary row = rows.next().summary();
                    List<String> values = new ArrayList<>(COLUMNS.size());
                    COLUMNS.forEach(column -> values.add(column.value().apply(row)));
                    csv.printRecord(values);
                    count++;
                }
            }
        }
        return count;
    }

    static int writeXlsx(Iterator<StoredProductOrder> rows, Path file) throws IOException {
        List<OrderSummary> summaries = new ArrayList<>();
        rows.forEachRemaining(row -> summaries.add(row.summary()));
        OrderExport.writeXlsx(summaries, COLUMNS, file);
        return summaries.size();
    }

    private static OrderExport.Column column(int header, Function<OrderSummary, String> value) {
        return new OrderExport.Column(HEADERS[header], value);
    }

    private static String date(Instant instant) {
        return instant == null ? null : NpayDateTime.format(instant.atOffset(ZoneOffset.UTC));
    }
}
