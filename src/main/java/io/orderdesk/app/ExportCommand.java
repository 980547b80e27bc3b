package io.orderdesk.app;

import io.orderdesk.api.json.NpayDateTime;
import io.orderdesk.store.DataFolder;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.Store;
import io.orderdesk.store.StoredProductOrder;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code order-desk export --format csv --out FILE}: every cached product order, one row each, with the API's field
 * names as headers and the values as the API gave them (UTF-8 with a byte-order mark so Excel reads the Hangul).
 */
final class ExportCommand {

    static final String[] HEADERS = {"productOrderId", "orderId", "productOrderStatus", "placeOrderStatus",
        "claimType", "claimStatus", "ordererName", "productName", "quantity", "totalPaymentAmount",
        "deliveryCompany", "trackingNumber", "lastChangedDate"};

    private ExportCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        CommandArgs parsed;
        try {
            parsed = CommandArgs.parse(args, Set.of("format", "out"), Set.of());
            if (!parsed.value("format").orElse("csv").equals("csv")) {
                throw new IllegalArgumentException("Only --format csv is supported");
            }
            if (parsed.value("out").isEmpty()) {
                throw new IllegalArgumentException("--out FILE is required");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("Usage: order-desk export --format csv --out FILE");
            return 2;
        }
        Path file = Path.of(parsed.value("out").get());
        try (Store store = Store.fromEnvironment(env, DataFolder.create(AppPaths.dataFolder(env)));
             Stream<StoredProductOrder> rows = store.productOrders().stream()) {
            int count = write(rows.iterator(), file);
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
                    csv.printRecord(row.productOrderId(), row.orderId(), row.productOrderStatus(),
                            row.placeOrderStatus(), row.claimType(), row.claimStatus(), row.ordererName(),
                            row.productName(), row.quantity(), row.totalPaymentAmount(), row.deliveryCompany(),
                            row.trackingNumber(), date(row.lastChangedDate()));
                    count++;
                }
            }
        }
        return count;
    }

    private static String date(Instant instant) {
        return instant == null ? null : NpayDateTime.format(instant.atOffset(ZoneOffset.UTC));
    }
}
