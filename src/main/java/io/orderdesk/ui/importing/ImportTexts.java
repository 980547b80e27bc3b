package io.orderdesk.ui.importing;

import io.orderdesk.transfer.PreviewClass;
import io.orderdesk.transfer.PreviewRow;
import io.orderdesk.transfer.SheetReader;
import io.orderdesk.transfer.TransferException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The import screen's words, all from the bundle ({@code import.*}). */
final class ImportTexts {

    private final ResourceBundle bundle;

    ImportTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    String get(String key, Object... args) {
        String text = bundle.getString("import." + key);
        return args.length == 0 ? text : MessageFormat.format(text, args);
    }

    String kind(PreviewClass kind) {
        return get("kind." + kind.name());
    }

    String failure(Throwable failure) {
        if (failure instanceof TransferException transfer) {
            return get("error." + transfer.reason().name(), String.format("%,d", SheetReader.MAX_ROWS));
        }
        return get("error.UNREADABLE");
    }

    PreviewItem item(PreviewRow row) {
        String carrier = row.carrier() == null ? row.carrierText() : row.carrier().label();
        String note = row.numberProblem() != null ? get("problem." + row.numberProblem().name())
                : row.kind() == PreviewClass.MATCHED ? "" : get("note." + row.kind().name());
        return new PreviewItem(row.rowNumber(), row.productOrderId(), carrier, row.trackingNumber(), row.kind(),
                kind(row.kind()), note);
    }
}
