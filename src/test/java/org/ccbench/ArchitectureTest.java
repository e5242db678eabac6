package org.ccbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.WebComponentExporter;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The house rules of ARCHITECTURE.md, checked on every build. */
@AnalyzeClasses(packages = "org.ccbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsDoNotUseJooq = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.ccbench.db..")
            .because("views call services; SQL lives in internal/ repositories");

    @ArchTest
    static final ArchRule sqlOnlyInInternalRepositories = noClasses()
            .that().resideOutsideOfPackages("..internal..", "org.ccbench.db..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.ccbench.db..")
            .because("only internal/ repositories run SQL");

    @ArchTest
    static final ArchRule scoringIsFrameworkFree = classes().that().resideInAPackage("org.ccbench.scoring..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.ccbench.scoring..", "java..",
                    "org.apache.commons.math3..")
            .because("the scoring core must stay testable without Spring, Vaadin, jOOQ or POI");

    @ArchTest
    static final ArchRule repositoriesAreInternal = classes().that().haveSimpleNameEndingWith("Repository")
            .should().resideInAPackage("..internal..");

    @ArchTest
    static final ArchRule servicesDoNotDependOnViews = noClasses()
            .that().haveSimpleNameEndingWith("Service").or().resideInAPackage("..internal..")
            .should().dependOnClassesThat().resideInAPackage("org.ccbench..ui..")
            .because("views depend on services, never the other way round");

    @ArchTest
    static final ArchRule vaadinFindsItsTypesInUiPackages = classes().that().areAnnotatedWith(Route.class)
            .or().areAnnotatedWith(RouteAlias.class).or().areAnnotatedWith(Layout.class)
            .or().areAssignableTo(HasErrorParameter.class).or().areAssignableTo(AppShellConfigurator.class)
            .or().areAssignableTo(WebComponentExporter.class)
            .should().resideInAPackage("org.ccbench..ui..")
            .because("Vaadin scans only the ui packages at start-up (base.ui.ViewScanning)");
}
