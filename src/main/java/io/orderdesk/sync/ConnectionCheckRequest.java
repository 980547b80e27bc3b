package io.orderdesk.sync;

/**
 * What the user entered on the settings screen, for {@link ConnectionCheck#run(ConnectionCheckRequest)}: lets a
 * screen test values before saving them without knowing the API's types.
 *
 * @param environment one of {@link ConnectionSettings#NPAY_SANDBOX}, {@link ConnectionSettings#PRODUCTION} or
 *                    {@link ConnectionSettings#CUSTOM}
 * @param baseUrl     the base URL for {@code custom} (ignored otherwise)
 * @param merchantId  the 가맹점 ID, or null/blank to leave it out of the token request
 */
public record ConnectionCheckRequest(String environment, String baseUrl, String clientId, String clientSecret,
                                     String merchantId) {

    @Override
    public String toString() {
        return "ConnectionCheckRequest[" + environment + ", " + baseUrl + ", clientId=" + clientId
                + ", merchantId=" + merchantId + ", secret=***]";
    }
}
