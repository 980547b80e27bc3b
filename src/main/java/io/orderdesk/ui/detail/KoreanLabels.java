package io.orderdesk.ui.detail;

import io.orderdesk.domain.CodedEnum;
import io.orderdesk.ui.support.Labels;
import java.util.HashMap;
import java.util.Map;

/**
 * Puts text that the sync layer already turned into Korean labels (the history's status columns, the pick-up place
 * and entry method) back into the user's language: the label is looked up among the enum's constants and replaced by
 * {@link Labels}. A plain code is understood too, should the sync one day hand codes over instead. Text that is
 * neither (an unknown code kept raw, the buyer's own words) is left as it is.
 */
final class KoreanLabels {

    private static final ClassValue<Map<String, CodedEnum>> BY_LABEL = new ClassValue<>() {
        @Override
        protected Map<String, CodedEnum> computeValue(Class<?> type) {
            Map<String, CodedEnum> map = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                map.putIfAbsent(((CodedEnum) constant).label(), (CodedEnum) constant);
            }
            for (Object constant : type.getEnumConstants()) {
                map.putIfAbsent(((CodedEnum) constant).code(), (CodedEnum) constant);
            }
            return Map.copyOf(map);
        }
    };

    private final Labels labels;

    KoreanLabels(Labels labels) {
        this.labels = labels;
    }

    /** The label, or the text unchanged when it is not one of {@code type}'s labels or codes. */
    String translate(Class<? extends CodedEnum> type, String text) {
        if (text == null) {
            return null;
        }
        CodedEnum constant = BY_LABEL.get(type).get(text);
        return constant == null ? text : labels.of(constant);
    }

    /**
     * "문 앞 (문 앞에 놓아 주세요)" as the sync writes it: the label, then the buyer's words in brackets; only the label
     * part is translated.
     */
    String translateLeading(Class<? extends CodedEnum> type, String text) {
        if (text == null) {
            return null;
        }
        int bracket = text.indexOf(" (");
        String head = bracket < 0 ? text : text.substring(0, bracket);
        return translate(type, head) + (bracket < 0 ? "" : text.substring(bracket));
    }
}
