package io.orderdesk.api.json;

import com.squareup.moshi.Moshi;
import java.time.OffsetDateTime;

/**
 * The Moshi configuration for the Naver Pay order API: API codes as {@code Coded<E>} or coded enums, date-times in
 * the Naver format, and tolerant {@link PartialList}s. Records are adapted by Moshi's built-in reflection, so every DTO
 * must be public and use boxed numbers.
 */
public final class NpayJson {

    private NpayJson() {
    }

    /** A builder with the Naver Pay adapters installed, for callers that add their own. */
    public static Moshi.Builder builder() {
        return new Moshi.Builder()
                .add(new CodedEnumAdapterFactory())
                .add(new PartialListAdapterFactory())
                .add(OffsetDateTime.class, new OffsetDateTimeAdapter());
    }

    /** A new Moshi instance for the Naver Pay API; build it once and share it. */
    public static Moshi moshi() {
        return builder().build();
    }
}
