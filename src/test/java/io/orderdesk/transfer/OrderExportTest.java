package io.orderdesk.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.store.OrderSummary;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderExportTest {

    @TempDir
    Path dir;

    private final List<OrderSummary> orders = List.of(
            withTracking(Orders.ready("2026112712345678", "2026112700001111"), "0684512345678"),
            Orders.ready("2026112787654321", "2026112700002222"));

    private final List<OrderExport.Column> columns = List.of(
            new OrderExport.Column("상품주문번호", OrderSummary::productOrderId),
            new OrderExport.Column("결제일시", summary -> OrderExport.koreaTime(summary.paymentDate())),
            new OrderExport.Column("구매자", OrderSummary::ordererName),
            new OrderExport.Column("상품명", OrderSummary::productName),
            new OrderExport.Column("송장번호", OrderSummary::trackingNumber));

    @Test
    void xlsxHasKoreanHeadersTextCellsKoreaTimeAndWidths() throws Exception {
        Path file = dir.resolve("orders.xlsx");

        OrderExport.writeXlsx(orders, columns, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("상품주문번호");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("송장번호");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("2026112712345678");
            assertThat(first.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("2026-11-27 10:05:00");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("김민지");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("0684512345678");
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEmpty();
            assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(2));
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void xlsxAndCsvReadBackExactly() throws Exception {
        Path xlsx = dir.resolve("orders.xlsx");
        Path csv = dir.resolve("orders.csv");
        OrderExport.writeXlsx(orders, columns, xlsx);
        OrderExport.writeCsv(orders, columns, csv);

        assertThat(Files.readAllBytes(csv)).startsWith(0xEF, 0xBB, 0xBF);
        for (Path file : List.of(xlsx, csv)) {
            SheetTable table = SheetReader.read(file, share -> { });
            assertThat(table.headers()).containsExactly("상품주문번호", "결제일시", "구매자", "상품명", "송장번호");
            assertThat(table.rows().get(0).cells()).containsExactly("2026112712345678", "2026-11-27 10:05:00",
                    "김민지", "무선 키보드 한글 자판", "0684512345678");
            assertThat(table.rows().get(1).cell(4)).isEmpty();
        }
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("2026112787654321");
    }

    private static OrderSummary withTracking(OrderSummary s, String number) {
        return new OrderSummary(s.productOrderId(), s.orderId(), s.productOrderStatus(), s.placeOrderStatus(),
                s.claimType(), s.claimStatus(), s.holdbackStatus(), s.orderDate(), s.paymentDate(),
                s.lastChangedDate(), s.lastChangedType(), s.shippingDueDate(), s.dispatchedDate(), s.ordererName(),
                s.ordererPhoneTail(), s.receiverName(), s.receiverPhoneTail(), s.productName(), s.productOption(),
                s.quantity(), s.totalPaymentAmount(), s.deliveryCompany(), number, s.addressChanged(),
                s.giftReceivingStatus(), s.delayed(), s.claimRequestDate());
    }
}
