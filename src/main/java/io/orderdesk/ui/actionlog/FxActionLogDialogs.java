package io.orderdesk.ui.actionlog;

import io.orderdesk.ui.support.Windows;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs of the action log: the resend dialog, a save-file chooser and the system clipboard. */
final class FxActionLogDialogs implements ActionLogDialogs {

    private final Window owner;
    private final ResourceBundle bundle;

    FxActionLogDialogs(Window owner, ResourceBundle bundle) {
        this.owner = owner;
        this.bundle = bundle;
    }

    @Override
    public boolean confirmResend(ResendForm form) {
        return ResendDialog.create(owner, form, bundle).showAndWait().filter(ResendDialog.SEND::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseAuditFile(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("actionlog.export.title"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(bundle.getString("actionlog.export.filter"), "*.csv"));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public void copy(String text) {
        Windows.copyToClipboard(text);
    }
}
