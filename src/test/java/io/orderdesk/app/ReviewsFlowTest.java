package io.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.OrderTab;
import io.orderdesk.sandbox.Endpoint;
import io.orderdesk.ui.reviews.ReviewItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The reviews screen from the main window: a period fetched from the sandbox, and "주문 보기" back to the order. */
class ReviewsFlowTest extends DeskFlowTest {


    @BeforeAll
    static void openTheShop() throws Exception {
        desk = DeskFixture.open(64);
        desk.sync();
    }

    @Test
    void aFetchedPeriodsReviewLeadsBackToItsOrder(FxRobot fx) throws Exception {
        DeskRobot robot = new DeskRobot(fx, desk);
        fx.clickOn("#reviewsButton");
        DeskRobot.until(() -> robot.window("reviewsRoot").isPresent());
        Stage reviews = robot.window("reviewsRoot").orElseThrow();
        DatePicker from = node(reviews, "#fromPicker");
        fx.clickOn(from.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        fx.write("2026-11-14").type(KeyCode.TAB);
        DeskRobot.until(() -> LocalDate.of(2026, 11, 14).equals(from.getValue()));

        fx.clickOn(this.<Node>node(reviews, "#fetchButton"));

        TableView<ReviewItem> table = node(reviews, "#reviewTable");
        Label status = node(reviews, "#statusLabel");
        DeskRobot.until(() -> status.getText().startsWith("리뷰 ") && status.getText().endsWith("건을 불러왔습니다.")
                && !table.getItems().isEmpty());
        int fetched = Integer.parseInt(status.getText().replaceAll("\\D", ""));
        assertThat(fetched).isPositive();
        DeskRobot.until(() -> table.getItems().size() == fetched);
        assertThat(this.<Label>node(reviews, "#summaryLabel").getText()).isEqualTo("리뷰 " + fetched + "건");
        assertThat(desk.context().client()).isPresent();
        assertThat(desk.calls(Endpoint.REVIEWS)).isNotEmpty();

        ReviewItem first = DeskRobot.onFx(() -> table.getItems().get(0));
        fx.clickOn(firstRow(table));
        fx.clickOn(this.<Node>node(reviews, "#showOrderButton"));

        String line = first.productOrderId();
        DeskRobot.until(() -> robot.listed().equals(Set.of(line)));
        assertThat(desk.window().viewModel().orders().tabProperty().get()).isEqualTo(OrderTab.ALL);
        assertThat(desk.window().viewModel().orders().searchTextProperty().get()).isEqualTo(line);
        assertThat(desk.stored(line).productName()).isEqualTo(first.productName());
        DeskRobot.until(() -> DeskRobot.onFx(() -> desk.window().viewModel().orders().selectedIds()).contains(line));
    }

    private static Node firstRow(TableView<ReviewItem> table) throws Exception {
        DeskRobot.until(() -> row(table) != null);
        return row(table);
    }

    private static Node row(TableView<ReviewItem> table) throws Exception {
        return DeskRobot.onFx(() -> {
            List<Node> rows = List.copyOf(table.lookupAll(".table-row-cell"));
            return rows.stream().filter(node -> node instanceof TableRow<?> row && row.getIndex() == 0
                    && !row.isEmpty()).findFirst().orElse(null);
        });
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T node(Stage stage, String id) {
        Node found = stage.getScene().getRoot().lookup(id);
        assertThat(found).as(id).isNotNull();
        return (T) found;
    }
}
