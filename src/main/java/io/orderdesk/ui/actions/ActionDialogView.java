package io.orderdesk.ui.actions;

import io.orderdesk.domain.OrderAction;
import io.orderdesk.ui.orders.Formats;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Controller of {@code ActionDialogView.fxml}, the frame every action dialog shares: the family's choices, the
 * left-out notice, the lines and the chosen action's form, then the per-line results. Bindings and forwarding only.
 */
public class ActionDialogView {

    private static final double LINE_HEIGHT = 34;
    private static final double USE_COMPUTED = javafx.scene.layout.Region.USE_COMPUTED_SIZE;

    private final ActionDialogViewModel viewModel;
    private final ResourceBundle bundle;
    private final Map<OrderAction, FormViews.Loaded> forms = new EnumMap<>(OrderAction.class);

    @FXML private Label titleLabel;
    @FXML private HBox actionChoices;
    @FXML private Label hintLabel;
    @FXML private VBox leftOutBox;
    @FXML private Label leftOutLabel;
    @FXML private Label leftOutDetails;
    @FXML private VBox formPane;
    @FXML private TableView<ActionTarget> linesTable;
    @FXML private TableColumn<ActionTarget, String> lineIdColumn;
    @FXML private TableColumn<ActionTarget, String> lineProductColumn;
    @FXML private TableColumn<ActionTarget, String> lineReceiverColumn;
    @FXML private TableColumn<ActionTarget, String> lineNoteColumn;
    @FXML private StackPane formHolder;
    @FXML private VBox resultsPane;
    @FXML private Label resultsSummary;
    @FXML private Label addressNotice;
    @FXML private VBox skippedBox;
    @FXML private Label skippedHeading;
    @FXML private Label skippedList;
    @FXML private TableView<ResultRow> resultsTable;
    @FXML private TableColumn<ResultRow, String> resultIdColumn;
    @FXML private TableColumn<ResultRow, String> resultProductColumn;
    @FXML private TableColumn<ResultRow, ResultRow> resultStateColumn;
    @FXML private TableColumn<ResultRow, String> resultCodeColumn;
    @FXML private TableColumn<ResultRow, String> resultMessageColumn;
    @FXML private TableColumn<ResultRow, ResultRow> resultTraceColumn;
    @FXML private TableColumn<ResultRow, ResultRow> resultNoteColumn;
    @FXML private Label resultsStatus;
    @FXML private Label statusLabel;
    @FXML private Button sendButton;
    @FXML private Button closeButton;

    ActionDialogView(ActionDialogViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        titleLabel.setText(bundle.getString("actions.family." + viewModel.family().key()));
        choices();
        Bind.showWhen(leftOutBox, viewModel.leftOutProperty().isNotEmpty());
        leftOutLabel.textProperty().bind(viewModel.leftOutProperty());
        leftOutDetails.textProperty().bind(viewModel.leftOutDetailsProperty());
        lines();
        viewModel.formProperty().addListener((observable, was, form) -> showForm());
        showForm();
        results();
        sendButton.textProperty().bind(viewModel.sendTextProperty());
        sendButton.disableProperty().bind(viewModel.sendCommand().executableProperty().not());
        Bind.showWhen(sendButton, viewModel.sentProperty().not());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        viewModel.statusIsErrorProperty().addListener((observable, was, error) -> {
            statusLabel.getStyleClass().remove("error");
            if (error) {
                statusLabel.getStyleClass().add("error");
            }
        });
        viewModel.sentProperty().addListener((observable, was, sent) -> showResults());
    }

