package io.orderdesk.ui.actions;

import io.orderdesk.ui.support.Fxml;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.scene.Parent;

/** Loads the view of a form: its FXML with the controller made for that form. */
final class FormViews {

    /** A loaded form view and its controller. */
    record Loaded(Parent root, FormView view) {
    }

    /** What each form view controller offers the dialog. */
    interface FormView {
        /** Puts the cursor where the user starts typing; called once the window shows the form. */
        void focusFirst();
    }

    private FormViews() {
    }

    /** The form's view, or null for forms without fields. */
    static Loaded load(ActionForm form, Runnable send, ResourceBundle bundle) {
        if (form instanceof DispatchFormViewModel dispatch) {
            return load("DispatchFormView.fxml", bundle, b -> new DispatchFormView(dispatch, send, b));
        }
        if (form instanceof DelayFormViewModel delay) {
            return load("DelayFormView.fxml", bundle, b -> new DelayFormView(delay, send));
        }
        if (form instanceof CancelFormViewModel cancel) {
            return load("CancelFormView.fxml", bundle, b -> new CancelFormView(cancel, send));
        }
        if (form instanceof ReturnRequestFormViewModel returnRequest) {
            return load("ReturnRequestFormView.fxml", bundle, b -> new ReturnRequestFormView(returnRequest, send));
        }
        if (form instanceof RejectFormViewModel reject) {
            return load("RejectFormView.fxml", bundle, b -> new RejectFormView(reject, send));
        }
        if (form instanceof HoldbackFormViewModel holdback) {
            return load("HoldbackFormView.fxml", bundle, b -> new HoldbackFormView(holdback, send));
        }
        return null;
    }

    private static Loaded load(String file, ResourceBundle bundle, Function<ResourceBundle, FormView> controller) {
        FormView view = controller.apply(bundle);
        return new Loaded(Fxml.load(FormViews.class, file, bundle, () -> view).root(), view);
    }
}
