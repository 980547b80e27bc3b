package io.orderdesk.api.dto;

/** One rejected request field named by an error body; Naver's examples show these as empty objects, so expect nulls. */
public record InvalidInput(String type, String name, String message) {
}
