package io.orderdesk.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.transfer.TransferException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every import error reads whole in both languages (they pass through MessageFormat, which eats lone quotes). */
class ImportTextsTest {

    @ParameterizedTest
    @EnumSource(TransferException.Reason.class)
    void everyFileErrorKeepsItsApostrophesAndFillsItsNumber(TransferException.Reason reason) {
        for (Locale locale : new Locale[] {Locale.KOREAN, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("io.orderdesk.ui.messages", locale);
            String raw = bundle.getString("import.error." + reason.name()).replace("''", "'");

            String shown = new ImportTexts(bundle).failure(new TransferException(reason, "test"));

            assertThat(shown).doesNotContain("{0}");
            if (!raw.contains("{0}")) {
                assertThat(shown).as("%s %s", locale, reason).isEqualTo(raw);
            }
        }
    }
}
