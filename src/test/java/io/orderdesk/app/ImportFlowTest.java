package io.orderdesk.app;

import static io.orderdesk.app.DeskRobot.onFx;
import static io.orderdesk.app.DeskRobot.until;
import static io.orderdesk.transfer.PreviewClass.ALREADY_DISPATCHED;
import static io.orderdesk.transfer.PreviewClass.DUPLICATE;
import static io.orderdesk.transfer.PreviewClass.INVALID_NUMBER;
import static io.orderdesk.transfer.PreviewClass.MATCHED;
import static io.orderdesk.transfer.PreviewClass.NOT_ALLOWED;
import static io.orderdesk.transfer.PreviewClass.UNDER_CLAIM;
import static io.orderdesk.transfer.PreviewClass.UNKNOWN_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.app.DeskFixture.DemoOrder;
import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.sandbox.Endpoint;
import io.orderdesk.sandbox.server.CallRecord;
import io.orderdesk.store.OutboxAction;
import io.orderdesk.ui.importing.PreviewItem;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.orders.OrderCells;
import io.orderdesk.ui.orders.OrderColumn;
import io.orderdesk.ui.orders.OrderRow;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * 송장 가져오기 from the real main window: a courier's .csv or .xlsx written to disk, read by the real import screen
 * (opened from the toolbar as staff open it), checked against the store, and only after the button queued in the real
 * outbox, which ships the ready lines to the sandbox; the main window then follows.
 */
class ImportFlowTest extends DeskFlowTest {

    private static final List<String> HEADERS = List.of("상품주문번호", "택배사", "송장번호");
    private static final String CSV_BUYER = "송장가람";
    private static final String XLSX_BUYER = "송장나래";

    private static DemoOrder csvFirst;
    private static DemoOrder csvSecond;
    private static DemoOrder xlsxFirst;
    private static DemoOrder xlsxSecond;
    private static DemoOrder leftAlone;
    private static Map<String, DemoOrder> mixed;

    @TempDir
    Path dir;

    @BeforeAll
    static void openTheShop() throws Exception {
        desk = DeskFixture.open(65);
        csvFirst = desk.order("CONFIRMED", 1, 0, CSV_BUYER, true);
        csvSecond = desk.order("CONFIRMED", 1, 0, CSV_BUYER, true);
        xlsxFirst = desk.order("CONFIRMED", 1, 0, XLSX_BUYER, true);
        xlsxSecond = desk.order("CONFIRMED", 1, 0, XLSX_BUYER, true);
        leftAlone = desk.order("CONFIRMED", 1, 0, null, true);
        mixed = new LinkedHashMap<>();
        for (String role : List.of("good", "twice", "badNumber")) {
            mixed.put(role, desk.order("CONFIRMED", 1, 0, null, true));
        }
        mixed.put("shipped", desk.order("DELIVERING", 1, 0, null, true));
        mixed.put("cancelling", desk.order("CONFIRMED", 1, 0, null, true));
        desk.event(mixed.get("cancelling").line(0), "CANCEL_REQUEST", null);
        mixed.put("unconfirmed", desk.order("PAYED", 1, 0, null, true));
        desk.sync();
    }

    @AfterEach
    void closeTheImport() throws Exception {
        onFx(() -> {
            new ArrayList<>(Window.getWindows()).stream().filter(window -> window.getScene() != null
                    && "importRoot".equals(window.getScene().getRoot().getId())).forEach(Window::hide);
            return null;
        });
    }

    @Test
    void aCourierCsvIsPreviewedQueuedAndShippedAndTheMainWindowFollows(FxRobot fx) throws Exception {
        Map<String, List<String>> sheet = new LinkedHashMap<>();
        sheet.put(csvFirst.line(0), List.of("CJ대한통운", "684512300101", "CJGLS"));
        sheet.put(csvSecond.line(0), List.of("롯데택배", "312345600102", "HYUNDAI"));
        Path file = csv("cj-export.csv", rows(sheet));

        shipsWhatTheSheetSays(fx, CSV_BUYER, file, sheet);
    }

