package io.orderdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.sandbox.server.Fault;
import io.orderdesk.sandbox.server.FaultKind;
import io.orderdesk.sandbox.server.Sandbox;
import io.orderdesk.sandbox.server.SandboxOptions;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionCheckTest {

    private Sandbox sandbox;

    @BeforeEach
    void startSandbox() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(42, 20, 2));
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void passesWithATraceIdAndNoDriftWhenBothClocksAgree() {
        ConnectionCheckResult result = check(List.of()).run(request(sandbox.clientSecret()));

        assertThat(result.ok()).isTrue();
        assertThat(result.problem()).isNull();
        assertThat(result.tokenIssued()).isTrue();
        assertThat(result.traceId()).isNotBlank();
        assertThat(result.serverTime()).isNotNull();
        assertThat(result.clockDrift().abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(result.clockWarning()).isFalse();
        assertThat(sandbox.calls().calls()).extracting(call -> call.endpoint())
                .containsExactly(Fault.TOKEN, "LAST_CHANGED_STATUSES");
    }

    @Test
    void warnsWhenTheServerClockIsMoreThanAMinuteAhead() {
        sandbox.clock().advance(Duration.ofSeconds(150));

        ConnectionCheckResult result = check(List.of()).run(request(sandbox.clientSecret()));

        assertThat(result.ok()).isTrue();
        assertThat(result.clockDrift()).isBetween(Duration.ofSeconds(145), Duration.ofSeconds(155));
        assertThat(result.clockWarning()).isTrue();
    }

    @Test
    void warnsWhenThePcClockIsAhead() {
        Clock pcAhead = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(90));

        ConnectionCheckResult result = new ConnectionCheck(pcAhead, NpayOrderClient::create, List::of)
                .run(request(sandbox.clientSecret()));

        assertThat(result.ok()).isTrue();
        assertThat(result.clockDrift()).isBetween(Duration.ofSeconds(-95), Duration.ofSeconds(-85));
        assertThat(result.clockWarning()).isTrue();
    }

    @Test
    void aClockMoreThanFiveMinutesOffLosesTheTokenAndTheMessageSaysToLookAtTheClock() {
        sandbox.clock().advance(Duration.ofMinutes(10));

        ConnectionCheckResult result = check(List.of()).run(request(sandbox.clientSecret()));

        assertThat(result.ok()).isFalse();
        assertThat(result.problem()).isEqualTo(ConnectionCheckProblem.AUTHENTICATION);
        assertThat(result.tokenIssued()).isFalse();
        assertThat(result.message()).contains("인증에 실패").contains(ConnectionCheck.CLOCK_HINT);
        assertThat(result.traceId()).isNotBlank();
    }

    @Test
    void ipNotAllowedSaysWhereToRegisterAndShowsLocalAddressesAsAHint() throws Exception {
        sandbox.faults().add(Fault.of(Fault.TOKEN, FaultKind.IP_NOT_ALLOWED));

        ConnectionCheckResult result = check(List.of(address("192.168.0.10"), address("10.1.2.3")))
                .run(request(sandbox.clientSecret()));

        assertThat(result.problem()).isEqualTo(ConnectionCheckProblem.IP_NOT_ALLOWED);
        assertThat(result.message()).contains("네이버페이센터 API 관리에서 이 PC의 공인 IP를 등록하세요")
                .contains("알 수 없습니다").contains("192.168.0.10, 10.1.2.3");
        assertThat(result.localAddresses()).containsExactly("192.168.0.10", "10.1.2.3");
        assertThat(result.publicAddress()).isNull();
        assertThat(result.traceId()).isNotBlank();
        assertThat(result.tokenIssued()).isFalse();
    }

    @Test
    void ipNotAllowedOnTheReadNamesAPublicAddressThatSitsOnThePc() throws Exception {
        sandbox.faults().add(Fault.of("LAST_CHANGED_STATUSES", FaultKind.IP_NOT_ALLOWED));

        ConnectionCheckResult result = check(List.of(address("192.168.0.10"), address("211.45.67.89")))
                .run(request(sandbox.clientSecret()));

        assertThat(result.problem()).isEqualTo(ConnectionCheckProblem.IP_NOT_ALLOWED);
        assertThat(result.tokenIssued()).isTrue();
        assertThat(result.publicAddress()).isEqualTo("211.45.67.89");
        assertThat(result.message()).contains("211.45.67.89");
    }

    @Test
    void aWrongSecretIsAnAuthenticationProblem() {
        ConnectionCheckResult result = check(List.of()).run(request("$2a$04$abcdefghijklmnopqrstuu"));

        assertThat(result.problem()).isEqualTo(ConnectionCheckProblem.AUTHENTICATION);
        assertThat(result.message()).contains("애플리케이션 ID와 시크릿");
    }

    @Test
    void aServerThatIsNotThereIsANetworkProblem() {
        ConnectionCheckRequest request = request(sandbox.clientSecret());
        sandbox.close();

        ConnectionCheckResult result = check(List.of()).run(request);

        assertThat(result.problem()).isEqualTo(ConnectionCheckProblem.NETWORK);
        assertThat(result.message()).contains("연결할 수 없습니다");
    }

    @Test
    void settingsThatCannotMakeAConnectionAreReportedWithoutCallingAnything() {
        ConnectionCheck check = check(List.of());

        assertThat(check.run(new ConnectionCheckRequest(ConnectionSettings.CUSTOM, "not a url", "id",
                sandbox.clientSecret(), null)).problem()).isEqualTo(ConnectionCheckProblem.INVALID_SETTINGS);
        assertThat(check.run(new ConnectionCheckRequest(ConnectionSettings.CUSTOM, sandbox.baseUrl(),
                sandbox.clientId(), " ", null)).problem()).isEqualTo(ConnectionCheckProblem.INVALID_SETTINGS);
        assertThat(check.run(new ConnectionCheckRequest(ConnectionSettings.DEMO, null, "id", "secret", null))
                .problem()).isEqualTo(ConnectionCheckProblem.INVALID_SETTINGS);
        assertThat(sandbox.calls().calls()).isEmpty();
    }

    @Test
    void onlyRoutableIpv4AddressesCountAsPublic() throws Exception {
        for (String text : List.of("10.0.0.1", "172.16.5.4", "192.168.1.1", "100.64.0.1", "127.0.0.1",
                "169.254.1.1", "0.0.0.0", "::1", "2001:db8::1")) {
            assertThat(ConnectionCheckAddresses.isPublicIpv4(address(text))).as(text).isFalse();
        }
        assertThat(ConnectionCheckAddresses.isPublicIpv4(address("211.45.67.89"))).isTrue();
        assertThat(ConnectionCheckAddresses.isPublicIpv4(address("8.8.8.8"))).isTrue();
    }

    @Test
    void addressesAreWrittenAsPeopleWriteThem() throws Exception {
        assertThat(ConnectionCheckAddresses.text(address("fd00:0:0:0:0:0:0:2"))).isEqualTo("fd00::2");
        assertThat(ConnectionCheckAddresses.text(address("2001:db8:0:0:1:0:0:1"))).isEqualTo("2001:db8::1:0:0:1");
        assertThat(ConnectionCheckAddresses.text(address("::1"))).isEqualTo("::1");
        assertThat(ConnectionCheckAddresses.text(address("2001:db8:1:2:3:4:5:6"))).isEqualTo("2001:db8:1:2:3:4:5:6");
        assertThat(ConnectionCheckAddresses.text(address("192.168.0.10"))).isEqualTo("192.168.0.10");
    }

    @Test
    void theRequestNeverPrintsTheSecret() {
        assertThat(request("$2a$04$secretsecretsecretsecre").toString()).doesNotContain("secretsecret");
    }

    private ConnectionCheck check(List<InetAddress> addresses) {
        return new ConnectionCheck(Clock.systemUTC(), NpayOrderClient::create, () -> addresses);
    }

    private ConnectionCheckRequest request(String secret) {
        return new ConnectionCheckRequest(ConnectionSettings.CUSTOM, sandbox.baseUrl(), sandbox.clientId(), secret,
                sandbox.merchantId());
    }

    private static InetAddress address(String text) throws UnknownHostException {
        return InetAddress.getByName(text);
    }
}
