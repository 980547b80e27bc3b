package io.orderdesk.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.ui.orders.Formats;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class HeldBackViewModelTest {

    @Test
    void listsOnlyTheSkippedLinesUnderTheHeading() {
        HeldBackViewModel viewModel = new HeldBackViewModel(List.of(
                new LineResult("P-1", ActionLineState.DONE, null, null, "t-1", null, false),
                new LineResult("P-2", ActionLineState.SKIPPED, null, null, null, "취소 요청이 들어옴", false),
                new LineResult("P-3", ActionLineState.SKIPPED, null, null, null, "배송지 변경", true)),
                Map.of("P-2", "머그컵"), new Formats(ResourceBundle.getBundle("io.orderdesk.ui.messages",
                        Locale.KOREAN)));

        assertThat(viewModel.heading()).isEqualTo("다음 2건은 발송에서 제외됨");
        assertThat(viewModel.rows()).extracting(ResultRow::productOrderId).containsExactly("P-2", "P-3");
        assertThat(viewModel.rows().get(0).productName()).isEqualTo("머그컵");
        assertThat(viewModel.rows().get(1).productName()).isEmpty();
        assertThat(viewModel.rows().get(1).addressChanged()).isTrue();
    }

    @Test
    void speaksEnglishToo() {
        HeldBackViewModel viewModel = new HeldBackViewModel(List.of(
                new LineResult("P-2", ActionLineState.SKIPPED, null, null, null, null, false)), Map.of(),
                new Formats(ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.ENGLISH)));
        assertThat(viewModel.heading()).isEqualTo("The following 1 line(s) were left out of dispatch");
        assertThat(viewModel.rows().get(0).stateLabel()).isEqualTo("Left out");
    }
}
