package io.orderdesk.ui.printing;

import java.nio.file.Path;
import java.util.Optional;

/** What the preview asks of the desktop: a file to save into and the system print dialog. The view implements it. */
public interface PrintTarget {

    /** How a print request ended. */
    enum Result { PRINTED, CANCELLED, NO_PRINTER }

    /** Asks where to save the PDF; empty when the user cancels. */
    Optional<Path> choosePdfFile(String suggestedName);

    /**
     * Shows the system print dialog and prints the pages of {@code pdf}.
     *
     * @throws Exception when the printer fails part way
     */
    Result print(byte[] pdf, int pages) throws Exception;
}
