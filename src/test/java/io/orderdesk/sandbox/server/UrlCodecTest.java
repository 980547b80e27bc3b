package io.orderdesk.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlCodecTest {

    @Test
    void decodesAnEncodedOffsetOnce() {
        Map<String, List<String>> query =
                UrlCodec.parseQuery("lastChangedFrom=2026-12-01T10%3A00%3A00.000%2B09%3A00&limitCount=300");

        assertThat(query.get("lastChangedFrom")).containsExactly("2026-12-01T10:00:00.000+09:00");
        assertThat(query.get("limitCount")).containsExactly("300");
    }

    @Test
    void treatsARawPlusAsASpaceLikeRealServers() {
        assertThat(UrlCodec.parseQuery("from=2026-12-01T10:00:00.000+09:00").get("from"))
                .containsExactly("2026-12-01T10:00:00.000 09:00");
    }

    @Test
    void leavesDoubleEncodingVisible() {
        assertThat(UrlCodec.parseQuery("from=%252B09").get("from")).containsExactly("%2B09");
    }

    @Test
    void keepsRepeatedNamesInOrderAndBareNames() {
        Map<String, List<String>> query = UrlCodec.parseQuery("s=PAYED&flag&s=DELIVERING&&empty=");

        assertThat(query.get("s")).containsExactly("PAYED", "DELIVERING");
        assertThat(query.get("flag")).containsExactly("");
        assertThat(query.get("empty")).containsExactly("");
    }

    @Test
    void keepsPlusInPathSegments() {
        assertThat(UrlCodec.decodePathSegment("20261201%2F0001+x")).isEqualTo("20261201/0001+x");
    }

    @Test
    void rejectsBrokenEscapes() {
        assertThatThrownBy(() -> UrlCodec.parseQuery("from=%ZZ")).isInstanceOf(IllegalArgumentException.class);
    }
}
