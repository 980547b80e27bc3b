package io.orderdesk.ui.actionlog;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the action log asks of the person at the screen, so the view model stays display-free: the view shows real
 * dialogs, tests answer directly.
 */
public interface ActionLogDialogs {

    /** Answers every question with "no". */
    ActionLogDialogs NONE = new ActionLogDialogs() {
        @Override
        public boolean confirmResend(ResendForm form) {
            return false;
        }

        @Override
        public Optional<Path> chooseAuditFile(String suggestedName) {
            return Optional.empty();
        }

        @Override
        public void copy(String text) {
        }
    };

    /** Shows the lines about to be sent again, lets carrier and tracking be corrected, true when confirmed. */
    boolean confirmResend(ResendForm form);

    /** Where to save the audit log CSV, or empty when cancelled. */
    Optional<Path> chooseAuditFile(String suggestedName);

    /** Puts text on the clipboard. */
    void copy(String text);
}
