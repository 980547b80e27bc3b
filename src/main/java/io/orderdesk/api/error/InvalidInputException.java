package io.orderdesk.api.error;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A 4xx from the API server that rejects the request itself (mostly 400): a bad parameter, an order in
 * the wrong state, a duplicate id. Carries the API's own {@link #code()} (§6.20, e.g. {@code 104131}),
 * its {@link #apiMessage()} and the {@link #details()} it listed.
 */
public final class InvalidInputException extends NpayApiException {

    private final String apiMessage;
    private final List<InvalidInputDetail> details;

    public InvalidInputException(String endpoint, int httpStatus, String code, String traceId,
                                 String apiMessage, List<InvalidInputDetail> details) {
        super(endpoint, httpStatus, code, traceId, apiMessage, null);
        this.apiMessage = apiMessage;
        this.details = details == null ? List.of() : List.copyOf(details);
    }

    /** The server's own message, as sent; may be null. */
    public String apiMessage() {
        return apiMessage;
    }

    /** The rejected inputs the server listed; empty when it listed none. */
    public List<InvalidInputDetail> details() {
        return details;
    }

    /**
     * Quotes the server's explanation when it is written in Korean; English or technical text (for example
     * {@code TypeMismatchException}) stays in the log.
     */
    @Override
    public String userMessage() {
        String reasons = Stream.concat(Stream.of(apiMessage), details.stream().map(InvalidInputDetail::message))
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(InvalidInputException::isKorean)
                .distinct()
                .collect(Collectors.joining(" "));
        String base = "네이버페이가 요청 내용을 받아들이지 않았습니다.";
        return reasons.isEmpty() ? base + " 입력한 내용을 확인해 주세요." : base + " " + reasons;
    }

    private static boolean isKorean(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }
}
