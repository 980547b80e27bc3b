package io.orderdesk.ui.actionlog;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The action log's table cells: state badges, long texts with a tooltip, and a trace ID with a copy button. */
final class ActionLogCells {

    private ActionLogCells() {
    }

    static Label badge(String text, String style) {
        Label badge = new Label(text);
        badge.getStyleClass().addAll("state-badge", "state-" + style);
        badge.setMinWidth(Label.USE_PREF_SIZE);
        return badge;
    }

    /** An action's counts per state, each a badge; failures and unknown outcomes in strong colours. */
    static final class Counts extends TableCell<ActionItem, ActionItem> {

        private final HBox badges = new HBox();

        Counts() {
            badges.getStyleClass().add("badges");
        }

        @Override
        protected void updateItem(ActionItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            badges.getChildren().setAll(item.counts().stream()
                    .map(count -> badge(count.label() + " " + count.count(), count.style())).toList());
            setGraphic(badges);
        }
    }

    /** A line's state as a badge. */
    static final class State extends TableCell<LineItem, LineItem> {

        @Override
        protected void updateItem(LineItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(empty || item == null ? null : badge(item.state(), item.style()));
        }
    }

    /** Long text cut by the column, whole in the tooltip. */
    static final class LongText<S> extends TableCell<S, String> {

        private final Tooltip tooltip = new Tooltip();

        LongText() {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(600);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            boolean blank = empty || text == null || text.isEmpty();
            setText(blank ? null : text);
            tooltip.setText(blank ? "" : text);
            setTooltip(blank ? null : tooltip);
        }
    }

    /** The trace ID with a small button that copies it, because it is what Naver support asks for. */
    static final class Trace extends TableCell<LineItem, LineItem> {

        private final Label id = new Label();
        private final Tooltip whole = new Tooltip();
        private final Button copy = new Button();
        private final HBox box = new HBox(id, copy);

        Trace(String copyText, Consumer<LineItem> onCopy) {
            box.getStyleClass().add("trace-cell");
            id.getStyleClass().add("trace-id");
            id.setTooltip(whole);
            copy.setText(copyText);
            copy.getStyleClass().addAll("copy-button", "flat", "small");
            copy.setMinWidth(Button.USE_PREF_SIZE);
            copy.setOnAction(event -> onCopy.accept(getItem()));
        }

        @Override
        protected void updateItem(LineItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null || item.traceId().isEmpty()) {
                setGraphic(null);
                return;
            }
            id.setText(item.traceId());
            whole.setText(item.traceId());
            setGraphic(box);
        }
    }
}
