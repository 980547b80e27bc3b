package io.orderdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.OrderDetail;
import io.orderdesk.domain.ShippingContact;
import io.orderdesk.store.OrderSummary;
import io.orderdesk.store.Store;
import io.orderdesk.store.StoredProductOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderDetailServiceTest {

    @TempDir
    Path folder;
    private Store store;
    private OrderDetailService service;

    @BeforeEach
    void open() {
        store = Store.openLocal(folder);
        service = new OrderDetailService(store.productOrders());
        StoredProductOrder good = StoredProductOrderMapper.map(DetailFixture.detail(), DetailFixture.json());
        StoredProductOrder broken = new StoredProductOrder(new OrderSummary("1111", "2222", "PAYED", "NOT_YET", null,
                null, null, null, null, null, null, null, null, "홍길동", "5678", "홍길동", "5678", "가디건", null, 1,
                1000L, null, null, false, null, false, null), "{\"productOrder\": [\"not an object\"]");
        store.productOrders().upsert(List.of(good, broken));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aStoredLineComesBackAsADetailWithItsHistory() {
        OrderDetail detail = service.load("2024030498765431");

        assertThat(detail.readable()).isTrue();
        assertThat(detail.recipient().name()).isEqualTo("김민지");
        assertThat(detail.history()).hasSize(1);
        assertThat(detail.history().get(0).changes()).extracting(c -> c.field()).contains("productOrderStatus");
    }

    @Test
    void aDetailThatCannotBeReadSaysSoInsteadOfThrowing() {
        OrderDetail detail = service.load("1111");

        assertThat(detail.readable()).isFalse();
        assertThat(detail.problem()).isEqualTo(OrderDetail.Problem.UNREADABLE);
        assertThat(detail.history()).hasSize(1);
        assertThat(service.load("9999").problem()).isEqualTo(OrderDetail.Problem.NOT_FOUND);
    }

    @Test
    void contactsForTheListAreReadInOneGo() {
        Map<String, ShippingContact> contacts = service.contacts(List.of("2024030498765431", "1111", "9999"));

        assertThat(contacts).containsOnlyKeys("2024030498765431", "1111");
        assertThat(contacts.get("2024030498765431")).isEqualTo(new ShippingContact("010-2345-6789",
                "서울특별시 마포구 월드컵북로 396"));
        assertThat(contacts.get("1111")).isEqualTo(ShippingContact.NONE);
    }
}
