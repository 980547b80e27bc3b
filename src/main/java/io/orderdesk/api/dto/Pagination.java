package io.orderdesk.api.dto;

/** Page position of a paged list; {@code page} counts from 1. */
public record Pagination(Integer page, Integer size, Boolean hasNext) {
}
