package io.orderdesk.transfer;

import static io.orderdesk.transfer.Orders.order;
import static io.orderdesk.transfer.Orders.ready;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.TrackingNumberRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportPreviewTest {

    private final Orders store = new Orders()
            .add(ready("2026112700000001", "A1"))
            .add(ready("2026112700000002", "A2"))
            .add(ready("2026112700000003", "A3"))
            .add(ready("2026112700000004", "A3"))
            .add(ready("2026112700000005", "A5"))
            .add(ready("2026112700000006", "A6"))
            .add(order("2026112700000007", "A7", "DELIVERING", "OK", null, null))
            .add(order("2026112700000008", "A8", "PAYED", "OK", "CANCEL", "CANCEL_REQUEST"))
            .add(order("2026112700000009", "A9", "PAYED", "NOT_YET", null, null))
            .add(ready("2026112700000010", "A10"))
            .add(ready("2026112700000011", "A11"))
            .add(ready("2026112700000012", "A12"))
            .add(ready("2026112700000013", "A13"));

    private final List<SheetTable.Row> rows = new ArrayList<>();

    @Test
    void everyRowGetsItsClass() {
        row("2026112700000001", "CJ대한통운", "684512345601");
        row("2026112700000002", "CJ대한통운", "684512345602");
        row("2026112700000002", "CJ대한통운", "684512345603");
        row("2026112700000003", "한진택배", "512345678903");
        row("2026112700000004", "한진택배", "512345678903");
        row("2026112700000005", "롯데택배", "312345678905");
        row("2026112700000006", "롯데택배", "312345678905");
        row("2026112799999999", "CJ대한통운", "684512345699");
        row("2026112700000007", "CJ대한통운", "684512345607");
        row("2026112700000008", "CJ대한통운", "684512345608");
        row("2026112700000009", "CJ대한통운", "684512345609");
        row("2026112700000010", "CJ대한통운", "6845-1234-5610");
        row("2026112700000011", "번개배송", "684512345611");
        row("2026112700000012", "", "684512345612");
        row("2026112700000013", "CJ대한통운", "");
        row("", "CJ대한통운", "684512345600");

        List<PreviewRow> preview = ImportPreview.classify(table(), new ColumnMapping(0, 1, 2), null, store);

        assertThat(preview).extracting(PreviewRow::kind).containsExactly(
                PreviewClass.MATCHED,
                PreviewClass.DUPLICATE, PreviewClass.DUPLICATE,
                PreviewClass.MATCHED, PreviewClass.MATCHED,
                PreviewClass.DUPLICATE, PreviewClass.DUPLICATE,
                PreviewClass.UNKNOWN_ORDER,
                PreviewClass.ALREADY_DISPATCHED,
                PreviewClass.UNDER_CLAIM,
                PreviewClass.NOT_ALLOWED,
                PreviewClass.INVALID_NUMBER,
                PreviewClass.UNKNOWN_CARRIER,
                PreviewClass.UNKNOWN_CARRIER,
                PreviewClass.INVALID_NUMBER);
        assertThat(preview.get(0).carrier()).isEqualTo(DeliveryCompany.CJGLS);
        assertThat(preview.get(0).rowNumber()).isEqualTo(2);
        assertThat(preview.get(11).numberProblem()).isEqualTo(TrackingNumberRule.Problem.HYPHEN);
        assertThat(preview.get(14).numberProblem()).isEqualTo(TrackingNumberRule.Problem.REQUIRED);
    }

    @Test
    void aFixedCarrierFillsBlankCarrierCellsAndAMissingColumn() {
        row("2026112700000001", "", "684512345601");

        assertThat(ImportPreview.classify(table(), new ColumnMapping(0, 1, 2), DeliveryCompany.CJGLS, store))
                .extracting(PreviewRow::carrier, PreviewRow::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DeliveryCompany.CJGLS, PreviewClass.MATCHED));
        assertThat(ImportPreview.classify(table(), new ColumnMapping(0, ColumnMapping.NONE, 2),
                DeliveryCompany.HANJIN, store)).extracting(PreviewRow::carrier).containsExactly(DeliveryCompany.HANJIN);
    }

    private void row(String... cells) {
        rows.add(new SheetTable.Row(rows.size() + 2, List.of(cells)));
    }

    private SheetTable table() {
        return new SheetTable("csv", List.of("상품주문번호", "택배사", "송장번호"), rows);
    }
}
