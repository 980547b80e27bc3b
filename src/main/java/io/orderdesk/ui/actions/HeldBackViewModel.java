package io.orderdesk.ui.actions;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.ui.orders.Formats;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dispatch lines held back just before sending (state {@link ActionLineState#SKIPPED}), for the notice the main
 * window shows when that happens after the dispatch dialog was closed.
 */
public final class HeldBackViewModel {

    private final ObservableList<ResultRow> rows;
    private final String heading;

    /** @param productNames product names by product order id, where known */
    public HeldBackViewModel(List<LineResult> lines, Map<String, String> productNames, Formats formats) {
        ResultRows maker = new ResultRows(formats);
        maker.names(productNames);
        this.rows = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(lines.stream()
                .filter(line -> line.state() == ActionLineState.SKIPPED).map(maker::row).toList()));
        this.heading = formats.text("actions.results.skippedDispatch", rows.size());
    }

    public ObservableList<ResultRow> rows() {
        return rows;
    }

    /** "다음 N건은 발송에서 제외됨". */
    public String heading() {
        return heading;
    }
}
