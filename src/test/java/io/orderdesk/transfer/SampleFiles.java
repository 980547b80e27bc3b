package io.orderdesk.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sample files in {@code assets/samples/} (run {@code main} with the test classpath; the files are
 * committed). Numbers are numeric cells in the "General" format, as label programs write them, and some cells are
 * blank. The product order numbers are those {@link #KNOWN} lists, which tests put in a fake store.
 */
public final class SampleFiles {

    /** Product orders the samples refer to that a test store should know as ready to dispatch. */
    public static final List<String> KNOWN = List.of("2026112810000001", "2026112810000002", "2026112810000003",
            "2026112810000004", "2026112810000005", "2026112810000006");

    static final String[] CJ_HEADERS = {"보내는분", "받는분", "받는분전화번호", "받는분주소", "상품주문번호",
        "품목명", "수량", "택배사", "운송장번호", "배송메세지"};
    static final Object[][] CJ_ROWS = {
        {"오더데스크", "김민지", "010-1234-5678", "서울특별시 강남구 테헤란로 1", 2026112810000001L, "무선 키보드", 1, "CJ대한통운", 684512345601L, "문 앞에 놓아 주세요"},
        {"오더데스크", "박서준", "010-2345-6789", "부산광역시 해운대구 우동 2", 2026112810000002L, "마우스 패드", 2, "CJ대한통운", 684512345602L, null},
        {"오더데스크", "이하늘", null, "대구광역시 중구 3", 2026112810000003L, "USB 허브", 1, null, 684512345603L, null},
        {"오더데스크", "최유나", "010-4567-8901", "광주광역시 서구 4", 2026112810000004L, "노트북 거치대", 1, "CJ대한통운", "6845-1234-5604", null},
        {"오더데스크", "정도윤", "010-5678-9012", "대전광역시 유성구 5", 2026112899999999L, "모니터 암", 1, "CJ대한통운", 684512345699L, "경비실"},
        {"오더데스크", "한지우", "010-6789-0123", "인천광역시 연수구 6", 2026112810000002L, "마우스 패드", 2, "CJ대한통운", 684512345612L, null},
    };

    private SampleFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "assets/samples");
        Files.createDirectories(folder);
        cjXlsx(folder.resolve("cj-tracking-numbers.xlsx"));
        String csv = "상품주문번호,택배사,송장번호,받는분\r\n"
                + "2026112810000005,롯데택배,312345678905,김민지\r\n"
                + "2026112810000006,한진,512345678906,\r\n"
                + "2026112810000001,로젠택배,,박서준\r\n"
                + "2026112877777777,우체국택배,6012345678907,이하늘\r\n";
        Files.write(folder.resolve("tracking-numbers-cp949.csv"), csv.getBytes(Charset.forName("x-windows-949")));
        String utf8 = "productOrderId,deliveryCompany,trackingNumber,memo\n"
                + "2026112810000005,HYUNDAI,312345678905,\"쉼표, 따옴표 \"\"포함\"\" 메모\"\n"
                + "2026112810000006,HANJIN,512345678906,\n"
                + "2026112810000003,EPOST,6012345678903,우체국 소포\n";
        Files.writeString(folder.resolve("tracking-numbers-utf8.csv"), utf8, StandardCharsets.UTF_8);
    }

    private static void cjXlsx(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("운송장출력");
            Row header = sheet.createRow(0);
            for (int c = 0; c < CJ_HEADERS.length; c++) {
                header.createCell(c).setCellValue(CJ_HEADERS[c]);
            }
            for (int r = 0; r < CJ_ROWS.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < CJ_ROWS[r].length; c++) {
                    Object value = CJ_ROWS[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            for (int c = 0; c < CJ_HEADERS.length; c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }
}
