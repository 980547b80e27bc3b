package io.orderdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.sync.ConnectionCheckProblem;
import io.orderdesk.sync.ConnectionCheckResult;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ApiCheckViewModelTest {

    private static final Instant LOCAL = Instant.parse("2026-11-20T01:00:00Z");

    private final ApiCheckViewModel korean =
            new ApiCheckViewModel(ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN));
    private final ApiCheckViewModel english =
            new ApiCheckViewModel(ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.ENGLISH));

    @Test
    void aPassedCheckShowsServerTimeInKstAndASmallDriftAsFine() {
        korean.show(ConnectionCheckResult.passed("tr-1", LOCAL, server(LOCAL.plusMillis(400))));

        assertThat(korean.getStatus()).isEqualTo(ApiCheckStatus.OK);
        assertThat(korean.getSummary()).isEqualTo("연결되었습니다. 토큰 발급과 주문 조회가 모두 성공했습니다.");
        assertThat(korean.getDetails()).contains("토큰 발급: 성공", "서버 시각 2026-11-20 10:00:00 · PC 시각 2026-11-20 10:00:00",
                "PC 시계 차이: 1초 미만");
        assertThat(korean.getTraceId()).isEqualTo("tr-1");
    }

    @Test
    void aDriftOverAMinuteIsAWarningThatSaysWhichWay() {
        korean.show(ConnectionCheckResult.passed("tr-1", LOCAL, server(LOCAL.plusSeconds(150))));

        assertThat(korean.getStatus()).isEqualTo(ApiCheckStatus.WARNING);
        assertThat(korean.getSummary()).contains("1분 넘게");
        assertThat(korean.getDetails()).contains("PC 시계가 서버보다 150초 느립니다.", "자동으로 시간 설정");

        english.show(ConnectionCheckResult.passed("tr-1", LOCAL, server(LOCAL.minusSeconds(75))));
        assertThat(english.getDetails()).contains("The PC clock is 75 s ahead of the server.");
    }

    @Test
    void anUnknownServerTimeIsSaidPlainly() {
        korean.show(ConnectionCheckResult.passed(null, LOCAL, null));

        assertThat(korean.getStatus()).isEqualTo(ApiCheckStatus.OK);
        assertThat(korean.getDetails()).contains("시계 차이는 확인하지 못했습니다");
        assertThat(korean.getTraceId()).isEmpty();
    }

    @Test
    void ipNotAllowedSaysWhereToRegisterAndThatThePublicIpIsUnknown() {
        korean.show(new ConnectionCheckResult(ConnectionCheckProblem.IP_NOT_ALLOWED, "…", "tr-ip", false, null, null,
                List.of("192.168.0.10"), null));

        assertThat(korean.getStatus()).isEqualTo(ApiCheckStatus.FAILED);
        assertThat(korean.getSummary()).contains("GW.IP_NOT_ALLOWED");
        assertThat(korean.getDetails()).contains("네이버페이센터 API 관리에서 이 PC의 공인 IP를 등록하세요.",
                "공인 IP를 알 수 없습니다", "참고용 내부 주소: 192.168.0.10");
        assertThat(korean.getTraceId()).isEqualTo("tr-ip");
    }

    @Test
    void ipNotAllowedNamesAPublicAddressFoundOnThePc() {
        english.show(new ConnectionCheckResult(ConnectionCheckProblem.IP_NOT_ALLOWED, "…", "tr-ip", true, null, null,
                List.of("211.45.67.89"), "211.45.67.89"));

        assertThat(english.getDetails()).contains("Token: OK", "Public IP on this PC: 211.45.67.89")
                .doesNotContain("cannot be known");
    }

    @Test
    void otherFailuresShowTheSummaryInTheUsersLanguage() {
        english.show(ConnectionCheckResult.failed(ConnectionCheckProblem.NETWORK, "네이버페이 서버에 연결할 수 없습니다.",
                null, false));
        assertThat(english.getSummary()).startsWith("Cannot reach the server");
        assertThat(english.getDetails()).isEmpty();

        korean.show(ConnectionCheckResult.failed(ConnectionCheckProblem.OTHER, "서버 메시지", "tr", true));
        assertThat(korean.getDetails()).contains("서버 메시지");
    }

    @Test
    void englishGetsItsOwnDetailInsteadOfTheChecksKoreanSentence() {
        english.show(ConnectionCheckResult.failed(ConnectionCheckProblem.INVALID_SETTINGS,
                "설정값으로 연결을 만들 수 없습니다: 접속 주소이(가) 비어 있습니다", null, false));
        assertThat(english.getSummary()).isEqualTo("These settings cannot make a connection.");
        assertThat(english.getDetails()).isEqualTo("Check the environment, address, application ID and secret above.");

        english.show(ConnectionCheckResult.failed(ConnectionCheckProblem.OTHER, "확인 중 예상하지 못한 오류가 났습니다: x",
                "tr", true));
        assertThat(english.getDetails()).contains("Token: OK", "the log file has the details")
                .doesNotContainPattern("[\\uAC00-\\uD7A3]");
    }

    @Test
    void runningAndCrashedAreShownToo() {
        korean.running();
        assertThat(korean.getStatus()).isEqualTo(ApiCheckStatus.RUNNING);
        assertThat(korean.getSummary()).startsWith("확인하는 중");

        korean.crashed(new IllegalStateException("boom"));
        assertThat(korean.getStatus()).isEqualTo(ApiCheckStatus.FAILED);
        assertThat(korean.getDetails()).isEqualTo("boom");
    }

    private static OffsetDateTime server(Instant instant) {
        return instant.atOffset(ZoneOffset.ofHours(9));
    }
}
