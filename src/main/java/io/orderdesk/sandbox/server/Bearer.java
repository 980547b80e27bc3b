package io.orderdesk.sandbox.server;

import java.util.Optional;

/** Reads the token out of an {@code Authorization: Bearer …} header; the scheme name is case-insensitive. */
final class Bearer {

    private static final String SCHEME = "bearer ";

    private Bearer() {
    }

    static Optional<String> token(String header) {
        if (header == null || header.length() <= SCHEME.length()
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String token = header.substring(SCHEME.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
