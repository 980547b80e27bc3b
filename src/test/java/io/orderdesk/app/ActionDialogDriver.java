package io.orderdesk.app;

import static io.orderdesk.app.DeskRobot.onFx;
import static io.orderdesk.app.DeskRobot.until;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.ui.actions.ActionTarget;
import io.orderdesk.ui.actions.CarrierField;
import io.orderdesk.ui.actions.DispatchRow;
import io.orderdesk.ui.actions.ResultRow;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** One open action dialog, found by the ids its FXML gives its controls. */
final class ActionDialogDriver {

    private final FxRobot robot;
    private final Stage stage;

    ActionDialogDriver(FxRobot robot, Stage stage) {
        this.robot = robot;
        this.stage = stage;
    }

    /**
     * Monocle keeps sending keys to the window that had them until another is clicked; on a desktop the new dialog
     * gets them at once. A click on the title (which takes no focus) stands in for that.
     */
    void takeKeyboard() {
        robot.clickOn(this.<Node>node("#titleLabel"));
    }

    @SuppressWarnings("unchecked")
    <T extends Node> T node(String id) {
        Node found = stage.getScene().getRoot().lookup(id);
        assertThat(found).as(id).isNotNull();
        return (T) found;
    }

    String text(String labelId) throws Exception {
        return onFx(() -> this.<Label>node(labelId).getText());
    }

    /** The texts of the labelled nodes {@code selector} finds, e.g. the grid's row messages. */
    List<String> texts(String selector) throws Exception {
        return onFx(() -> stage.getScene().getRoot().lookupAll(selector).stream()
                .filter(node -> node instanceof Labeled).map(node -> ((Labeled) node).getText())
                .filter(text -> text != null).toList());
    }

    boolean visible(String id) throws Exception {
        return onFx(() -> node(id).isVisible());
    }

    /** The product orders the chosen action is offered for (the lines table, or the dispatch grid). */
    @SuppressWarnings("unchecked")
    List<String> offered() throws Exception {
        return onFx(() -> {
            Node grid = stage.getScene().getRoot().lookup("#grid");
            if (grid != null && grid.isVisible()) {
                return ((TableView<DispatchRow>) grid).getItems().stream()
                        .map(row -> row.target().productOrderId()).toList();
            }
            return this.<TableView<ActionTarget>>node("#linesTable").getItems().stream()
                    .map(ActionTarget::productOrderId).toList();
        });
    }

    boolean canSend() throws Exception {
        return onFx(() -> !this.<Button>node("#sendButton").isDisabled());
    }

    /**
     * Picks the carrier for every grid row by typing its name over whatever "apply to all" shows (the carrier used
     * last is remembered), then applies it.
     */
    void carrierForAll(String typed) throws Exception {
        CarrierField carrier = node("#applyCarrierField");
        robot.clickOn(carrier.editor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(typed).type(KeyCode.ENTER);
        until(() -> carrier.getValue() != null && carrier.editor().getText().startsWith(typed));
        robot.clickOn(this.<Node>node("#applyButton"));
    }

    /** The tracking cell of grid row {@code index}, as the table shows it now. */
    TextField trackingField(int index) throws Exception {
        return onFx(() -> {
            for (Node node : stage.getScene().getRoot().lookupAll(".tracking-field")) {
                if (node.getParent() instanceof TableCell<?, ?> cell && cell.getIndex() == index && !cell.isEmpty()) {
                    return (TextField) node;
                }
            }
            throw new AssertionError("no tracking field for row " + index);
        });
    }

    /** The grid row whose tracking cell has the keyboard, or -1. */
    int trackingRowWithFocus() throws Exception {
        return onFx(() -> {
            Node focused = stage.getScene().getFocusOwner();
            boolean tracking = focused != null && focused.getStyleClass().contains("tracking-field");
            return tracking && focused.getParent() instanceof TableCell<?, ?> cell ? cell.getIndex() : -1;
        });
    }

    /** Waits until the dialog shows {@code count} result lines, each in a final state, and returns them. */
    List<ResultRow> results(int count) throws Exception {
        TableView<ResultRow> table = node("#resultsTable");
        until(() -> onFx(() -> node("#resultsPane").isVisible() && table.getItems().size() == count
                && table.getItems().stream().allMatch(row -> row.state().isFinal())));
        return onFx(() -> List.copyOf(table.getItems()));
    }

    /** Closes the dialog with Esc (its close button is the cancel button). */
    void close() throws Exception {
        robot.type(KeyCode.ESCAPE);
        until(() -> !stage.isShowing());
    }
}
