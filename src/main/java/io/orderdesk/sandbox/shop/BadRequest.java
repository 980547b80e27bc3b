package io.orderdesk.sandbox.shop;

import io.orderdesk.sandbox.ApiResult;

/** A request the API refuses as a whole (HTTP 400), with the API's code and a Korean message naming the field. */
final class BadRequest extends RuntimeException {

    private final String code;

    BadRequest(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    static BadRequest missing(String field) {
        return invalid(field, "필수 입력 항목이 누락되었습니다");
    }

    static BadRequest invalid(String field, String problem) {
        return new BadRequest(Codes.INVALID_PARAMETER,
                Codes.message(Codes.INVALID_PARAMETER) + " - " + field + ": " + problem);
    }

    static BadRequest rangeExceeded(String fromField, String toField) {
        return new BadRequest(Codes.DATE_RANGE_EXCEEDED,
                Codes.message(Codes.DATE_RANGE_EXCEEDED) + " - " + fromField + "~" + toField + " 최대 24시간");
    }

    ApiResult toResult() {
        return ApiResult.error(400, code, getMessage());
    }
}
