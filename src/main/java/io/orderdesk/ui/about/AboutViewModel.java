package io.orderdesk.ui.about;

import io.orderdesk.ui.support.Command;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The About box: the version, the data folder and the log folder, and one command that copies all of it as text
 * for a support request.
 */
public final class AboutViewModel {

    private final ResourceBundle bundle;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper dataFolder = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper logFolder = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper runtime = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Command copy;
    private Consumer<String> clipboard = text -> { };

    public AboutViewModel(AboutFacts facts, ResourceBundle bundle) {
        this.bundle = bundle;
        heading.set(MessageFormat.format(bundle.getString("about.heading"), facts.version()));
        dataFolder.set(facts.dataFolder().toString());
        logFolder.set(facts.logFolder().toString());
        runtime.set(facts.runtime());
        this.copy = Command.always(done -> {
            clipboard.accept(supportText());
            status.set(bundle.getString("about.copied"));
            done.run();
        });
    }

    /** Where the copy command puts its text; the view passes the system clipboard. */
    public void useClipboard(Consumer<String> sink) {
        this.clipboard = sink;
    }

    /** Everything shown, one fact a line, labelled in the user's language. */
    public String supportText() {
        return String.join("\n",
                heading.get(),
                bundle.getString("about.dataFolder") + ": " + dataFolder.get(),
                bundle.getString("about.logFolder") + ": " + logFolder.get(),
                bundle.getString("about.runtime") + ": " + runtime.get());
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataFolderProperty() {
        return dataFolder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty logFolderProperty() {
        return logFolder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty runtimeProperty() {
        return runtime.getReadOnlyProperty();
    }

    /** Feedback after copying. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Command copyCommand() {
        return copy;
    }
}
