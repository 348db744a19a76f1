package io.itplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers of DESIGN §7: arrows only point down, and the core never touches JavaFX. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.itplan");

    @Test
    void coreDoesNotDependOnJavaFx() {
        noClasses()
                .that()
                .resideInAPackage("io.itplan.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void coreDoesNotDependOnTheLayersAboveIt() {
        noClasses()
                .that()
                .resideInAPackage("io.itplan.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.itplan.app..", "io.itplan.cli..", "io.itplan.ui..")
                .check(CLASSES);
    }

    @Test
    void useCasesDoNotDependOnFrontEnds() {
        noClasses()
                .that()
                .resideInAPackage("io.itplan.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.itplan.cli..", "io.itplan.ui..", "javafx..")
                .check(CLASSES);
    }

    @Test
    void commandLineDoesNotDependOnJavaFx() {
        noClasses()
                .that()
                .resideInAPackage("io.itplan.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "io.itplan.ui..")
                .check(CLASSES);
    }

    @Test
    void desktopPackagesFormNoCycle() {
        slices().matching("io.itplan.(ui..)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyTheAppItselfLivesAtTheTopOfTheDesktopPackages() {
        noClasses()
                .that()
                .resideInAPackage("io.itplan.ui.(*)..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.itplan.ui")
                .check(CLASSES);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void theRefereeIsIndependentOfTheStrategies() {
        // the plan checker and the plan producer live in core.plan; strategies only choose the steps
        noClasses()
                .that()
                .resideInAPackage("io.itplan.core.plan..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.itplan.core.strategy..", "io.itplan.core.cycles..")
                .check(CLASSES);
    }

    @Test
    void frontEndsRunAndExportPlansOnlyThroughTheUseCases() {
        // one implementation per use case: app.RunPlan and app.ExportPlan are the only way in
        noClasses()
                .that()
                .resideInAnyPackage("io.itplan.cli..", "io.itplan.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.itplan.core.export..", "io.itplan.core.runner..")
                .check(CLASSES);
    }

    @Test
    void noPackagesFormACycle() {
        slices().matching("io.itplan.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void frontEndsWriteFilesOnlyThroughTheUseCases() {
        // saving a graph, a plan, a picture or a report: app.SaveGraph, SavePlan, ExportPicture, ExportPlan
        noClasses()
                .that()
                .resideInAnyPackage("io.itplan.cli..", "io.itplan.ui..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.itplan.core.format.AtomicFiles")
                .orShould()
                .callMethod(
                        "io.itplan.core.format.GraphFiles",
                        "write",
                        "io.itplan.core.graph.DependencyGraph",
                        "java.nio.file.Path")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAnyPackage("io.itplan.cli..", "io.itplan.ui..")
                .should()
                .callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                        com.tngtech.archunit.base.DescribedPredicate.describe(
                                                "PlanFiles",
                                                (com.tngtech.archunit.core.domain.JavaClass c) ->
                                                        c.getName().equals("io.itplan.core.format.PlanFiles"))))
                        .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("write"))))
                .check(CLASSES);
    }
}
