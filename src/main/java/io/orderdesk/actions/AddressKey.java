package io.orderdesk.actions;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A digest of a product order's shipping address, taken from its detail JSON. The detail itself carries no "address
 * changed" flag (only the change feed does), so comparing the digest at submit with the one just before sending is
 * how a dispatch notices a new address even when no sync ran in between. The address itself is never kept twice.
 */
final class AddressKey {

    private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);
    private static final String[] FIELDS = {"zipCode", "baseAddress", "detailedAddress", "name", "tel1", "tel2"};

    private AddressKey() {
    }

    /** The digest, or {@code null} when the JSON has no shipping address (or cannot be read). */
    static String of(String detailJson) {
        if (detailJson == null) {
            return null;
        }
        try {
            Object detail = JSON.fromJson(detailJson);
            Object address = child(child(detail, "productOrder"), "shippingAddress");
            if (!(address instanceof Map<?, ?> fields)) {
                return null;
            }
            StringBuilder text = new StringBuilder();
            for (String field : FIELDS) {
                Object value = fields.get(field);
                text.append(value == null ? "" : value.toString().strip()).append('\u001f');
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** True when both digests are known and differ. */
    static boolean changed(String before, String now) {
        return before != null && now != null && !before.equals(now);
    }

    private static Object child(Object parent, String name) {
        return parent instanceof Map<?, ?> map ? map.get(name) : null;
    }
}
