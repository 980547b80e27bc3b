package io.orderdesk.ui.detail;

import io.orderdesk.domain.OrderDetail;
import io.orderdesk.ui.orders.Formats;
import io.orderdesk.ui.support.UiExecutor;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail pane: the selected line's cards and local history, loaded in the background. A newer selection wins
 * over an answer still on its way. When a line cannot be shown the pane says so in words instead of showing cards.
 */
public final class OrderDetailViewModel {

    private final OrderDetails details;
    private final UiExecutor executor;
    private final Formats formats;
    private final DetailSections sections;
    private final TimelineEntries timeline;
    private final ReadOnlyStringWrapper productOrderId = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final ObservableList<DetailSection> cards = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> history = FXCollections.observableArrayList();
    // One read-only view each, kept: a wrapper made per call would be collected along with the listeners on it.
    private final ObservableList<DetailSection> cardsView = FXCollections.unmodifiableObservableList(cards);
    private final ObservableList<TimelineEntry> historyView = FXCollections.unmodifiableObservableList(history);
    private int generation;

    public OrderDetailViewModel(OrderDetails details, UiExecutor executor, Formats formats) {
        this.details = details;
        this.executor = executor;
        this.formats = formats;
        this.sections = new DetailSections(formats);
        this.timeline = new TimelineEntries(formats);
        message.set(formats.text("detail.empty"));
    }

    /** Shows this line; nothing happens when it is already shown. */
    public void show(String id) {
        if (id != null && id.equals(productOrderId.get())) {
            return;
        }
        load(id);
    }

    /** Reads the shown line again, e.g. after a sync changed it. */
    public void reload() {
        if (productOrderId.get() != null) {
            load(productOrderId.get());
        }
    }

    private void load(String id) {
        int run = ++generation;
        productOrderId.set(id);
        if (id == null) {
            clear(formats.text("detail.empty"));
            return;
        }
        loading.set(true);
        executor.submit(() -> details.load(id), detail -> {
            if (run == generation) {
                loading.set(false);
                display(detail);
            }
        }, error -> {
            if (run == generation) {
                loading.set(false);
                clear(formats.text("detail.failed"));
            }
        });
    }

    private void display(OrderDetail detail) {
        history.setAll(timeline.of(detail.history()));
        if (!detail.readable()) {
            cards.clear();
            title.set(detail.productOrderId());
            subtitle.set(null);
            message.set(formats.text(detail.problem() == OrderDetail.Problem.NOT_FOUND
                    ? "detail.notFound" : "detail.unreadable"));
            showing.set(false);
            return;
        }
        List<DetailSection> built = sections.of(detail);
        cards.setAll(built);
        title.set(detail.line() == null ? detail.productOrderId() : detail.line().productName());
        subtitle.set(formats.text("detail.subtitle", detail.productOrderId(), detail.line() == null
                || detail.line().status() == null ? "" : formats.status(detail.line().status().raw())));
        message.set(null);
        showing.set(true);
    }

    private void clear(String text) {
        cards.clear();
        history.clear();
        title.set(null);
        subtitle.set(null);
        message.set(text);
        showing.set(false);
    }

    /** The card with this id, if shown. */
    public DetailSection card(String id) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    public ReadOnlyStringProperty productOrderIdProperty() {
        return productOrderId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** A sentence instead of cards (nothing selected, not found, unreadable), or {@code null}. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while cards are shown. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ObservableList<DetailSection> cards() {
        return cardsView;
    }

    public ObservableList<TimelineEntry> history() {
        return historyView;
    }
}
