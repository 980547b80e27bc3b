package io.orderdesk.ui.importing;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** How "파일 선택…" gets the spreadsheet: the system's open dialog, or (in tests, which have none) a given file. */
@FunctionalInterface
public interface SheetChooser {

    /** The chosen file, or empty when the user cancelled. Called on the FX thread. */
    Optional<Path> choose(Window owner);

    /** The system's open dialog, showing spreadsheets and CSV files. */
    static SheetChooser desktop(ResourceBundle bundle) {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(bundle.getString("import.chooser.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    bundle.getString("import.chooser.filter"), "*.xlsx", "*.xls", "*.csv", "*.txt"));
            File file = chooser.showOpenDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}
