package io.orderdesk.ui.actions;

import io.orderdesk.domain.DeliveryCompany;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Popup;

/**
 * Picks one of the 203 carriers by typing part of its Korean name or code: the matches drop down as you type, ↓/↑
 * move through them, Enter or Tab takes the highlighted one (or the only match). Text that matches no carrier leaves
 * the value empty, which the form reports next to the field.
 */
public final class CarrierField extends HBox {

    private static final double ROW_HEIGHT = 32;
    private static final int VISIBLE_ROWS = 7;

    private final TextField editor = new TextField();
    private final ListView<DeliveryCompany> matches = new ListView<>();
    private final Popup popup = new Popup();
    private final ObjectProperty<DeliveryCompany> value = new SimpleObjectProperty<>(this, "value");
    private Runnable onEnter = () -> { };
    private boolean typing;

    public CarrierField() {
        getStyleClass().add("carrier-field");
        editor.getStyleClass().add("carrier-editor");
        setHgrow(editor, Priority.ALWAYS);
        getChildren().add(editor);
        matches.getStyleClass().add("carrier-matches");
        matches.setFixedCellSize(ROW_HEIGHT);
        matches.setCellFactory(list -> new CarrierCell());
        matches.setFocusTraversable(false);
        matches.setOnMouseClicked(event -> take(matches.getSelectionModel().getSelectedItem()));
        popup.getContent().add(matches);
        popup.setAutoHide(true);
        editor.textProperty().addListener((observable, was, text) -> {
            if (!typing && editor.isFocused()) {
                filter(text);
            }
        });
        editor.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        editor.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                commit();
            } else if (showsChosen()) {
                // A remembered carrier is replaced by what is typed, not typed onto.
                Platform.runLater(editor::selectAll);
            }
        });
        editor.setOnMouseClicked(event -> {
            if (!popup.isShowing() && !editor.isDisabled()) {
                boolean chosen = showsChosen();
                filter(chosen ? "" : editor.getText());
                if (chosen) {
                    editor.selectAll();
                }
            }
        });
        value.addListener((observable, was, company) -> {
            if (!typing) {
                show(company == null ? "" : company.label());
            }
        });
    }

    /** True while the text is the chosen carrier's name, untouched. */
    private boolean showsChosen() {
        return value.get() != null && value.get().label().equals(editor.getText());
    }

    private void key(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN, UP -> {
                if (!popup.isShowing()) {
                    filter(editor.getText());
                } else {
                    int step = event.getCode() == KeyCode.DOWN ? 1 : -1;
                    int next = Math.max(0, Math.min(matches.getItems().size() - 1,
                            matches.getSelectionModel().getSelectedIndex() + step));
                    matches.getSelectionModel().select(next);
                    matches.scrollTo(Math.max(0, next - 3));
                }
                event.consume();
            }
            case ENTER -> {
                commit();
                event.consume();
                onEnter.run();
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    popup.hide();
                    event.consume();
                }
            }
            default -> { }
        }
    }

    private void filter(String text) {
        List<DeliveryCompany> found = DeliveryCompany.search(text);
        matches.getItems().setAll(found);
        // As tall as the matches, up to VISIBLE_ROWS, so two matches do not sit on top of an empty box.
        matches.setPrefHeight(Math.min(VISIBLE_ROWS, found.size()) * ROW_HEIGHT + 2);
        if (found.isEmpty()) {
            popup.hide();
            return;
        }
        matches.getSelectionModel().select(0);
        matches.scrollTo(0);
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null) {
            Bounds bounds = editor.localToScreen(editor.getBoundsInLocal());
            matches.setPrefWidth(Math.max(200, bounds.getWidth()));
            popup.show(editor, bounds.getMinX(), bounds.getMaxY());
        }
    }

    /** Takes the highlighted match while the list is open, else the carrier the text names exactly or uniquely. */
    private void commit() {
        DeliveryCompany highlighted = matches.getSelectionModel().getSelectedItem();
        if (popup.isShowing() && highlighted != null) {
            take(highlighted);
            return;
        }
        String text = normalize(editor.getText());
        if (text.isEmpty()) {
            take(null);
            return;
        }
        if (value.get() != null && normalize(value.get().label()).equals(text)) {
            popup.hide();
            return;
        }
        List<DeliveryCompany> found = DeliveryCompany.search(text);
        DeliveryCompany exact = found.stream().filter(company -> normalize(company.label()).equals(text)
                || normalize(company.code()).equals(text)).findFirst().orElse(null);
        take(exact != null ? exact : found.size() == 1 ? found.get(0) : null);
    }

    private void take(DeliveryCompany company) {
        popup.hide();
        typing = true;
        value.set(company);
        typing = false;
        if (company != null) {
            show(company.label());
        }
    }

    private void show(String text) {
        typing = true;
        editor.setText(text);
        editor.positionCaret(text.length());
        typing = false;
    }

    private static String normalize(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    @Override
    public void requestFocus() {
        editor.requestFocus();
    }

    public TextField editor() {
        return editor;
    }

    /** Called after Enter has settled the value, e.g. to move on to the next field. */
    public void setOnEnter(Runnable action) {
        this.onEnter = action == null ? () -> { } : action;
    }

    public void setPromptText(String text) {
        editor.setPromptText(text);
    }

    public String getPromptText() {
        return editor.getPromptText();
    }

    public ObjectProperty<DeliveryCompany> valueProperty() {
        return value;
    }

    public DeliveryCompany getValue() {
        return value.get();
    }

    public void setValue(DeliveryCompany company) {
        value.set(company);
    }

    private static final class CarrierCell extends ListCell<DeliveryCompany> {
        @Override
        protected void updateItem(DeliveryCompany company, boolean empty) {
            super.updateItem(company, empty);
            setText(empty || company == null ? null : company.label());
        }
    }
}
