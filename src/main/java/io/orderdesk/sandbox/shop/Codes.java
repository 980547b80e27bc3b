package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.ApiErrorCode;
import io.orderdesk.domain.Coded;

/** The API-server error codes the shop answers with (§6.20); messages are the domain's Korean labels. */
final class Codes {

    static final String INVALID_PARAMETER = "4000";
    static final String PRODUCT_ORDER_NOT_FOUND = "100001";
    static final String ORDER_NOT_FOUND = "100003";
    static final String NOT_PERMITTED = "101009";
    static final String DUE_DATE_OUT_OF_RANGE = "104105";
    static final String NO_DELIVERY_ORDER = "104116";
    static final String METHOD_CHANGE_NEEDED = "104117";
    static final String COMPANY_MISSING = "104118";
    static final String COMPANY_INVALID = "104119";
    static final String TRACKING_MISSING = "104120";
    static final String TRACKING_USED = "104121";
    static final String TRACKING_INVALID = "104122";
    static final String DUPLICATE_ID = "104131";
    static final String BAD_REQUEST = "104133";
    static final String DATE_RANGE_EXCEEDED = "104139";
    static final String EXCHANGE_STATE = "104417";
    static final String STATE = "104442";
    static final String PLACE_ORDER_STATE = "104443";
    static final String SAME_STATE = "105306";

    private Codes() {
    }

    static String message(String code) {
        ApiErrorCode known = Coded.lookup(ApiErrorCode.class, code);
        return known == ApiErrorCode.UNKNOWN ? "기타" : known.label();
    }
}
