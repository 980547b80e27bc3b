package io.orderdesk.ui.importing;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/** The preview's "확인 결과" cell: the row's class as a coloured label. */
final class ImportCells {

    private ImportCells() {
    }

    static Label chip(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().addAll("import-kind", styleClass);
        return label;
    }

    static final class Kind extends TableCell<PreviewItem, PreviewItem> {
        @Override
        protected void updateItem(PreviewItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(empty || item == null ? null : chip(item.kindLabel(), item.styleClass()));
        }
    }
}
