package io.orderdesk.ui.actions;

import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.support.Command;
import io.orderdesk.ui.support.UiExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The 발송 처리 grid, also used for 교환 재배송 (without the date): one row per offered line with the delivery method
 * (택배 by default), carrier (the line's own or the remembered one), tracking number and, for dispatch, the date (today
 * by default). Rows are checked together by {@link DispatchRules}; whether a number is already used elsewhere is asked
 * of the store in the background, and asked again just before submitting.
 */
public final class DispatchFormViewModel implements ActionForm {

    /** The methods offered for dispatch; the RETURN_* ones are for collection only. */
    public static final List<DeliveryMethod> METHODS = List.of(DeliveryMethod.DELIVERY,
            DeliveryMethod.GDFW_ISSUE_SVC, DeliveryMethod.VISIT_RECEIPT, DeliveryMethod.DIRECT_DELIVERY,
            DeliveryMethod.QUICK_SVC, DeliveryMethod.NOTHING);

    private final OrderAction action;
    private final ActionPort port;
    private final UiExecutor executor;
    private final DispatchRules rules;
    private final Formats formats;
    private final Clock clock;
    private final List<String> gridIds;
    private final ObservableList<DispatchRow> rows;
    private final ObservableList<DeliveryMethod> methods = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(METHODS));
    private final ObjectProperty<DeliveryMethod> applyMethod = new SimpleObjectProperty<>(DeliveryMethod.DELIVERY);
    private final ObjectProperty<DeliveryCompany> applyCompany = new SimpleObjectProperty<>();
    private final Command applyToAll;
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final Map<String, Set<String>> usedBy = new HashMap<>();
    private final Set<String> asking = new HashSet<>();

    DispatchFormViewModel(OrderAction action, List<ActionTarget> offered, ActionPort port, UiExecutor executor,
                          Inputs inputs, Formats formats, Clock clock) {
        if (action != OrderAction.DISPATCH && action != OrderAction.EXCHANGE_REDELIVER) {
            throw new IllegalArgumentException("not a dispatch: " + action);
        }
        this.action = action;
        this.port = port;
        this.executor = executor;
        this.rules = new DispatchRules(inputs, formats);
        this.formats = formats;
        this.clock = clock;
        this.gridIds = offered.stream().map(ActionTarget::productOrderId).toList();
        LocalDate today = withDate() ? today() : null;
        this.rows = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(offered.stream()
                .map(target -> new DispatchRow(target, DeliveryMethod.DELIVERY, target.deliveryCompany(),
                        withDate() ? target.trackingNumber() : null, today))
                .toList()));
        this.applyToAll = Command.instant(Bindings.createBooleanBinding(
                () -> applyMethod.get() != null || applyCompany.get() != null, applyMethod, applyCompany),
                this::applyToAllRows);
        rows.forEach(row -> {
            for (var input : row.inputs()) {
                input.addListener(changed -> validate());
            }
        });
        validate();
    }

    static boolean isParcel(DeliveryMethod method) {
        return method == DeliveryMethod.DELIVERY || method == DeliveryMethod.GDFW_ISSUE_SVC;
    }

    @Override
    public void start() {
        executor.submit(port::defaultCarrier, remembered -> remembered.ifPresent(this::useDefaultCarrier),
                error -> { });
    }

    private void useDefaultCarrier(DeliveryCompany company) {
        if (applyCompany.get() == null) {
            applyCompany.set(company);
        }
        rows.stream().filter(row -> row.companyProperty().get() == null)
                .forEach(row -> row.companyProperty().set(company));
    }

    private void applyToAllRows() {
        for (DispatchRow row : rows) {
            if (applyMethod.get() != null) {
                row.methodProperty().set(applyMethod.get());
            }
            if (applyCompany.get() != null && isParcel(row.methodProperty().get())) {
                row.companyProperty().set(applyCompany.get());
            }
        }
    }

    private void validate() {
        Set<String> toAsk = rules.apply(rows, METHODS, today(), withDate(), usedBy);
        long done = rows.stream().filter(DispatchRow::isComplete).count();
        long wrong = rows.stream().filter(row -> row.wrongProperty().get()).count();
        valid.set(done == rows.size() && toAsk.isEmpty());
        summary.set(wrong == 0 ? formats.text("actions.dispatch.summary", done, rows.size())
                : formats.text("actions.dispatch.summaryWrong", done, rows.size(), wrong));
        toAsk.forEach(this::ask);
    }

    private void ask(String number) {
        if (!asking.add(number)) {
            return;
        }
        checking.set(true);
        executor.submit(() -> port.trackingNumberUsedBy(number, gridIds), found -> answered(number, found),
                // The check is repeated just before submitting; a failure here must not block typing.
                error -> answered(number, Set.of()));
    }

    private void answered(String number, Set<String> found) {
        asking.remove(number);
        usedBy.put(number, Set.copyOf(found));
        validate();
        checking.set(!asking.isEmpty());
    }

    @Override
    public List<DraftLine> drafts() {
        validate();
        if (!valid.get()) {
            throw new IllegalStateException("The " + action + " grid is not valid");
        }
        Instant now = clock.instant();
        return rows.stream().map(row -> new DraftLine(row.target().productOrderId(), input(row, now))).toList();
    }

    private ActionInput input(DispatchRow row, Instant now) {
        DeliveryMethod method = row.methodProperty().get();
        boolean parcel = isParcel(method);
        DeliveryCompany company = parcel ? row.companyProperty().get() : null;
        String tracking = parcel ? TrackingNumbers.normalize(row.trackingNumberProperty().get()) : null;
        if (!withDate()) {
            return new ActionInput.Redeliver(method, company, tracking);
        }
        LocalDate date = row.dispatchDateProperty().get();
        Instant when = date.equals(LocalDate.ofInstant(now, Formats.SHOP_ZONE)) ? now
                : date.atTime(LocalTime.ofInstant(now, Formats.SHOP_ZONE)).atZone(Formats.SHOP_ZONE).toInstant();
        return new ActionInput.Dispatch(method, company, tracking, when);
    }

    @Override
    public Runnable verify(ActionPort port, List<DraftLine> drafts) {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        drafts.stream().map(DispatchFormViewModel::trackingOf).filter(Objects::nonNull).distinct().forEach(number -> {
            Set<String> used = port.trackingNumberUsedBy(number, gridIds);
            if (!used.isEmpty()) {
                found.put(number, Set.copyOf(used));
            }
        });
        return found.isEmpty() ? null : () -> {
            usedBy.putAll(found);
            validate();
        };
    }

    @Override
    public void submitted(ActionPort port, List<DraftLine> drafts) {
        drafts.stream().map(DispatchFormViewModel::companyOf).filter(Objects::nonNull).findFirst()
                .ifPresent(port::rememberCarrier);
    }

    private static String trackingOf(DraftLine line) {
        if (line.input() instanceof ActionInput.Dispatch dispatch) {
            return dispatch.trackingNumber();
        }
        return line.input() instanceof ActionInput.Redeliver redeliver ? redeliver.trackingNumber() : null;
    }

    private static DeliveryCompany companyOf(DraftLine line) {
        if (line.input() instanceof ActionInput.Dispatch dispatch) {
            return dispatch.company();
        }
        return line.input() instanceof ActionInput.Redeliver redeliver ? redeliver.company() : null;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.SHOP_ZONE);
    }

    /** True for 발송 처리, which has a dispatch date; false for 교환 재배송. */
    public boolean withDate() {
        return action == OrderAction.DISPATCH;
    }

    @Override
    public OrderAction action() {
        return action;
    }

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ObservableList<DispatchRow> rows() {
        return rows;
    }

    public ObservableList<DeliveryMethod> methods() {
        return methods;
    }

    public ObjectProperty<DeliveryMethod> applyMethodProperty() {
        return applyMethod;
    }

    public ObjectProperty<DeliveryCompany> applyCompanyProperty() {
        return applyCompany;
    }

    public Command applyToAllCommand() {
        return applyToAll;
    }

    /** True while the store is being asked whether typed numbers are used elsewhere. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** "입력 완료 3/5건", with the number of rows that need fixing when there are some. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