    @Test
    void anXlsxWithTrackingNumbersAsTextKeepsEveryDigitAndShips(FxRobot fx) throws Exception {
        Map<String, List<String>> sheet = new LinkedHashMap<>();
        sheet.put(xlsxFirst.line(0), List.of("CJ대한통운", "6012345600103", "CJGLS"));
        sheet.put(xlsxSecond.line(0), List.of("한진", "512345600104", "HANJIN"));
        Path file = xlsx("label-program.xlsx", rows(sheet));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getCellType()).as("written as text, not 6.01E+12")
                    .isEqualTo(CellType.STRING);
        }

        shipsWhatTheSheetSays(fx, XLSX_BUYER, file, sheet);
    }

    /** {@code sheet}: product order id to carrier as written, tracking number, and the carrier's Naver code. */
    private void shipsWhatTheSheetSays(FxRobot fx, String buyer, Path file, Map<String, List<String>> sheet)
            throws Exception {
        DeskRobot robot = new DeskRobot(fx, desk);
        robot.find(buyer, sheet.keySet());
        fx.clickOn(robot.row(0));
        until(() -> desk.window().viewModel().orders().selectedIds().size() == 1);
        String selected = onFx(() -> desk.window().viewModel().orders().selectedIds().iterator().next());
        until(() -> selected.equals(desk.window().viewModel().detail().productOrderIdProperty().get()));
        Optional<OutboxAction> newestBefore = newestAction();

        ImportScreen screen = ImportScreen.open(fx, robot, desk);
        screen.load(file);
        List<PreviewItem> preview = screen.preview(sheet.size());
        assertThat(preview).extracting(PreviewItem::productOrderId).containsExactlyElementsOf(sheet.keySet());
        assertThat(preview).extracting(PreviewItem::kind).containsOnly(MATCHED);
        assertThat(preview).extracting(PreviewItem::kindLabel).containsOnly("준비됨");
        assertThat(preview).extracting(PreviewItem::trackingNumber)
                .containsExactlyElementsOf(sheet.values().stream().map(row -> row.get(1)).toList());
        assertThat(screen.chips()).containsExactly("준비됨 " + sheet.size());
        assertThat(screen.submitText()).isEqualTo(sheet.size() + "건 발송 처리 대기열에 넣기");
        assertThat(newestAction()).as("nothing queued by the preview").isEqualTo(newestBefore);

        screen.submit();

        until(() -> screen.message().startsWith(sheet.size() + "건을 발송 처리 대기열에 넣었습니다."));
        assertThat(screen.preview(0)).isEmpty();
        for (Map.Entry<String, List<String>> row : sheet.entrySet()) {
            shipped(row.getKey(), row.getValue().get(2), row.getValue().get(1));
        }
        OutboxAction queued = settled();
        assertThat(queued.id()).isNotEqualTo(newestBefore.map(OutboxAction::id).orElse(-1L));
        assertThat(queued.action()).isEqualTo(OrderAction.DISPATCH);
        assertThat(queued.lineCount()).isEqualTo(sheet.size());
        assertThat(queued.count(ActionLineState.DONE)).isEqualTo(sheet.size());
        List<CallRecord> calls = desk.calls(Endpoint.DISPATCH, selected);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).productOrderIds()).containsExactlyInAnyOrderElementsOf(sheet.keySet());

        OrderCells cells = new OrderCells(new Formats(desk.context().bundle()));
        until(() -> onFx(() -> {
            List<OrderRow> rows = List.copyOf(robot.table().getItems());
            return rows.size() == sheet.size() && rows.stream().allMatch(row -> row.isLoaded()
                    && "배송중".equals(cells.text(OrderColumn.STATUS, row.getLine()))
                    && sheet.get(row.getLine().productOrderId()).get(1)
                    .equals(cells.text(OrderColumn.TRACKING, row.getLine())));
        }));
        until(() -> labels(fx, "#card-delivery").contains(sheet.get(selected).get(1)));
        String carrier = Coded.lookup(DeliveryCompany.class, sheet.get(selected).get(2)).label();
        assertThat(labels(fx, "#card-delivery")).contains(carrier);
    }

    @Test
    void nothingIsQueuedOrSentWhenTheImportIsClosedWithoutConfirming(FxRobot fx) throws Exception {
        String line = leftAlone.line(0);
        Path file = csv("not-yet.csv", List.of(List.of(line, "CJ대한통운", "684512300201")));
        Optional<OutboxAction> newestBefore = newestAction();

        ImportScreen screen = ImportScreen.open(fx, new DeskRobot(fx, desk), desk);
        screen.load(file);
        assertThat(screen.preview(1)).extracting(PreviewItem::kind).containsExactly(MATCHED);
        assertThat(screen.submitText()).isEqualTo("1건 발송 처리 대기열에 넣기");
        fx.clickOn(screen.<Node>node("#closeButton"));
        until(() -> !screen.stage().isShowing());

        assertThat(newestAction()).isEqualTo(newestBefore);
        assertThat(desk.calls(Endpoint.DISPATCH, line)).isEmpty();
        assertThat(desk.held(line).get("productOrderStatus")).isEqualTo("PAYED");
        assertThat(desk.stored(line).trackingNumber()).isNull();
    }

    @Test
    void aMixedSheetIsSortedRowByRowAndOnlyTheReadyRowIsSent(FxRobot fx) throws Exception {
        String good = mixed.get("good").line(0);
        String twice = mixed.get("twice").line(0);
        List<List<String>> rows = List.of(
                List.of("2026112099999999", "CJ대한통운", "684512300301"),
                List.of(twice, "CJ대한통운", "684512300302"),
                List.of(mixed.get("badNumber").line(0), "CJ대한통운", "6845123"),
                List.of(mixed.get("shipped").line(0), "CJ대한통운", "684512300304"),
                List.of(good, "CJ대한통운", "684512300305"),
                List.of(twice, "CJ대한통운", "684512300306"),
                List.of(mixed.get("cancelling").line(0), "CJ대한통운", "684512300307"),
                List.of(mixed.get("unconfirmed").line(0), "CJ대한통운", "684512300308"));
        Path file = csv("mixed.csv", rows);

        ImportScreen screen = ImportScreen.open(fx, new DeskRobot(fx, desk), desk);
        screen.load(file);
        List<PreviewItem> preview = screen.preview(rows.size());
        assertThat(preview).extracting(PreviewItem::kind).containsExactly(UNKNOWN_ORDER, DUPLICATE, INVALID_NUMBER,
                ALREADY_DISPATCHED, MATCHED, DUPLICATE, UNDER_CLAIM, NOT_ALLOWED);
        assertThat(preview.get(2).note()).isEqualTo("이 택배사의 송장번호는 9~14자리 숫자입니다.");
        assertThat(screen.chips()).containsExactly("준비됨 1", "주문 없음 1", "중복 2", "이미 발송됨 1", "클레임 중 1",
                "발송 불가 1", "송장번호 오류 1");
        assertThat(screen.submitText()).isEqualTo("1건 발송 처리 대기열에 넣기");

        screen.submit();

        shipped(good, "CJGLS", "684512300305");
        OutboxAction queued = settled();
        assertThat(desk.context().actions().lines(queued.id())).extracting(line -> line.productOrderId())
                .containsExactly(good);
        List<String> mixedLines = mixed.values().stream().map(order -> order.line(0)).toList();
        List<CallRecord> calls = desk.calls(Endpoint.DISPATCH).stream()
                .filter(call -> !Collections.disjoint(call.productOrderIds(), mixedLines)).toList();
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).productOrderIds()).containsExactly(good);
        for (String role : List.of("twice", "badNumber", "unconfirmed", "cancelling")) {
            assertThat(desk.held(mixed.get(role).line(0)).get("productOrderStatus")).as(role).isEqualTo("PAYED");
        }
        assertThat(desk.held(mixed.get("cancelling").line(0)).get("claimStatus")).isEqualTo("CANCEL_REQUEST");
        assertThat(delivery(mixed.get("shipped").line(0)).get("trackingNumber")).isNotEqualTo("684512300304");
    }

    /** Waits until the sandbox holds {@code line} as shipped by {@code company} under exactly {@code number}. */
    private static void shipped(String line, String company, String number) throws Exception {
        until(() -> "DELIVERING".equals(desk.held(line).get("productOrderStatus")));
        assertThat(delivery(line)).as(line).containsEntry("deliveryMethod", "DELIVERY")
                .containsEntry("deliveryCompany", company).containsEntry("trackingNumber", number);
        assertThat((String) delivery(line).get("sendDate")).as("dispatched on the app's (the sandbox's) day")
                .startsWith(DeskFixture.NOW.atZone(java.time.ZoneId.of("Asia/Seoul")).toLocalDate().toString());
        until(() -> number.equals(desk.stored(line).trackingNumber()));
        assertThat(desk.stored(line).productOrderStatus()).isEqualTo("DELIVERING");
        assertThat(desk.stored(line).deliveryCompany()).isEqualTo(company);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> delivery(String line) {
        return (Map<String, Object>) ((Map<String, Object>) desk.held(line).get("detail")).get("delivery");
    }

    private static Optional<OutboxAction> newestAction() {
        return desk.context().actions().recentActions(1).stream().findFirst();
    }

    /** The newest outbox action, once every line of it is settled. */
    private static OutboxAction settled() throws Exception {
        until(() -> newestAction().map(OutboxAction::isSettled).orElse(false));
        return newestAction().orElseThrow();
    }

    private static String labels(FxRobot fx, String card) throws Exception {
        return onFx(() -> fx.lookup(card).tryQuery().map(node -> String.join("\n", fx.from(node).lookup(".label")
                .queryAllAs(Label.class).stream().map(Label::getText).toList())).orElse(""));
    }

    private static List<List<String>> rows(Map<String, List<String>> sheet) {
        List<List<String>> rows = new ArrayList<>();
        sheet.forEach((id, row) -> rows.add(List.of(id, row.get(0), row.get(1))));
        return rows;
    }

    /** UTF-8 with a byte-order mark and CRLF, as Excel's "CSV UTF-8" saves it. */
    private Path csv(String name, List<List<String>> rows) throws Exception {
        StringBuilder text = new StringBuilder("\uFEFF").append(String.join(",", HEADERS)).append("\r\n");
        rows.forEach(row -> text.append(String.join(",", row)).append("\r\n"));
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Every cell a string in a text-formatted ("@") cell, as label programs export long numbers. */
    private Path xlsx(String name, List<List<String>> rows) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            Sheet sheet = book.createSheet("송장");
            List<List<String>> all = new ArrayList<>();
            all.add(HEADERS);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    row.createCell(c).setCellStyle(text);
                    row.getCell(c).setCellValue(all.get(r).get(c));
                }
            }
            book.write(out);
        }
        return file;
    }

    /** The import window opened from the main window's toolbar, found by its root id. */
    private record ImportScreen(FxRobot fx, Stage stage, AtomicReference<Path> next) {

        static ImportScreen open(FxRobot fx, DeskRobot robot, DeskFixture desk) throws Exception {
            AtomicReference<Path> next = new AtomicReference<>();
            // Monocle has no file dialog: "파일 선택…" is clicked for real and gets the file the test names.
            desk.screens().chooseSheetsWith(owner -> Optional.ofNullable(next.getAndSet(null)));
            fx.clickOn("#importButton");
            until(() -> robot.window("importRoot").isPresent());
            return new ImportScreen(fx, robot.window("importRoot").orElseThrow(), next);
        }

        void load(Path file) throws Exception {
            next.set(file);
            fx.clickOn(this.<Button>node("#chooseButton"));
            until(() -> next.get() == null);
        }

        private boolean busy() {
            return this.<ProgressBar>node("#progressBar").isVisible();
        }

        /** The preview table once it holds {@code count} rows and the screen is idle. */
        List<PreviewItem> preview(int count) throws Exception {
            TableView<PreviewItem> table = node("#previewTable");
            until(() -> onFx(() -> !busy() && table.getItems().size() == count));
            return onFx(() -> List.copyOf(table.getItems()));
        }

        List<String> chips() throws Exception {
            return onFx(() -> this.<FlowPane>node("#countsPane").getChildren().stream()
                    .map(chip -> ((Label) chip).getText()).toList());
        }

        String submitText() throws Exception {
            return onFx(() -> this.<Button>node("#submitButton").getText());
        }

        String message() throws Exception {
            return onFx(() -> this.<Label>node("#messageLabel").getText());
        }

        void submit() throws Exception {
            Button button = node("#submitButton");
            until(() -> onFx(() -> !button.isDisabled()));
            fx.clickOn(button);
        }

        @SuppressWarnings("unchecked")
        <T extends Node> T node(String id) {
            Node found = stage.getScene().getRoot().lookup(id);
            assertThat(found).as(id).isNotNull();
            return (T) found;
        }
    }
}
