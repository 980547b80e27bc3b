package io.orderdesk.sync;

import io.orderdesk.api.dto.ProductOrderDetail;
import io.orderdesk.api.json.NpayJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The full product-order detail example (a held-back return with a finished exchange before it), as text and DTO. */
public final class DetailFixture {

    private DetailFixture() {
    }

    public static String json() {
        try (InputStream in = DetailFixture.class.getResourceAsStream("/npay/product-order-detail-full.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ProductOrderDetail detail() {
        try {
            return NpayJson.moshi().adapter(ProductOrderDetail.class).fromJson(json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
