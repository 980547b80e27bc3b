package io.orderdesk.domain;

/**
 * API 게이트웨이 오류: the {@code GW.*} errors the gateway answers with before a request reaches the API server, each
 * with the HTTP status and the exact message the gateway sends. The sandbox uses them to answer like the gateway; the
 * client uses them to tell a token problem or rate limit from a real failure.
 */
public enum GatewayError implements CodedEnum {

    AUTHN(401, "GW.AUTHN", "요청을 보낼 권한이 없습니다.", "OAuth 인증 실패"),
    IP_NOT_ALLOWED(403, "GW.IP_NOT_ALLOWED", "호출이 허용되지 않은 IP입니다.", "허용되지 않은 IP"),
    NOT_FOUND(404, "GW.NOT_FOUND", "요청하신 리소스를 찾을 수 없습니다.", "등록되지 않은 API"),
    RATE_LIMIT(429, "GW.RATE_LIMIT", "요청이 많아 서비스를 일시적으로 사용할 수 없습니다.", "요청량 제한 초과"),
    QUOTA_LIMIT(429, "GW.QUOTA_LIMIT", "할당된 시간당 요청량을 초과하였습니다.", "시간당 요청량 제한 초과"),
    PROXY_01(500, "GW.PROXY.01", "작업 중 오류가 발생하였습니다.", "호스트 정보 오류"),
    PROXY_02(500, "GW.PROXY.02", "작업 중 오류가 발생하였습니다.", "포트 정보 오류"),
    PROXY_03(500, "GW.PROXY.03", "작업 중 오류가 발생하였습니다.", "응답 대기 중 연결 끊김"),
    PROXY_04(500, "GW.PROXY.04", "작업 중 오류가 발생하였습니다.", "네트워크 연결 대기 시간 초과"),
    PROXY_05(500, "GW.PROXY.05", "작업 중 오류가 발생하였습니다.", "기타 서비스 서버 오류"),
    INTERNAL_SERVER_ERROR(500, "GW.INTERNAL_SERVER_ERROR", "작업 중 오류가 발생하였습니다.", "게이트웨이 내부 오류"),
    BLOCK_01(503, "GW.BLOCK.01", "서비스를 일시적으로 사용할 수 없습니다.", "서킷 차단으로 요청 거부"),
    BLOCK_02(503, "GW.BLOCK.02", "서비스를 일시적으로 사용할 수 없습니다.", "시스템 점검으로 일시 사용 불가"),
    TIMEOUT_01(504, "GW.TIMEOUT.01", "요청 대기 시간이 초과되었습니다.", "API 처리 대기 시간 초과"),
    TIMEOUT_02(504, "GW.TIMEOUT.02", "요청 대기 시간이 초과되었습니다.", "API 서버 응답 없음"),
    /** Any gateway code this version does not know yet; it has no status or message of its own. */
    UNKNOWN(0, "UNKNOWN", "", "알 수 없음");

    private final int httpStatus;
    private final String code;
    private final String message;
    private final String label;

    GatewayError(int httpStatus, String code, String message, String label) {
        this.httpStatus = httpStatus;
        this.code = code;
        this.message = message;
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

    /** The HTTP status the gateway answers with; 0 for {@link #UNKNOWN}. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The gateway's message, word for word as it appears in the error body; empty for {@link #UNKNOWN}. */
    public String message() {
        return message;
    }
}
