package io.orderdesk.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NpayDateTimeTest {

    private static final ZoneOffset KST = ZoneOffset.ofHours(9);

    private final JsonAdapter<OffsetDateTime> adapter = NpayJson.moshi().adapter(OffsetDateTime.class);

    @Test
    void formatsInKstWithMillisecondsEvenForWholeSeconds() {
        OffsetDateTime utc = OffsetDateTime.of(2022, 6, 5, 3, 17, 35, 0, ZoneOffset.UTC);

        assertThat(NpayDateTime.format(utc)).isEqualTo("2022-06-05T12:17:35.000+09:00");
    }

    @Test
    void formatsFromAnyOffsetAndTruncatesToMilliseconds() {
        OffsetDateTime newYork = OffsetDateTime.of(2023, 1, 16, 3, 14, 51, 794_999_999, ZoneOffset.ofHours(-5));

        assertThat(NpayDateTime.format(newYork)).isEqualTo("2023-01-16T17:14:51.794+09:00");
    }

    @Test
    void crossesMidnightWhenConvertingToKst() {
        OffsetDateTime utc = OffsetDateTime.of(2024, 12, 31, 20, 0, 0, 0, ZoneOffset.UTC);

        assertThat(NpayDateTime.format(utc)).isEqualTo("2025-01-01T05:00:00.000+09:00");
    }

    @Test
    void parsesTheDocumentedKstFormat() {
        assertThat(NpayDateTime.parse("2023-01-16T17:14:51.794+09:00"))
                .isEqualTo(OffsetDateTime.of(2023, 1, 16, 17, 14, 51, 794_000_000, KST));
    }

    @Test
    void parsesZuluAndZeroOffsetsAsTheSameInstantInKst() {
        OffsetDateTime zulu = NpayDateTime.parse("2024-07-29T15:51:28.071Z");
        OffsetDateTime zero = NpayDateTime.parse("2024-07-29T15:51:28.071+00:00");

        assertThat(zulu).isEqualTo(OffsetDateTime.of(2024, 7, 30, 0, 51, 28, 71_000_000, KST));
        assertThat(zero).isEqualTo(zulu);
        assertThat(NpayDateTime.format(zulu)).isEqualTo("2024-07-30T00:51:28.071+09:00");
    }

    @Test
    void parsesOtherOffsetsAsTheSameInstantInKst() {
        assertThat(NpayDateTime.parse("2022-05-11T08:05:27.000-05:00"))
                .isEqualTo(OffsetDateTime.of(2022, 5, 11, 22, 5, 27, 0, KST));
    }

    @Test
    void parsesWithoutMillisecondsAndWithShortFractions() {
        assertThat(NpayDateTime.parse("2022-05-11T22:05:27+09:00"))
                .isEqualTo(OffsetDateTime.of(2022, 5, 11, 22, 5, 27, 0, KST));
        // the 2022 docs wrote the pattern as ss.S
        assertThat(NpayDateTime.parse("2022-05-11T22:05:27.4+09:00"))
                .isEqualTo(OffsetDateTime.of(2022, 5, 11, 22, 5, 27, 400_000_000, KST));
    }

    @Test
    void parsesOffsetsWithoutColon() {
        assertThat(NpayDateTime.parse("2022-05-11T22:05:27.000+0900"))
                .isEqualTo(OffsetDateTime.of(2022, 5, 11, 22, 5, 27, 0, KST));
    }

    @Test
    void readsAMissingOffsetAsKst() {
        assertThat(NpayDateTime.parse("2022-05-11T22:05:27.000"))
                .isEqualTo(OffsetDateTime.of(2022, 5, 11, 22, 5, 27, 0, KST));
    }

    @Test
    void rejectsTextThatIsNotADateTime() {
        assertThatThrownBy(() -> NpayDateTime.parse("yesterday")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> NpayDateTime.parse("2022-05-11")).isInstanceOf(DateTimeException.class);
    }

    @Test
    void adapterWritesTheNpayFormat() {
        OffsetDateTime utc = OffsetDateTime.of(2022, 4, 5, 3, 17, 35, 0, ZoneOffset.UTC);

        assertThat(adapter.toJson(utc)).isEqualTo("\"2022-04-05T12:17:35.000+09:00\"");
    }

    @Test
    void adapterReadsNullAndBlankAsNoDate() throws IOException {
        assertThat(adapter.fromJson("null")).isNull();
        assertThat(adapter.fromJson("\"\"")).isNull();
    }

    @Test
    void adapterReportsABadDateAsJsonDataException() {
        assertThatThrownBy(() -> adapter.fromJson("\"yesterday\""))
                .isInstanceOf(JsonDataException.class)
                .hasMessageContaining("yesterday");
    }
}
