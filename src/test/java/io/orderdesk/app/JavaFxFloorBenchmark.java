package io.orderdesk.app;

import io.orderdesk.ui.support.Theme;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * Not a test: what JavaFX itself needs on this machine before any window of ours can show rows, for comparison with
 * {@link MainWindowBenchmark}'s launch figure. In a fresh JVM it starts the toolkit and shows a bare window (the app's
 * theme, a toolbar, and one table of 14 text columns and 100 rows, none of our code) and prints the time from
 * toolkit start until its rows are painted. Run it like the other benchmark, in a JVM of its own each time:
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp ... io.orderdesk.app.JavaFxFloorBenchmark}
 */
public final class JavaFxFloorBenchmark {

    private static final int COLUMNS = 14;
    private static final int ROWS = 100;

    private JavaFxFloorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long launched = System.nanoTime();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        long toolkit = System.nanoTime();
        CompletableFuture<Long> painted = new CompletableFuture<>();
        Platform.runLater(() -> {
            Theme.install();
            Stage stage = new Stage();
            stage.setScene(new Scene(new BorderPane(table(), new ToolBar(new Button("발주 확인"), new TextField(),
                    new ComboBox<String>()), null, null, null), 1260, 780));
            stage.show();
            // The rows are painted by the pulse after the one that laid them out.
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 2) {
                        stop();
                        painted.complete(System.nanoTime());
                    }
                }
            }.start();
        });
        long done = painted.get(60, TimeUnit.SECONDS);
        System.out.printf("bare JavaFX window (theme, toolbar, %d x %d table) to rows painted: %.2f s from toolkit"
                + " start (toolkit itself %.2f s)%n", COLUMNS, ROWS, (done - launched) / 1e9, (toolkit - launched) / 1e9);
        System.exit(0);
    }

    private static TableView<String[]> table() {
        TableView<String[]> table = new TableView<>();
        for (int c = 0; c < COLUMNS; c++) {
            int column = c;
            TableColumn<String[], String> header = new TableColumn<>("열 " + c);
            header.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue()[column]));
            table.getColumns().add(header);
        }
        for (int r = 0; r < ROWS; r++) {
            String[] row = new String[COLUMNS];
            for (int c = 0; c < COLUMNS; c++) {
                row[c] = "김민서 " + r + "-" + c;
            }
            table.getItems().add(row);
        }
        table.setFixedCellSize(30);
        return table;
    }
}
