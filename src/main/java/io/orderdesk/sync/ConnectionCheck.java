package io.orderdesk.sync;

import io.orderdesk.api.LastChangedQuery;
import io.orderdesk.api.NpayClientConfig;
import io.orderdesk.api.NpayEnvironment;
import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.NpayResponse;
import io.orderdesk.api.dto.LastChangedStatuses;
import io.orderdesk.api.error.AuthenticationException;
import io.orderdesk.api.error.IpNotAllowedException;
import io.orderdesk.api.error.MalformedResponseException;
import io.orderdesk.api.error.NetworkException;
import io.orderdesk.api.error.NotFoundException;
import io.orderdesk.api.error.NpayApiException;
import io.orderdesk.api.error.RateLimitedException;
import io.orderdesk.api.error.ServerException;
import io.orderdesk.api.http.RetryPolicy;
import io.orderdesk.api.http.Sleeper;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings screen's "API 확인": gets a token, makes one cheap authenticated read (the last minute of the change
 * feed, one row), and reports what a shop worker needs to fix: the credentials, the registered IP, or the PC clock.
 * Synchronous; call it off the FX thread. Every call builds and closes its own client, so nothing is cached and a
 * check always tests the credentials it was given.
 */
public final class ConnectionCheck {

    /** Beyond this the PC clock is worth fixing: order times and the sync window would be off. */
    public static final Duration DRIFT_WARNING = Duration.ofSeconds(60);
    /** The token request's timestamp must be within this of the server's clock, or the token is refused. */
    public static final Duration TOKEN_TOLERANCE = Duration.ofMinutes(5);

