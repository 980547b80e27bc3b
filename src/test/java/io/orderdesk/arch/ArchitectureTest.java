package io.orderdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of DESIGN.md, enforced so nobody has to remember them. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // also when built into another directory (-Dod.build.dir=target-x), which the predefined one misses
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("io.orderdesk");
    }

    @Test
    void domainDependsOnNothingOfOursAndNoFrameworks() {
        noClasses().that().resideInAPackage("io.orderdesk.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "com.squareup..", "retrofit2..", "okhttp3..", "java.sql..", "javax.sql..",
                        "org.h2..", "org.flywaydb..",
                        "io.orderdesk.api..", "io.orderdesk.store..", "io.orderdesk.sync..",
                        "io.orderdesk.actions..", "io.orderdesk.ui..", "io.orderdesk.app..", "io.orderdesk.sandbox..")
                .check(classes);
    }

    @Test
    void apiImportsNoJavaFxAndNoUi() {
        noClasses().that().resideInAPackage("io.orderdesk.api..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.orderdesk.ui..")
                .check(classes);
    }

    @Test
    void sandboxSharesNothingWithTheClientOrTheStore() {
        noClasses().that().resideInAPackage("io.orderdesk.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.orderdesk.api..", "io.orderdesk.store..", "io.orderdesk.sync..",
                        "io.orderdesk.actions..", "io.orderdesk.ui..", "io.orderdesk.app..", "javafx..")
                .check(classes);
    }

    @Test
    void onlyTheCompositionRootAndTheUiTouchJavaFx() {
        noClasses().that().resideOutsideOfPackages("io.orderdesk.ui..", "io.orderdesk.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void theUiNeverCallsTheApiDirectly() {
        noClasses().that().resideInAPackage("io.orderdesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("io.orderdesk.api..", "retrofit2..", "okhttp3..")
                .check(classes);
    }

    @Test
    void viewModelsStayDisplayFree() {
        noClasses().that().resideInAPackage("io.orderdesk.ui..").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "javafx.fxml..", "javafx.embed..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void lowerLayersReportThroughListenersNotTheUi() {
        noClasses().that().resideInAnyPackage("io.orderdesk.api..", "io.orderdesk.store..", "io.orderdesk.sync..",
                        "io.orderdesk.actions..")
                .should().dependOnClassesThat().resideInAnyPackage("io.orderdesk.ui..", "io.orderdesk.app..")
                .check(classes);
    }

    @Test
    void theOutboxSitsAboveTheClientTheStoreAndTheSync() {
        noClasses().that().resideInAnyPackage("io.orderdesk.api..", "io.orderdesk.store..", "io.orderdesk.sync..")
                .should().dependOnClassesThat().resideInAPackage("io.orderdesk.actions..")
                .check(classes);
    }

    @Test
    void theOutboxImportsNoJavaFxAndNoUi() {
        noClasses().that().resideInAPackage("io.orderdesk.actions..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.orderdesk.ui..",
                        "io.orderdesk.app..")
                .check(classes);
    }

    @Test
    void spreadsheetTransferImportsNoJavaFxNoUiAndNoApp() {
        noClasses().that().resideInAPackage("io.orderdesk.transfer..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.orderdesk.ui..",
                        "io.orderdesk.app..")
                .check(classes);
    }

    @Test
    void printingWritesDocumentsWithoutJavaFxOrTheOtherLayers() {
        noClasses().that().resideInAPackage("io.orderdesk.printing..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.orderdesk.ui..",
                        "io.orderdesk.app..", "io.orderdesk.api..", "io.orderdesk.store..", "io.orderdesk.sync..",
                        "io.orderdesk.actions..")
                .check(classes);
    }

    @Test
    void theStoreKnowsNothingOfTheWireFormat() {
        noClasses().that().resideInAPackage("io.orderdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("io.orderdesk.api..", "io.orderdesk.sync..")
                .check(classes);
    }
}
