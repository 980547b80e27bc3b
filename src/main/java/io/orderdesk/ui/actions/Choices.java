package io.orderdesk.ui.actions;

import io.orderdesk.domain.CodedEnum;
import io.orderdesk.ui.support.Labels;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** How the forms show coded choices (by their label in the UI language) and dates (as yyyy-MM-dd, typed or picked). */
final class Choices {

    private Choices() {
    }

    static <T extends CodedEnum> void labels(ComboBox<T> combo, Labels labels) {
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return labels.of(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("The choice is not editable");
            }
        });
    }

    /** ISO dates in both languages, so typing "2026-12-01" always works; unreadable text counts as no date. */
    static void isoDates(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        picker.setPromptText("YYYY-MM-DD");
    }
}
