package io.orderdesk.ui.actions;

import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One line of the dispatch grid: what the user entered for one product order, and what is wrong with it, shown next
 * to the row.
 */
public final class DispatchRow {

    private final ActionTarget target;
    private final ObjectProperty<DeliveryMethod> method = new SimpleObjectProperty<>();
    private final ObjectProperty<DeliveryCompany> company = new SimpleObjectProperty<>();
    private final StringProperty trackingNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> dispatchDate = new SimpleObjectProperty<>();
    private final BooleanBinding parcel = Bindings.createBooleanBinding(
            () -> DispatchFormViewModel.isParcel(method.get()), method);
    private final ReadOnlyStringWrapper companyError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper trackingError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper otherError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper wrong = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(false);

    DispatchRow(ActionTarget target, DeliveryMethod method, DeliveryCompany company, String trackingNumber,
                LocalDate dispatchDate) {
        this.target = target;
        this.method.set(method);
        this.company.set(company);
        this.trackingNumber.set(trackingNumber == null ? "" : trackingNumber);
        this.dispatchDate.set(dispatchDate);
    }

    /** The inputs, to re-validate when any changes. */
    Observable[] inputs() {
        return new Observable[] {method, company, trackingNumber, dispatchDate};
    }

    /**
     * Shows the findings next to the row.
     *
     * @param wrongInput true when something entered is wrong, not merely still missing
     * @param checking   the "being checked" text while the store check of the number runs, else null
     */
    void show(String companyProblem, String trackingProblem, String otherProblem, boolean wrongInput,
              String checking) {
        companyError.set(companyProblem);
        trackingError.set(trackingProblem);
        otherError.set(otherProblem);
        String problems = Stream.of(otherProblem, companyProblem, trackingProblem).filter(text -> !text.isEmpty())
                .collect(Collectors.joining(" · "));
        wrong.set(wrongInput);
        complete.set(problems.isEmpty() && checking == null);
        message.set(problems.isEmpty() && checking != null ? checking : problems);
    }

    public ActionTarget target() {
        return target;
    }

    public ObjectProperty<DeliveryMethod> methodProperty() {
        return method;
    }

    public ObjectProperty<DeliveryCompany> companyProperty() {
        return company;
    }

    public StringProperty trackingNumberProperty() {
        return trackingNumber;
    }

    public ObjectProperty<LocalDate> dispatchDateProperty() {
        return dispatchDate;
    }

    /** True when the method is a parcel one, which needs a carrier and a tracking number. */
    public BooleanBinding parcelProperty() {
        return parcel;
    }

    public ReadOnlyStringProperty companyErrorProperty() {
        return companyError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty trackingErrorProperty() {
        return trackingError.getReadOnlyProperty();
    }

    /** What the row says next to it: its problems, "checking", or "" when ready. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when something entered is wrong (red), not just still missing. */
    public ReadOnlyBooleanProperty wrongProperty() {
        return wrong.getReadOnlyProperty();
    }

    /** True when the row may be sent as it is. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    public boolean isComplete() {
        return complete.get();
    }
}
