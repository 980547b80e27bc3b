package io.orderdesk.sandbox.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spoils one product-order detail in a read's data the way a real upstream bug does: a number turns into a word.
 * The middle element is chosen so a client that only guards the first or last element still gets caught. Copies
 * along the way, because the data may be the shop's own live maps.
 */
final class BadItem {

    static final String BAD_QUANTITY = "three";

    private BadItem() {
    }

    /** {@code data} of {@code /query} (an array of details) or of the conditional read ({@code {contents:[…]}}). */
    static Object corrupt(Object data) {
        if (data instanceof List<?> details) {
            return corruptList(details, false);
        }
        if (data instanceof Map<?, ?> page && page.get("contents") instanceof List<?> contents) {
            Map<Object, Object> copy = new LinkedHashMap<>(page);
            copy.put("contents", corruptList(contents, true));
            return copy;
        }
        return data;
    }

    private static List<Object> corruptList(List<?> elements, boolean wrapped) {
        List<Object> copy = new ArrayList<>(elements);
        if (copy.isEmpty()) {
            return copy;
        }
        int index = copy.size() / 2;
        Object element = copy.get(index);
        if (wrapped && element instanceof Map<?, ?> entry) {
            Map<Object, Object> entryCopy = new LinkedHashMap<>(entry);
            entryCopy.put("content", spoil(entry.get("content")));
            copy.set(index, entryCopy);
        } else {
            copy.set(index, spoil(element));
        }
        return copy;
    }

    private static Object spoil(Object detail) {
        Map<Object, Object> detailCopy = detail instanceof Map<?, ?> map ? new LinkedHashMap<>(map) : new LinkedHashMap<>();
        Map<Object, Object> productOrder = detailCopy.get("productOrder") instanceof Map<?, ?> po
                ? new LinkedHashMap<>(po) : new LinkedHashMap<>();
        productOrder.put("quantity", BAD_QUANTITY);
        detailCopy.put("productOrder", productOrder);
        return detailCopy;
    }
}
