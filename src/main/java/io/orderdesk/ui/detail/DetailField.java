package io.orderdesk.ui.detail;

/**
 * One label and value of the detail pane.
 *
 * @param flagged the value needs the user's attention (a changed address, a wrong tracking number, a hold)
 */
public record DetailField(String label, String value, boolean flagged) {
}
