package io.orderdesk.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.ui.support.InlineUiExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ReviewsViewModelTest {

    /** 2026-11-21 00:30 in Korea, still the 20th in UTC: "today" must be the Korean day. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T15:30:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private final ResourceBundle korean = ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN);
    private final FakeReviewsPort port = new FakeReviewsPort();
    private final List<String> opened = new ArrayList<>();
    private final List<String> clipboard = new ArrayList<>();

    @Test
    void startsWithTheStoredReviewsOfTheLastSevenKoreanDays() {
        port.stored.add(FakeReviewsPort.review("r-1", "2026-11-20T05:10:00Z", "2026111900000001", "핸드드립 원두 500g",
                4, "GENERAL", "향이 좋아요", "향이 좋아요. 재구매 의사 있습니다!", "hana****"));
        port.stored.add(FakeReviewsPort.review("r-2", "2026-11-16T01:00:00Z", "2026111500000002", "무선 이어폰",
                2, "PREMIUM", "마감이 아쉽습니다", null, "kimminsu"));
        port.stored.add(FakeReviewsPort.review("r-old", "2026-11-14T14:59:59Z", "2026111300000003", "머그컵",
                5, "GENERAL", null, "오래된 리뷰", "lee*****"));

        ReviewsViewModel viewModel = started();

        assertThat(viewModel.fromProperty().get()).isEqualTo(TODAY.minusDays(6));
        assertThat(viewModel.toProperty().get()).isEqualTo(TODAY);
        assertThat(port.storedCalls).containsExactly(new FakeReviewsPort.Period(TODAY.minusDays(6), TODAY));
        assertThat(viewModel.rows()).extracting(ReviewItem::reviewId).containsExactly("r-1", "r-2");
        ReviewItem first = viewModel.rows().get(0);
        assertThat(first.created()).isEqualTo("2026-11-20 14:10");
        assertThat(first.score()).isEqualTo("★★★★☆ 4");
        assertThat(first.type()).isEqualTo("일반");
        assertThat(first.writer()).isEqualTo("hana****");
        assertThat(first.content()).isEqualTo("향이 좋아요. 재구매 의사 있습니다!");
        ReviewItem second = viewModel.rows().get(1);
        assertThat(second.writer()).as("an unmasked id is masked here").isEqualTo("kimm****");
        assertThat(second.content()).as("no content: the title").isEqualTo("마감이 아쉽습니다");
        assertThat(second.type()).isEqualTo("프리미엄");
        assertThat(viewModel.summaryProperty().get()).isEqualTo("리뷰 2건");
        assertThat(viewModel.periodErrorProperty().get()).isEmpty();
        assertThat(viewModel.bannerProperty().get()).isEmpty();
    }

    @Test
    void anInvalidPeriodIsSaidAndNothingIsFetchedOrRead() {
        ReviewsViewModel viewModel = started();

        viewModel.fromProperty().set(TODAY.plusDays(1));
        assertThat(viewModel.periodErrorProperty().get()).isEqualTo("시작일이 종료일보다 늦습니다.");
        assertThat(viewModel.fetchCommand().isExecutable()).isFalse();
        viewModel.fetchCommand().execute();

        viewModel.fromProperty().set(TODAY.minusDays(31));
        assertThat(viewModel.periodErrorProperty().get()).isEqualTo("한 번에 31일까지 불러올 수 있습니다.");
        viewModel.toProperty().set(TODAY.plusDays(1));
        assertThat(viewModel.periodErrorProperty().get()).isEqualTo("종료일은 오늘 이후일 수 없습니다.");
        viewModel.fromProperty().set(TODAY);
        viewModel.toProperty().set(null);
        assertThat(viewModel.periodErrorProperty().get()).isEqualTo("시작일과 종료일을 고르세요.");

        assertThat(port.fetchCalls).isEmpty();
        assertThat(port.storedCalls).as("only the first read").hasSize(1);
        viewModel.toProperty().set(TODAY);
        assertThat(viewModel.periodErrorProperty().get()).isEmpty();
        assertThat(viewModel.fetchCommand().isExecutable()).isTrue();
        assertThat(port.storedCalls).last().isEqualTo(new FakeReviewsPort.Period(TODAY, TODAY));
        viewModel.fromProperty().set(TODAY.minusDays(30));
        assertThat(viewModel.periodErrorProperty().get()).as("31 days, both ends counted").isEmpty();
    }

    @Test
    void fetchingStoresThePeriodAndShowsIt() {
        port.remote.add(FakeReviewsPort.review("r-5", "2026-11-19T03:00:00Z", "2026111800000005", "머그컵", 5,
                "GENERAL", null, "예뻐요", "park****"));
        ReviewsViewModel viewModel = started();
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.summaryProperty().get()).isEqualTo("리뷰 0건");

        viewModel.fetchCommand().execute();

        assertThat(port.fetchCalls).containsExactly(new FakeReviewsPort.Period(TODAY.minusDays(6), TODAY));
        assertThat(viewModel.rows()).extracting(ReviewItem::reviewId).containsExactly("r-5");
        assertThat(viewModel.statusProperty().get()).isEqualTo("리뷰 1건을 불러왔습니다.");
        port.outcome = () -> FetchOutcome.ok(7, 2);
        viewModel.fetchCommand().execute();
        assertThat(viewModel.statusProperty().get()).isEqualTo("리뷰 7건을 불러왔습니다. 읽지 못한 2건은 건너뛰었습니다.");
        assertThat(viewModel.fetchCommand().isExecutable()).isTrue();
    }

    @Test
    void aFailedFetchKeepsTheStoredReviewsAndShowsWhyWithTheTraceId() {
        port.stored.add(FakeReviewsPort.review("r-1", "2026-11-20T05:10:00Z", "2026111900000001", "원두", 5,
                "GENERAL", null, "좋아요", "hana****"));
        port.outcome = () -> FetchOutcome.failed(0, 0, "네이버페이 서버에 일시적인 문제가 있습니다.", "sbx-trace-19");
        ReviewsViewModel viewModel = started();
        viewModel.selectedProperty().set(viewModel.rows().get(0));

        viewModel.fetchCommand().execute();

        assertThat(viewModel.bannerProperty().get())
                .isEqualTo("리뷰를 불러오지 못했습니다. 네이버페이 서버에 일시적인 문제가 있습니다. 저장된 리뷰는 그대로 보입니다.");
        assertThat(viewModel.bannerTraceIdProperty().get()).isEqualTo("sbx-trace-19");
        assertThat(viewModel.rows()).extracting(ReviewItem::reviewId).containsExactly("r-1");
        assertThat(viewModel.selectedProperty().get()).as("kept by id").isSameAs(viewModel.rows().get(0));
        viewModel.copyTraceIdCommand().execute();
        assertThat(clipboard).containsExactly("sbx-trace-19");

        port.outcome = null;
        viewModel.fetchCommand().execute();
        assertThat(viewModel.bannerProperty().get()).as("a good fetch clears it").isEmpty();
        assertThat(viewModel.copyTraceIdCommand().isExecutable()).isFalse();
    }

    @Test
    void anUnexpectedErrorOrNoConnectionIsSaidToo() {
        ReviewsViewModel viewModel = started();
        port.outcome = () -> {
            throw new IllegalStateException("database gone");
        };
        viewModel.fetchCommand().execute();
        assertThat(viewModel.bannerProperty().get()).startsWith("리뷰를 불러오는 중 예상하지 못한 오류가 발생했습니다.");
        assertThat(viewModel.fetchCommand().isExecutable()).isTrue();

        port.outcome = FetchOutcome::notConnected;
        viewModel.fetchCommand().execute();
        assertThat(viewModel.bannerProperty().get()).startsWith("API 연결이 설정되어 있지 않아");
        assertThat(viewModel.bannerTraceIdProperty().get()).isEmpty();

        port.storedFailure = new IllegalStateException("database gone");
        viewModel.toProperty().set(TODAY.minusDays(1));
        assertThat(viewModel.bannerProperty().get()).isEqualTo("저장된 리뷰를 읽지 못했습니다.");
    }

    @Test
    void showOrderHandsTheSelectedProductOrderToTheMainWindow() {
        port.stored.add(FakeReviewsPort.review("r-1", "2026-11-20T05:10:00Z", "2026111900000001", "원두", 5,
                "GENERAL", null, "좋아요", "hana****"));
        port.stored.add(FakeReviewsPort.review("r-2", "2026-11-20T04:10:00Z", null, "원두", 5, "GENERAL", null,
                "좋아요", "hana****"));
        ReviewsViewModel viewModel = started();
        assertThat(viewModel.showOrderCommand().isExecutable()).isFalse();

        viewModel.selectedProperty().set(viewModel.rows().get(1));
        assertThat(viewModel.showOrderCommand().isExecutable()).as("no product order id").isFalse();
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        viewModel.showOrderCommand().execute();

        assertThat(opened).containsExactly("2026111900000001");
    }

    @Test
    void scoresOutsideOneToFiveShowAsNumbers() {
        assertThat(ReviewTexts.score(13)).isEqualTo("13");
        assertThat(ReviewTexts.score(0)).isEqualTo("0");
        assertThat(ReviewTexts.score(null)).isEmpty();
        assertThat(ReviewTexts.score(1)).isEqualTo("★☆☆☆☆ 1");
        assertThat(ReviewTexts.writer("ab")).isEqualTo("a****");
        assertThat(ReviewTexts.writer(" ")).isEmpty();
    }

    private ReviewsViewModel started() {
        ReviewsViewModel viewModel = new ReviewsViewModel(port, new InlineUiExecutor(), korean, CLOCK, opened::add);
        viewModel.useClipboard(clipboard::add);
        viewModel.start();
        return viewModel;
    }
}
