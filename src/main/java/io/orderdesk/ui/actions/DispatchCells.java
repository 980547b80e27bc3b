package io.orderdesk.ui.actions;

import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.ui.support.Labels;
import java.util.ResourceBundle;
import java.util.function.IntConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The dispatch grid's cells. Every row holds live controls bound to its {@link DispatchRow}, so what is typed is in
 * the view model at once, with no edit mode to commit; a cell re-binds when the table reuses it for another row.
 */
final class DispatchCells {

    private DispatchCells() {
    }

    /** A cell showing {@code control} bound to the row it currently stands for. */
    abstract static class RowCell<C extends Node> extends TableCell<DispatchRow, DispatchRow> {

        protected final C control;
        private DispatchRow bound;

        RowCell(C control) {
            this.control = control;
            setText(null);
        }

        @Override
        protected void updateItem(DispatchRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                unbind(bound);
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bind(row);
            bound = row;
            setGraphic(control);
        }

        abstract void bind(DispatchRow row);

        abstract void unbind(DispatchRow row);
    }

    /** Product order number, product and option, and a flag when the buyer changed the address. */
    static final class LineCell extends RowCell<VBox> {

        private final Label id = new Label();
        private final Label product = new Label();
        private final Label address = new Label();
        private final Tooltip productTip = new Tooltip();

        LineCell(ResourceBundle bundle) {
            super(new VBox(2));
            id.getStyleClass().add("line-id");
            product.getStyleClass().add("line-product");
            product.setTooltip(productTip);
            address.getStyleClass().addAll("badge-warning", "address-badge");
            address.setText(bundle.getString("actions.lines.addressChanged"));
            address.setMinWidth(Label.USE_PREF_SIZE);
            control.getChildren().addAll(id, product, address);
        }

        @Override
        void bind(DispatchRow row) {
            ActionTarget target = row.target();
            id.setText(target.productOrderId());
            product.setText(Lines.product(target));
            productTip.setText(product.getText());
            address.setVisible(target.addressChanged());
            address.setManaged(target.addressChanged());
        }

        @Override
        void unbind(DispatchRow row) {
        }
    }

    static final class MethodCell extends RowCell<ComboBox<DeliveryMethod>> {

        MethodCell(DispatchFormViewModel form, Labels labels) {
            super(new ComboBox<>(form.methods()));
            Choices.labels(control, labels);
            control.getStyleClass().add("method-choice");
            control.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        void bind(DispatchRow row) {
            control.valueProperty().bindBidirectional(row.methodProperty());
        }

        @Override
        void unbind(DispatchRow row) {
            control.valueProperty().unbindBidirectional(row.methodProperty());
        }
    }

    static final class CarrierCell extends RowCell<CarrierField> {

        CarrierCell(ResourceBundle bundle) {
            super(new CarrierField());
            control.setPromptText(bundle.getString("actions.carrier.prompt"));
        }

        @Override
        void bind(DispatchRow row) {
            control.valueProperty().bindBidirectional(row.companyProperty());
            control.disableProperty().bind(row.parcelProperty().not());
        }

        @Override
        void unbind(DispatchRow row) {
            control.valueProperty().unbindBidirectional(row.companyProperty());
            control.disableProperty().unbind();
        }
    }

    /** The scanner's target: Enter hands over to {@code next} with this row's index. */
    static final class TrackingCell extends RowCell<TextField> {

        private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

        private final InvalidationListener mark = observable -> mark();
        private DispatchRow row;

        TrackingCell(ResourceBundle bundle, IntConsumer next) {
            super(new TextField());
            control.getStyleClass().add("tracking-field");
            control.setPromptText(bundle.getString("actions.tracking.prompt"));
            control.getProperties().put(TrackingCell.class, this);
            control.setOnAction(event -> next.accept(getIndex()));
        }

        @Override
        void bind(DispatchRow target) {
            row = target;
            control.textProperty().bindBidirectional(target.trackingNumberProperty());
            control.disableProperty().bind(target.parcelProperty().not());
            target.trackingErrorProperty().addListener(mark);
            mark();
        }

        @Override
        void unbind(DispatchRow target) {
            control.textProperty().unbindBidirectional(target.trackingNumberProperty());
            control.disableProperty().unbind();
            target.trackingErrorProperty().removeListener(mark);
            row = null;
        }

        /** Red once something typed is wrong; an empty cell is merely still to do. */
        private void mark() {
            boolean wrong = row != null && !row.trackingErrorProperty().get().isEmpty()
                    && !TrackingNumbers.normalize(row.trackingNumberProperty().get()).isEmpty();
            control.pseudoClassStateChanged(DANGER, wrong);
        }
    }

    static final class DateCell extends RowCell<DatePicker> {

        DateCell() {
            super(new DatePicker());
            Choices.isoDates(control);
            control.setPromptText(null);
            control.getStyleClass().add("date-field");
        }

        @Override
        void bind(DispatchRow row) {
            control.valueProperty().bindBidirectional(row.dispatchDateProperty());
        }

        @Override
        void unbind(DispatchRow row) {
            control.valueProperty().unbindBidirectional(row.dispatchDateProperty());
        }
    }

    /** What is still missing (muted) or wrong (red) on the row, or that it is ready. */
    static final class MessageCell extends RowCell<Label> {

        private final String ready;
        private final ChangeListener<Object> restyle = (observable, was, now) -> restyle();
        private final Tooltip tooltip = new Tooltip();
        private DispatchRow row;

        MessageCell(ResourceBundle bundle) {
            super(new Label());
            this.ready = bundle.getString("actions.dispatch.ready");
            control.setWrapText(true);
            // Rows keep the height they were first laid out with, so room for two lines is kept from the start.
            control.setMinHeight(30);
            control.setTooltip(tooltip);
            control.getStyleClass().add("row-message");
        }

        @Override
        void bind(DispatchRow target) {
            row = target;
            target.messageProperty().addListener(restyle);
            target.wrongProperty().addListener(restyle);
            restyle();
        }

        @Override
        void unbind(DispatchRow target) {
            target.messageProperty().removeListener(restyle);
            target.wrongProperty().removeListener(restyle);
            row = null;
        }

        private void restyle() {
            if (row == null) {
                return;
            }
            boolean complete = row.isComplete();
            control.setText(complete ? ready : row.messageProperty().get());
            tooltip.setText(control.getText());
            control.getStyleClass().removeAll("row-ready", "row-wrong", "row-missing");
            control.getStyleClass().add(complete ? "row-ready" : row.wrongProperty().get() ? "row-wrong"
                    : "row-missing");
        }
    }
}
