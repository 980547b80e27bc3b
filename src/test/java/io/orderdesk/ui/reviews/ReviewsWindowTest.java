package io.orderdesk.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.ui.Screenshot;
import io.orderdesk.ui.support.OwnerWindowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The reviews window on a fake store and API: a period, a fetch that fails part way, a jump to the order. */
class ReviewsWindowTest extends OwnerWindowTest {

    /** 2026-12-01 12:00 in Korea. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneOffset.UTC);

    private final FakeReviewsPort port = new FakeReviewsPort();
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @Test
    void storedReviewsStayWhenAFetchFailsAndADoubleClickShowsTheOrder(FxRobot robot) throws Exception {
        port.stored.add(FakeReviewsPort.review("r-1", "2026-11-30T05:10:00Z", "2026112900000001",
                "핸드드립 원두 500g (과테말라 안티구아)", 5, "PREMIUM", "향이 좋아요",
                "배송도 빠르고 상품도 마음에 들어요. 재구매 의사 있습니다! 사진 첨부합니다.", "hana****"));
        port.stored.add(FakeReviewsPort.review("r-2", "2026-11-28T01:00:00Z", "2026112700000002",
                "무선 이어폰 (화이트)", 3, "GENERAL", null, "무난합니다.", "kimminsu"));
        port.remote.add(FakeReviewsPort.review("r-3", "2026-11-29T09:00:00Z", "2026112800000003",
                "스테인리스 머그컵 350ml", 2, "GENERAL", null, "마감이 아쉽습니다.", "lee1****"));
        port.outcome = () -> FetchOutcome.failed(1, 0,
                "네이버페이 서버에 일시적인 문제가 있습니다. 잠시 후 다시 시도하세요.", "sbx-09481b^1796094000000^19");
        ReviewsViewModel viewModel = new ReviewsViewModel(port, executor, korean, CLOCK, opened::add);
        robot.interact(() -> window = ReviewsView.open(owner, viewModel, korean));
        TableView<ReviewItem> table = node("#reviewTable");
        waitFor(() -> table.getItems().size() == 2);
        assertThat(this.<DatePicker>node("#fromPicker").getEditor().getText()).isEqualTo("2026-11-25");
        assertThat(this.<DatePicker>node("#toPicker").getEditor().getText()).isEqualTo("2026-12-01");
        assertThat(this.<Label>node("#provisionalNote").isVisible()).isTrue();
        assertThat(node("#banner").isVisible()).isFalse();
        screenshot("reviews.png");

        robot.clickOn("#fetchButton");
        waitFor(() -> node("#banner").isVisible());
        waitFor(() -> table.getItems().size() == 3);
        assertThat(this.<Label>node("#bannerLabel").getText()).startsWith("리뷰를 불러오지 못했습니다. 네이버페이 서버에");
        assertThat(this.<Label>node("#bannerTraceLabel").getText()).isEqualTo("Trace ID sbx-09481b^1796094000000^19");
        assertThat(node("#copyTraceButton").isVisible()).isTrue();
        screenshot("reviews-fetch-failed.png");

        robot.doubleClickOn("무선 이어폰 (화이트)");
        waitFor(() -> opened.equals(List.of("2026112700000002")));
        robot.clickOn("스테인리스 머그컵 350ml").clickOn("#showOrderButton");
        waitFor(() -> opened.size() == 2);
        assertThat(opened.get(1)).isEqualTo("2026112800000003");
    }

    @Test
    void aReversedPeriodIsSaidNextToTheDatesAndCannotBeFetched(FxRobot robot) throws Exception {
        ReviewsViewModel viewModel = new ReviewsViewModel(port, executor, korean, CLOCK, opened::add);
        robot.interact(() -> window = ReviewsView.open(owner, viewModel, korean));
        waitFor(() -> port.storedCalls.size() == 1);
        DatePicker from = node("#fromPicker");

        robot.interact(() -> from.getEditor().clear());
        robot.clickOn(from.getEditor()).write("2026-12-05").type(KeyCode.ENTER);

        Label error = node("#periodError");
        waitFor(error::isVisible);
        assertThat(error.getText()).isEqualTo("시작일이 종료일보다 늦습니다.");
        assertThat(this.<Button>node("#fetchButton").isDisabled()).isTrue();
        screenshot("reviews-period-error.png");
        assertThat(port.fetchCalls).isEmpty();
    }

    @Test
    void englishFitsToo(FxRobot robot) throws Exception {
        ResourceBundle english = ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.ENGLISH);
        port.stored.add(FakeReviewsPort.review("r-1", "2026-11-30T05:10:00Z", "2026112900000001",
                "핸드드립 원두 500g", 4, "GENERAL", null, "향이 좋아요.", "hana****"));
        port.outcome = () -> FetchOutcome.failed(0, 0, "The Naver Pay server has a temporary problem.", "t-1");
        ReviewsViewModel viewModel = new ReviewsViewModel(port, executor, english, CLOCK, opened::add);
        robot.interact(() -> window = ReviewsView.open(owner, viewModel, english));
        waitFor(() -> this.<TableView<ReviewItem>>node("#reviewTable").getItems().size() == 1);
        robot.clickOn("#fetchButton");
        waitFor(() -> node("#banner").isVisible());

        assertThat(this.<Label>node("#summaryLabel").getText()).isEqualTo("Reviews: 1");
        assertThat(this.<TableView<ReviewItem>>node("#reviewTable").getItems().get(0).type()).isEqualTo("General");
        screenshot("reviews-en.png");
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T node(String id) {
        Node found = window.getScene().getRoot().lookup(id);
        assertThat(found).as(id).isNotNull();
        return (T) found;
    }

    private void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path png = Path.of(ReviewsWindowTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("screenshots").resolve(name);
        WaitForAsyncUtils.asyncFx(() -> Screenshot.write(window.getScene(), png)).get();
        assertThat(Files.size(png)).isGreaterThan(1000);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