    static final String REGISTER_IP = "네이버페이센터 API 관리에서 이 PC의 공인 IP를 등록하세요.";
    static final String CLOCK_HINT = "PC 시계가 " + TOKEN_TOLERANCE.toMinutes() + "분 넘게 틀려도 인증이 거부되니 시계도 확인해 주세요.";

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionCheck.class);
    private static final ZoneOffset KST = ZoneOffset.ofHours(9);
    // One attempt and short timeouts: a check should answer in seconds, and a retry would hide a flaky connection.
    private static final RetryPolicy ONE_ATTEMPT = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private final Clock clock;
    private final Function<NpayClientConfig, NpayOrderClient> clients;
    private final Supplier<List<InetAddress>> addresses;

    /** Checks with this PC's clock. */
    public ConnectionCheck() {
        this(Clock.systemUTC());
    }

    /** @param clock this PC's time, as the token signature and the drift measurement use it */
    public ConnectionCheck(Clock clock) {
        this(clock, NpayOrderClient::create, ConnectionCheckAddresses::local);
    }

    ConnectionCheck(Clock clock, Function<NpayClientConfig, NpayOrderClient> clients,
                    Supplier<List<InetAddress>> addresses) {
        this.clock = clock;
        this.clients = clients;
        this.addresses = addresses;
    }

    /** Checks the values a user entered; settings that cannot make a connection come back as INVALID_SETTINGS. */
    public ConnectionCheckResult run(ConnectionCheckRequest request) {
        NpayClientConfig config;
        try {
            config = configFor(request);
        } catch (IllegalArgumentException e) {
            return ConnectionCheckResult.failed(ConnectionCheckProblem.INVALID_SETTINGS,
                    "설정값으로 연결을 만들 수 없습니다: " + e.getMessage(), null, false);
        }
        return run(config);
    }

    /** Checks a ready configuration, using its clock as this PC's time. */
    public ConnectionCheckResult run(NpayClientConfig config) {
        Clock local = config.clock();
        boolean tokenIssued = false;
        try (NpayOrderClient client = clients.apply(config)) {
            client.accessToken();
            tokenIssued = true;
            OffsetDateTime now = OffsetDateTime.now(local).withOffsetSameInstant(KST);
            Instant sent = local.instant();
            NpayResponse<LastChangedStatuses> response =
                    client.lastChangedStatuses(LastChangedQuery.window(now.minusMinutes(1), now).withLimit(1));
            Instant received = local.instant();
            // The server stamped its answer somewhere between send and receive; the midpoint halves the error.
            Instant localTime = sent.plus(Duration.between(sent, received).dividedBy(2));
            ConnectionCheckResult result =
                    ConnectionCheckResult.passed(response.traceId(), localTime, response.serverTime());
            LOG.info("API check passed against {} (traceId {}, clock drift {})", config.environment().baseUrl(),
                    result.traceId(), result.clockDrift());
            return result;
        } catch (IpNotAllowedException e) {
            return ipNotAllowed(e, tokenIssued);
        } catch (NpayApiException e) {
            LOG.info("API check failed against {}: {}", config.environment().baseUrl(), e.getMessage());
            String message = e.userMessage();
            if (e instanceof AuthenticationException && !tokenIssued) {
                message += " " + CLOCK_HINT;
            }
            return ConnectionCheckResult.failed(problemOf(e), message, e.traceId(), tokenIssued);
        } catch (RuntimeException e) {
            LOG.warn("API check failed unexpectedly against {}", config.environment().baseUrl(), e);
            return ConnectionCheckResult.failed(ConnectionCheckProblem.OTHER,
                    "확인 중 예상하지 못한 오류가 났습니다: " + e.getMessage(), null, tokenIssued);
        }
    }

    private ConnectionCheckResult ipNotAllowed(IpNotAllowedException e, boolean tokenIssued) {
        List<InetAddress> own = addresses.get();
        String publicAddress = own.stream().filter(ConnectionCheckAddresses::isPublicIpv4)
                .map(ConnectionCheckAddresses::text).findFirst().orElse(null);
        List<String> texts = own.stream().map(ConnectionCheckAddresses::text).distinct().toList();
        String where = publicAddress != null
                ? "이 PC에 직접 붙은 공인 IP는 " + publicAddress + "입니다."
                : "이 PC는 공유기나 사내망을 거쳐 인터넷에 나가므로 공인 IP를 PC 안에서는 알 수 없습니다"
                        + " (외부 서비스에 묻지 않습니다). 참고용 내부 주소: "
                        + (texts.isEmpty() ? "없음" : String.join(", ", texts));
        LOG.info("API check: IP not allowed (traceId {}); own addresses {}", e.traceId(), texts);
        return new ConnectionCheckResult(ConnectionCheckProblem.IP_NOT_ALLOWED,
                e.userMessage() + " " + REGISTER_IP + " " + where, e.traceId(), tokenIssued, null, null, texts,
                publicAddress);
    }

    private NpayClientConfig configFor(ConnectionCheckRequest request) {
        String environment = request.environment() == null ? "" : request.environment();
        NpayEnvironment target = switch (environment) {
            case ConnectionSettings.PRODUCTION -> NpayEnvironment.production();
            case ConnectionSettings.NPAY_SANDBOX -> NpayEnvironment.npaySandbox();
            case ConnectionSettings.CUSTOM -> NpayEnvironment.custom(required(request.baseUrl(), "접속 주소"));
            default -> throw new IllegalArgumentException("알 수 없는 환경 " + environment);
        };
        return NpayClientConfig.of(target, required(request.clientId(), "애플리케이션 ID"),
                        required(request.clientSecret(), "애플리케이션 시크릿"))
                .withMerchantId(request.merchantId())
                .withClock(clock)
                .withRetry(ONE_ATTEMPT, Sleeper.system())
                .withTimeouts(CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + "이(가) 비어 있습니다");
        }
        return value.trim();
    }

    private static ConnectionCheckProblem problemOf(NpayApiException e) {
        if (e instanceof AuthenticationException) {
            return ConnectionCheckProblem.AUTHENTICATION;
        }
        if (e instanceof NetworkException) {
            return ConnectionCheckProblem.NETWORK;
        }
        if (e instanceof NotFoundException) {
            return ConnectionCheckProblem.NOT_FOUND;
        }
        if (e instanceof RateLimitedException) {
            return ConnectionCheckProblem.RATE_LIMITED;
        }
        if (e instanceof ServerException || e instanceof MalformedResponseException) {
            return ConnectionCheckProblem.SERVER;
        }
        return ConnectionCheckProblem.OTHER;
    }
}
