package io.orderdesk.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.Coded;
import io.orderdesk.domain.HistoryItem;
import io.orderdesk.domain.LastChangedType;
import io.orderdesk.domain.OrderDetail;
import io.orderdesk.sync.DetailFixture;
import io.orderdesk.sync.OrderDetailMapper;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.orders.QueuedUiExecutor;
import io.orderdesk.ui.support.InlineUiExecutor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class OrderDetailViewModelTest {

    private static final Formats KOREAN = new Formats(ResourceBundle.getBundle("io.orderdesk.ui.messages",
            Locale.KOREAN));
    private static final List<HistoryItem> HISTORY = List.of(
            new HistoryItem(Instant.parse("2024-03-14T01:06:00Z"), Instant.parse("2024-03-14T01:05:33Z"),
                    Coded.of(LastChangedType.class, "CLAIM_REQUESTED"), List.of(
                    new HistoryItem.FieldChange("claimStatus", HistoryItem.Kind.TEXT, null, "반품 요청"),
                    new HistoryItem.FieldChange("totalPaymentAmount", HistoryItem.Kind.AMOUNT, "60200", "54200"))),
            new HistoryItem(Instant.parse("2024-03-04T11:16:00Z"), null, null, List.of(
                    new HistoryItem.FieldChange("productOrderStatus", HistoryItem.Kind.TEXT, null, "결제 완료"),
                    new HistoryItem.FieldChange("ordererName", HistoryItem.Kind.TEXT, null, "김*지"))));

    private final List<String> loaded = new ArrayList<>();

    private OrderDetails details() {
        return id -> {
            loaded.add(id);
            return switch (id) {
                case "2024030498765431" -> OrderDetailMapper.map(DetailFixture.detail(), true, HISTORY);
                case "broken" -> OrderDetail.cannotShow(id, OrderDetail.Problem.UNREADABLE, HISTORY);
                default -> OrderDetail.cannotShow(id, OrderDetail.Problem.NOT_FOUND, List.of());
            };
        };
    }

    @Test
    void nothingSelectedSaysWhatToDo() {
        OrderDetailViewModel viewModel = new OrderDetailViewModel(details(), new InlineUiExecutor(), KOREAN);

        assertThat(viewModel.messageProperty().get()).contains("목록에서 주문을 고르면");
        assertThat(viewModel.cards()).isEmpty();
        assertThat(viewModel.showingProperty().get()).isFalse();
    }

    @Test
    void theCardsShowPersonalDataInFullAndFlagTheChangedAddress() {
        OrderDetailViewModel viewModel = new OrderDetailViewModel(details(), new InlineUiExecutor(), KOREAN);

        viewModel.show("2024030498765431");

        assertThat(viewModel.titleProperty().get()).isEqualTo("오늘의니트 여성 울 라운드 가디건");
        assertThat(viewModel.subtitleProperty().get()).isEqualTo("상품주문번호 2024030498765431 · 배송완료");
        assertThat(viewModel.cards()).extracting(DetailSection::id).containsExactly("claim", "order",
                "orderer", "recipient", "product", "delivery", "completed-1");
        DetailSection recipient = viewModel.card("recipient");
        assertThat(recipient.value("연락처")).isEqualTo("010-2345-6789");
        assertThat(recipient.value("주소")).isEqualTo("(03925) 서울특별시 마포구 월드컵북로 396 누리꿈스퀘어 비즈니스타워 12층");
        assertThat(recipient.fields()).filteredOn(DetailField::flagged).extracting(DetailField::label)
                .containsExactly("주소", "배송지 변경");
        assertThat(viewModel.card("order").value("결제일시")).isEqualTo("2024-03-04 20:15");
        assertThat(viewModel.card("order").value("네이버페이 포인트")).isEqualTo("5,000원");
        assertThat(viewModel.card("delivery").value("택배사")).isEqualTo("CJ대한통운");
        assertThat(viewModel.card("product").value("옵션")).isEqualTo("색상: 베이지 / 사이즈: M");
        assertThat(viewModel.card("product").value("상태")).isEqualTo("배송완료 · 발주 확인");
    }

    @Test
    void theActiveClaimShowsItsReasonsHoldAndFees() {
        OrderDetailViewModel viewModel = new OrderDetailViewModel(details(), new InlineUiExecutor(), KOREAN);

        viewModel.show("2024030498765431");

        DetailSection claim = viewModel.card("claim");
        assertThat(claim.title()).isEqualTo("진행 중인 클레임");
        assertThat(claim.value("구분·상태")).isEqualTo("반품 · 수거 완료");
        assertThat(claim.value("사유")).isEqualTo("단순 변심");
        assertThat(claim.value("상세 사유")).isEqualTo("생각보다 색이 어두워요.");
        assertThat(claim.value("보류")).isEqualTo("보류 중 · 반품 배송비 + 추가 비용 청구");
        assertThat(claim.value("클레임 배송비")).isEqualTo("6,000원 (환불금에서 차감)");
        assertThat(claim.value("기타 비용")).isEqualTo("4,000원");
        assertThat(claim.value("수거")).isEqualTo("롯데택배 · D2485799470 · 수거 완료");
        assertThat(viewModel.card("completed-1").title()).isEqualTo("완료된 클레임 1");
        assertThat(viewModel.card("completed-1").value("사유")).isEqualTo("색상 및 사이즈 변경");
    }

    @Test
    void theTimelineReadsInWordsNewestFirst() {
        OrderDetailViewModel viewModel = new OrderDetailViewModel(details(), new InlineUiExecutor(), KOREAN);

        viewModel.show("2024030498765431");

        assertThat(viewModel.history()).containsExactly(
                new TimelineEntry("2024-03-14 10:05", "클레임 요청",
                        List.of("클레임 상태: 반품 요청", "결제금액: 60,200원 → 54,200원")),
                new TimelineEntry("2024-03-04 20:16", "처음 저장", List.of("상태: 결제 완료")));
    }

    @Test
    void aLineThatCannotBeShownSaysWhyAndKeepsItsHistory() {
        OrderDetailViewModel viewModel = new OrderDetailViewModel(details(), new InlineUiExecutor(), KOREAN);

        viewModel.show("broken");
        assertThat(viewModel.cards()).isEmpty();
        assertThat(viewModel.messageProperty().get()).contains("보여 줄 수 없습니다");
        assertThat(viewModel.history()).hasSize(2);

        viewModel.show("gone");
        assertThat(viewModel.messageProperty().get()).contains("저장되어 있지 않습니다");
        assertThat(viewModel.history()).isEmpty();
    }

    @Test
    void aNewerSelectionWinsAndTheSameLineIsNotReadTwice() {
        QueuedUiExecutor executor = new QueuedUiExecutor();
        OrderDetailViewModel viewModel = new OrderDetailViewModel(details(), executor, KOREAN);

        viewModel.show("2024030498765431");
        viewModel.show("broken");
        viewModel.show("broken");
        executor.runLast();
        executor.runNext();

        assertThat(viewModel.productOrderIdProperty().get()).isEqualTo("broken");
        assertThat(viewModel.cards()).isEmpty();
        assertThat(loaded).containsExactly("broken", "2024030498765431");

        viewModel.reload();
        executor.runAll();
        assertThat(loaded).hasSize(3);
    }

    @Test
    void aFailingStoreLeavesAPoliteMessage() {
        OrderDetailViewModel viewModel = new OrderDetailViewModel(id -> {
            throw new IllegalStateException("database closed");
        }, new InlineUiExecutor(), KOREAN);

        viewModel.show("1");

        assertThat(viewModel.messageProperty().get()).isEqualTo("주문 정보를 읽지 못했습니다. 다시 골라 주세요.");
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }
}
