package io.orderdesk.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.Coded;
import io.orderdesk.domain.HistoryItem;
import io.orderdesk.domain.LastChangedType;
import io.orderdesk.sync.DetailFixture;
import io.orderdesk.sync.OrderDetailMapper;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.support.InlineUiExecutor;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The detail pane in English: every word of ours is English; only the shop's and buyer's own data stays Korean. */
class EnglishDetailTest {

    private static final Formats ENGLISH = new Formats(ResourceBundle.getBundle("io.orderdesk.ui.messages",
            Locale.ENGLISH));
    private static final String ID = "2024030498765431";
    // History as the sync hands it over: codes already turned into Korean labels.
    private static final List<HistoryItem> HISTORY = List.of(
            new HistoryItem(Instant.parse("2024-03-14T01:06:00Z"), Instant.parse("2024-03-14T01:05:33Z"),
                    Coded.of(LastChangedType.class, "CLAIM_REQUESTED"), List.of(
                    new HistoryItem.FieldChange("claimType", HistoryItem.Kind.TEXT, null, "반품"),
                    new HistoryItem.FieldChange("claimStatus", HistoryItem.Kind.TEXT, "교환 완료", "반품 요청"),
                    new HistoryItem.FieldChange("holdbackStatus", HistoryItem.Kind.TEXT, null, "보류 중"),
                    new HistoryItem.FieldChange("deliveryCompany", HistoryItem.Kind.TEXT, null, "CJ대한통운"),
                    new HistoryItem.FieldChange("addressChanged", HistoryItem.Kind.FLAG, "false", "true"))),
            new HistoryItem(Instant.parse("2024-03-05T02:00:00Z"), null,
                    Coded.of(LastChangedType.class, "SOMETHING_NEW"), List.of(
                    new HistoryItem.FieldChange("productOrderStatus", HistoryItem.Kind.TEXT, "결제 완료", "배송 중"),
                    new HistoryItem.FieldChange("placeOrderStatus", HistoryItem.Kind.TEXT, "NOT_YET", "OK"),
                    new HistoryItem.FieldChange("claimStatus", HistoryItem.Kind.TEXT, null, "NEW_STATUS"))),
            new HistoryItem(Instant.parse("2024-03-04T11:16:00Z"), null, null, List.of(
                    new HistoryItem.FieldChange("productOrderStatus", HistoryItem.Kind.TEXT, null, "결제 완료"),
                    new HistoryItem.FieldChange("ordererName", HistoryItem.Kind.TEXT, null, "김*지"))));
    // Data of the shop, the buyer and Naver, not our words: these may stay Korean.
    private static final Set<String> DATA_FIELDS = Set.of("Name", "Address", "Delivery note", "Product", "Option",
            "Paid with", "Details", "Requested via", "Carrier", "Free gift", "Claim delivery fee", "Pick-up",
            "Hold reason", "Delay reason", "Leave at", "Entry");

    private final OrderDetailViewModel viewModel = new OrderDetailViewModel(
            id -> OrderDetailMapper.map(DetailFixture.detail(), true, HISTORY), new InlineUiExecutor(), ENGLISH);

    @Test
    void codesReadInEnglishAndCarriersKeepTheirNames() {
        viewModel.show(ID);

        assertThat(viewModel.subtitleProperty().get()).isEqualTo("Product order " + ID + " · Delivered");
        DetailSection claim = viewModel.card("claim");
        assertThat(claim.title()).isEqualTo("Open claim");
        assertThat(claim.value("Claim")).isEqualTo("Return · collected");
        assertThat(claim.value("Reason")).isEqualTo("Changed mind");
        assertThat(claim.value("Hold")).isEqualTo("On hold · Return delivery fee and extra cost charged");
        assertThat(claim.value("Pick-up")).isEqualTo("롯데택배 · D2485799470 · Collected");
        assertThat(viewModel.card("completed-1").value("Reason")).isEqualTo("Colour or size change");
        assertThat(viewModel.card("completed-1").value("Hold")).isEqualTo("Hold released · Exchange delivery fee charged");
        DetailSection product = viewModel.card("product");
        assertThat(product.value("Status")).isEqualTo("Delivered · Confirmed");
        assertThat(product.value("Delay reason")).startsWith("Preparing the product");
        DetailSection delivery = viewModel.card("delivery");
        assertThat(delivery.value("Carrier")).isEqualTo("CJ대한통운");
        assertThat(delivery.value("Method")).isEqualTo("Parcel, registered mail or package");
        assertThat(delivery.value("Delivery status")).isEqualTo("Delivered");
        DetailSection recipient = viewModel.card("recipient");
        assertThat(recipient.value("Leave at")).isEqualTo("At the door (문 앞에 놓아 주세요)");
        assertThat(recipient.value("Entry")).isEqualTo("Lobby door code (#1234*)");
    }

    @Test
    void everyLabelAndEveryCodedValueIsEnglish() {
        viewModel.show(ID);

        assertThat(viewModel.cards()).isNotEmpty();
        for (DetailSection card : viewModel.cards()) {
            assertThat(card.title()).as(card.id()).doesNotContainPattern(HANGUL);
            for (DetailField field : card.fields()) {
                assertThat(field.label()).doesNotContainPattern(HANGUL);
                if (!DATA_FIELDS.contains(field.label())) {
                    assertThat(field.value()).as(card.id() + " / " + field.label()).doesNotContainPattern(HANGUL);
                }
            }
        }
    }

    @Test
    void theTimelinePutsTheSyncsKoreanLabelsIntoEnglish() {
        viewModel.show(ID);

        assertThat(viewModel.history()).containsExactly(
                new TimelineEntry("2024-03-14 10:05", "Claim requested", List.of("Claim type: Return",
                        "Claim status: Exchanged → Return requested", "Hold: On hold", "Carrier: CJ대한통운",
                        "Address changed: no → yes")),
                new TimelineEntry("2024-03-05 11:00", "SOMETHING_NEW", List.of("Status: Paid → In delivery",
                        "Confirmation: Not confirmed → Confirmed", "Claim status: NEW_STATUS")),
                new TimelineEntry("2024-03-04 20:16", "First saved", List.of("Status: Paid")));
    }

    private static final String HANGUL = "[\\uAC00-\\uD7A3\\u3131-\\u318E]";
}
