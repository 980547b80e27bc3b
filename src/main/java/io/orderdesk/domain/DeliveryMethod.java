package io.orderdesk.domain;

/**
 * 배송 방법 ({@code deliveryMethod}): how goods travel, used for dispatch, return collection and exchange re-delivery
 * alike. The API has an {@code UNKNOWN} code of its own, which doubles as the fallback for codes this version lacks.
 */
public enum DeliveryMethod implements CodedEnum {

    DELIVERY("DELIVERY", "택배, 등기, 소포"),
    GDFW_ISSUE_SVC("GDFW_ISSUE_SVC", "굿스플로 송장 출력"),
    VISIT_RECEIPT("VISIT_RECEIPT", "방문 수령"),
    DIRECT_DELIVERY("DIRECT_DELIVERY", "직접 전달"),
    QUICK_SVC("QUICK_SVC", "퀵서비스"),
    NOTHING("NOTHING", "배송 없음"),
    RETURN_DESIGNATED("RETURN_DESIGNATED", "지정 반품 택배"),
    RETURN_DELIVERY("RETURN_DELIVERY", "일반 반품 택배"),
    RETURN_INDIVIDUAL("RETURN_INDIVIDUAL", "직접 반송"),
    /** Only for 장보기 (grocery) orders. */
    RETURN_MERCHANT("RETURN_MERCHANT", "판매자 직접 수거(장보기 전용)"),
    UNKNOWN("UNKNOWN", "알 수 없음(예외 처리에 사용)");

    private final String code;
    private final String label;

    DeliveryMethod(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
