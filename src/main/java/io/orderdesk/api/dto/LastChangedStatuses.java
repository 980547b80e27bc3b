package io.orderdesk.api.dto;

import io.orderdesk.api.json.PartialList;

/**
 * One page of the change feed ({@code last-changed-statuses}). {@code more} is present only when the window held more
 * changes than the page limit; its values start the next page.
 */
public record LastChangedStatuses(Integer count, More more, PartialList<LastChangeStatus> lastChangeStatuses) {
}
