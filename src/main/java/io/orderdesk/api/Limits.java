package io.orderdesk.api;

import io.orderdesk.api.error.RequestRejectedException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The API's documented limits, checked before anything is sent (reference §4, §12 #7 and #11). */
final class Limits {

    static final int MAX_QUERY_IDS = 300;
    static final int MAX_BULK_WRITE = 30;
    static final int MAX_PAGE_SIZE = 300;
    static final Duration MAX_WINDOW = Duration.ofHours(24);

    private Limits() {
    }

    static void ids(String endpoint, Collection<String> ids, int max) {
        if (ids == null || ids.isEmpty()) {
            throw new RequestRejectedException(endpoint, "no product order ids", "처리할 상품 주문을 하나 이상 선택해 주세요.");
        }
        if (ids.size() > max) {
            throw new RequestRejectedException(endpoint, ids.size() + " ids, limit " + max,
                    "한 번에 최대 " + max + "건까지 보낼 수 있습니다. (" + ids.size() + "건 선택됨)");
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            productOrderId(endpoint, id);
            if (!seen.add(id)) {
                throw new RequestRejectedException(endpoint, "duplicate id " + id,
                        "같은 상품 주문 번호가 두 번 들어 있습니다: " + id);
            }
        }
    }

    static void productOrderId(String endpoint, String id) {
        if (id == null || id.isBlank()) {
            throw new RequestRejectedException(endpoint, "blank product order id", "상품 주문 번호가 비어 있습니다.");
        }
    }

    static void window(String endpoint, OffsetDateTime from, OffsetDateTime to) {
        if (to == null) {
            return;
        }
        if (to.isBefore(from)) {
            throw new RequestRejectedException(endpoint, "window end " + to + " before start " + from,
                    "조회 종료 일시가 시작 일시보다 앞설 수 없습니다.");
        }
        if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw new RequestRejectedException(endpoint, "window " + from + ".." + to + " longer than 24 h",
                    "한 번에 24시간까지만 조회할 수 있습니다.");
        }
    }

    static void range(String endpoint, String what, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new RequestRejectedException(endpoint, what + "=" + value + " outside " + min + ".." + max,
                    what + " 값은 " + min + "에서 " + max + " 사이여야 합니다. (입력: " + value + ")");
        }
    }

    static <T> List<T> nonEmpty(String endpoint, List<T> lines, int max) {
        if (lines == null || lines.isEmpty()) {
            throw new RequestRejectedException(endpoint, "no lines", "처리할 상품 주문을 하나 이상 선택해 주세요.");
        }
        if (lines.size() > max) {
            throw new RequestRejectedException(endpoint, lines.size() + " lines, limit " + max,
                    "한 번에 최대 " + max + "건까지 보낼 수 있습니다. (" + lines.size() + "건 선택됨)");
        }
        return lines;
    }
}
