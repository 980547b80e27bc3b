package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.Coded;
import io.orderdesk.domain.CodedEnum;

/** Reads enum codes sent by a client, where an unknown code is the client's mistake rather than news from Naver. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E> & CodedEnum> E parse(Class<E> type, String field, String text) {
        E value = Coded.lookup(type, text.trim());
        if ("UNKNOWN".equals(value.name())) {
            throw BadRequest.invalid(field, "허용되지 않는 값입니다 (" + text + ")");
        }
        return value;
    }
}
