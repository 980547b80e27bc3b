package io.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.sandbox.server.SandboxOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync --once} against a running sandbox, then {@code export --format csv}. */
class SyncAndExportCommandTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void syncOnceFillsTheStoreAndExportWritesEveryProductOrder() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(7, 60, 5).withRate(500))) {
            Map<String, String> env = Map.of("ORDERDESK_HOME", home.toString(),
                    "ORDERDESK_BASE_URL", sandbox.baseUrl(),
                    "ORDERDESK_CLIENT_ID", sandbox.clientId(),
                    "ORDERDESK_CLIENT_SECRET", sandbox.clientSecret(),
                    "ORDERDESK_MERCHANT_ID", sandbox.merchantId());

            int code = SyncCommand.run(new String[] {"--once", "--backfill-days", "5"}, print(out), print(err), env);

            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK:");

            Path csv = home.resolve("orders.csv");
            assertThat(ExportCommand.run(new String[] {"--format", "csv", "--out", csv.toString()}, print(out),
                    print(err), env)).isZero();
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFFproductOrderId,orderId,productOrderStatus,placeOrderStatus,claimType,"
                    + "claimStatus,ordererName,productName,quantity,totalPaymentAmount,deliveryCompany,"
                    + "trackingNumber,lastChangedDate");
            try (CSVParser parser = CSVParser.parse(text.substring(1),
                    CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
                List<CSVRecord> records = parser.getRecords();
                assertThat(records).isNotEmpty();
                assertThat(records).allSatisfy(r -> {
                    assertThat(r.get("productOrderId")).matches("\\d{16}");
                    assertThat(r.get("lastChangedDate")).matches(".*T.*\\.\\d{3}\\+09:00");
                });
                assertThat(records).anySatisfy(r -> assertThat(r.get("ordererName")).matches(".*[가-힣].*"));
            }
        }
    }

    @Test
    void withoutAConnectionSyncExplainsWhatToSet() {
        int code = SyncCommand.run(new String[] {"--once"}, print(out), print(err),
                Map.of("ORDERDESK_HOME", home.toString()));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ORDERDESK_BASE_URL");
    }

    @Test
    void badArgumentsGiveUsage() {
        assertThat(SyncCommand.run(new String[] {"--backfill-days", "x", "--once"}, print(out), print(err),
                Map.of("ORDERDESK_HOME", home.toString()))).isEqualTo(2);
        assertThat(ExportCommand.run(new String[] {"--format", "pdf", "--out", "a"}, print(out), print(err),
                Map.of())).isEqualTo(2);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
