package io.orderdesk.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class AboutViewModelTest {

    private final AboutFacts facts = new AboutFacts("0.1.0", Path.of("/home/kim/.local/share/order-desk"),
            Path.of("/home/kim/.local/share/order-desk/logs"), "17.0.15+6");

    @Test
    void showsTheVersionAndBothFolders() {
        AboutViewModel viewModel = new AboutViewModel(facts, bundle(Locale.KOREAN));

        assertThat(viewModel.headingProperty().get()).isEqualTo("Order Desk 0.1.0");
        assertThat(viewModel.dataFolderProperty().get()).isEqualTo(Path.of("/home/kim/.local/share/order-desk")
                .toString());
        assertThat(viewModel.logFolderProperty().get()).endsWith("logs");
        assertThat(viewModel.runtimeProperty().get()).isEqualTo("17.0.15+6");
        assertThat(viewModel.statusProperty().get()).isEmpty();
    }

    @Test
    void copiesEveryFactLabelledInTheUsersLanguage() {
        AboutViewModel viewModel = new AboutViewModel(facts, bundle(Locale.ENGLISH));
        List<String> copied = new ArrayList<>();
        viewModel.useClipboard(copied::add);

        viewModel.copyCommand().execute();

        assertThat(copied).hasSize(1);
        assertThat(copied.get(0).split("\n")).containsExactly(
                "Order Desk 0.1.0",
                "Data folder: " + facts.dataFolder(),
                "Log folder: " + facts.logFolder(),
                "Java runtime: 17.0.15+6");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Version and folder locations copied.");
        assertThat(viewModel.copyCommand().isExecutable()).as("can copy again").isTrue();
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("io.orderdesk.ui.messages", locale);
    }
}
