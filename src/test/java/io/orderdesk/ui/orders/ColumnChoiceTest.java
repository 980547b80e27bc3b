package io.orderdesk.ui.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnChoiceTest {

    private final List<String> saved = new ArrayList<>();

    @Test
    void noSettingShowsTheDefaultColumns() {
        ColumnChoice choice = new ColumnChoice(null, saved::add);

        assertThat(choice.shown()).isEqualTo(OrderColumn.defaults());
        assertThat(choice.isShown(OrderColumn.ORDER_ID)).isFalse();
        assertThat(choice.isShown(OrderColumn.PRODUCT_ORDER_ID)).isTrue();
    }

    @Test
    void aSavedChoiceKeepsItsOrderAndSkipsUnknownIds() {
        ColumnChoice choice = new ColumnChoice("tracking, productOrderId,someFutureColumn,tracking", saved::add);

        assertThat(choice.shown()).containsExactly(OrderColumn.TRACKING, OrderColumn.PRODUCT_ORDER_ID);
        assertThat(new ColumnChoice("nothing,known", saved::add).shown()).isEqualTo(OrderColumn.defaults());
    }

    @Test
    void aChangeIsRememberedOnceAndAnUnchangedOneNotAtAll() {
        ColumnChoice choice = new ColumnChoice("productOrderId,status", saved::add);

        choice.show(List.of(OrderColumn.PRODUCT_ORDER_ID, OrderColumn.STATUS));
        choice.show(List.of(OrderColumn.STATUS, OrderColumn.PRODUCT_ORDER_ID, OrderColumn.ADDRESS));
        choice.show(List.of());

        assertThat(saved).containsExactly("status,productOrderId,address");
        assertThat(choice.encode()).isEqualTo("status,productOrderId,address");
    }
}
