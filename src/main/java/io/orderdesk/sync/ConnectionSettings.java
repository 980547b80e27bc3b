package io.orderdesk.sync;

import io.orderdesk.api.NpayClientConfig;
import io.orderdesk.api.NpayEnvironment;
import io.orderdesk.store.Settings;
import java.util.Map;
import java.util.Optional;

/**
 * Where the Npay connection comes from: the environment variables {@code ORDERDESK_BASE_URL},
 * {@code ORDERDESK_CLIENT_ID}, {@code ORDERDESK_CLIENT_SECRET} and optional {@code ORDERDESK_MERCHANT_ID} when set,
 * otherwise the settings saved in the store (the secret encrypted).
 */
public final class ConnectionSettings {

    public static final String ENVIRONMENT = "npay.environment";
    public static final String BASE_URL = "npay.baseUrl";
    public static final String CLIENT_ID = "npay.clientId";
    public static final String CLIENT_SECRET = "npay.clientSecret";
    public static final String MERCHANT_ID = "npay.merchantId";
    public static final String BACKFILL_DAYS = "sync.backfillDays";

    /** Values of {@link #ENVIRONMENT}. */
    public static final String DEMO = "demo";
    public static final String NPAY_SANDBOX = "npay-sandbox";
    public static final String PRODUCTION = "production";
    public static final String CUSTOM = "custom";

    private ConnectionSettings() {
    }

    /** The configured connection, or empty when none is (the app then runs in demo mode). */
    public static Optional<NpayClientConfig> resolve(Map<String, String> env, Settings settings) {
        String url = env.get("ORDERDESK_BASE_URL");
        if (url != null && !url.isBlank()) {
            return Optional.of(NpayClientConfig.of(NpayEnvironment.custom(url), required(env, "ORDERDESK_CLIENT_ID"),
                    required(env, "ORDERDESK_CLIENT_SECRET")).withMerchantId(env.get("ORDERDESK_MERCHANT_ID")));
        }
        String environment = settings.get(ENVIRONMENT).orElse(DEMO);
        if (environment.equals(DEMO)) {
            return Optional.empty();
        }
        NpayEnvironment target = switch (environment) {
            case PRODUCTION -> NpayEnvironment.production();
            case NPAY_SANDBOX -> NpayEnvironment.npaySandbox();
            default -> NpayEnvironment.custom(settings.get(BASE_URL).orElseThrow(
                    () -> new Incomplete(Incomplete.Missing.BASE_URL, null, "설정에 접속 주소가 없습니다.")));
        };
        String clientId = settings.get(CLIENT_ID).orElseThrow(
                () -> new Incomplete(Incomplete.Missing.CLIENT_ID, null, "설정에 애플리케이션 ID가 없습니다."));
        String secret = settings.getSecret(CLIENT_SECRET).orElseThrow(
                () -> new Incomplete(Incomplete.Missing.CLIENT_SECRET, null, "설정에 애플리케이션 시크릿이 없습니다."));
        return Optional.of(NpayClientConfig.of(target, clientId, secret)
                .withMerchantId(settings.get(MERCHANT_ID).orElse(null)));
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new Incomplete(Incomplete.Missing.ENVIRONMENT_VARIABLE, name, name + " 환경 변수가 필요합니다.");
        }
        return value;
    }

    /**
     * A connection that is chosen but lacks a part. The message is Korean (for the command line); a window names
     * {@link #missing()} (and {@link #variable()}) in its own language.
     */
    public static final class Incomplete extends IllegalStateException {

        /** The part that is missing. */
        public enum Missing { BASE_URL, CLIENT_ID, CLIENT_SECRET, ENVIRONMENT_VARIABLE }

        private final Missing missing;
        private final String variable;

        Incomplete(Missing missing, String variable, String message) {
            super(message);
            this.missing = missing;
            this.variable = variable;
        }

        public Missing missing() {
            return missing;
        }

        /** The environment variable that is missing, or {@code null}. */
        public String variable() {
            return variable;
        }
    }
}