    private void choices() {
        Formats formats = new Formats(bundle);
        List<OrderAction> actions = viewModel.family().actions();
        if (actions.size() == 1) {
            actionChoices.setVisible(false);
            actionChoices.setManaged(false);
            return;
        }
        ToggleGroup group = new ToggleGroup();
        for (OrderAction action : actions) {
            int count = viewModel.offerFor(action).offered().size();
            String label = formats.text("actions.choice", ActionNames.of(action, formats), count);
            ToggleButton choice = new ToggleButton(label);
            choice.setId("choice-" + action.name());
            choice.setToggleGroup(group);
            choice.setUserData(action);
            choice.setSelected(action == viewModel.actionProperty().get());
            choice.disableProperty().bind(viewModel.sentProperty());
            actionChoices.getChildren().add(choice);
        }
        group.selectedToggleProperty().addListener((observable, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            } else {
                viewModel.actionProperty().set((OrderAction) now.getUserData());
            }
        });
    }

    private void lines() {
        lineIdColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().productOrderId()));
        lineProductColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(Lines.product(cell.getValue())));
        lineReceiverColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().receiverName()));
        lineNoteColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(note(cell.getValue())));
        linesTable.setPlaceholder(new Label(bundle.getString("actions.lines.none")));
        linesTable.setFixedCellSize(LINE_HEIGHT);
        linesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private String note(ActionTarget target) {
        String shipment = target.deliveryCompany() == null ? "" : target.deliveryCompany().label()
                + (target.trackingNumber() == null ? "" : " " + target.trackingNumber());
        String address = target.addressChanged() ? bundle.getString("actions.lines.addressChanged") : "";
        return List.of(address, shipment).stream().filter(text -> !text.isEmpty()).collect(Collectors.joining(" · "));
    }

    private void showForm() {
        ActionForm form = viewModel.formProperty().get();
        hintLabel.setText(bundle.getString("actions.hint." + form.action().name()));
        linesTable.setItems(FXCollections.observableArrayList(viewModel.offerProperty().get().offered()));
        FormViews.Loaded view = forms.computeIfAbsent(form.action(),
                action -> FormViews.load(form, viewModel.sendCommand()::execute, bundle));
        boolean grid = form instanceof DispatchFormViewModel;
        linesTable.setVisible(!grid);
        linesTable.setManaged(!grid);
        fitLines(linesTable.getItems().size(), view != null);
        formHolder.getChildren().setAll(view == null ? List.of() : List.of(view.root()));
        // A form without fields sends on Enter from anywhere; forms with fields send from their last field.
        sendButton.setDefaultButton(view == null);
        formHolder.setVisible(view != null);
        formHolder.setManaged(view != null);
        VBox.setVgrow(formHolder, grid ? Priority.ALWAYS : Priority.NEVER);
        if (view != null && formHolder.getScene() != null) {
            view.view().focusFirst();
        }
    }

    /** With a form below, the list takes only the room its lines need (up to six); alone, it fills the dialog. */
    private void fitLines(int count, boolean formBelow) {
        double height = LINE_HEIGHT * Math.max(1, Math.min(6, count)) + 48;
        linesTable.setPrefHeight(formBelow ? height : USE_COMPUTED);
        linesTable.setMinHeight(formBelow ? height : LINE_HEIGHT * 2 + 48);
        VBox.setVgrow(linesTable, formBelow ? Priority.NEVER : Priority.ALWAYS);
    }

    /** Puts the cursor in the form's first field; called once the window is showing. */
    void focusForm() {
        // Skins and table cells exist only after CSS and layout; focus given before that misses the editors.
        sendButton.getScene().getRoot().applyCss();
        sendButton.getScene().getRoot().layout();
        FormViews.Loaded view = forms.get(viewModel.formProperty().get().action());
        if (view != null) {
            view.view().focusFirst();
        } else {
            sendButton.requestFocus();
        }
    }

    private void results() {
        ActionResultsViewModel results = viewModel.results();
        resultsTable.setItems(results.rows());
        resultsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ResultsTable.text(resultIdColumn, ResultRow::productOrderId);
        ResultsTable.text(resultProductColumn, ResultRow::productName);
        ResultsTable.state(resultStateColumn);
        ResultsTable.text(resultCodeColumn, ResultRow::code);
        ResultsTable.text(resultMessageColumn, ResultRow::message);
        ResultsTable.trace(resultTraceColumn, bundle, results::copyTraceId);
        ResultsTable.note(resultNoteColumn, bundle);
        resultsSummary.textProperty().bind(results.summaryProperty());
        Bind.error(addressNotice, results.addressNoticeProperty());
        Bind.showWhen(skippedBox, results.skippedHeadingProperty().isNotEmpty());
        skippedHeading.textProperty().bind(results.skippedHeadingProperty());
        skippedList.textProperty().bind(Bindings.createStringBinding(() -> results.skipped().stream()
                .map(row -> "• " + row.productOrderId() + "  " + row.productName()
                        + (row.note().isEmpty() ? "" : " — " + row.note()))
                .collect(Collectors.joining("\n")), results.skipped()));
        resultsStatus.textProperty().bind(results.statusProperty());
    }

    private void showResults() {
        formPane.setVisible(false);
        formPane.setManaged(false);
        resultsPane.setVisible(true);
        resultsPane.setManaged(true);
        closeButton.requestFocus();
    }

    @FXML
    private void send() {
        viewModel.sendCommand().execute();
    }

    @FXML
    private void close() {
        closeButton.getScene().getWindow().hide();
    }
}
