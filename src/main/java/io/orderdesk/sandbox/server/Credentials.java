package io.orderdesk.sandbox.server;

import java.util.Objects;

/**
 * The one application the sandbox knows: its ID, its secret (a bcrypt salt string, as Naver issues them) and the
 * merchant it acts for.
 */
public record Credentials(String clientId, String clientSecret, String merchantId) {

    /** The demo application's ID; printed and documented, not a secret. */
    public static final String DEMO_CLIENT_ID = "orderdesk-demo";
    /** The demo application's secret: a valid bcrypt salt (cost 4), printed and documented, not a secret. */
    public static final String DEMO_CLIENT_SECRET = "$2a$04$OrderDeskDemoSandbox1u";

    public Credentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(merchantId, "merchantId");
        new SignatureCheck(clientSecret);
    }
}
