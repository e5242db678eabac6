package org.ccbench.scorecard.export;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.ccbench.base.Translations;
import org.junit.jupiter.api.Test;

/** The scorecard exports render the records they are given: no Spring, no services, no SQL, no Vaadin. */
class ScorecardExportStructureTest {

    private static final JavaClasses EXPORT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ccbench.scorecard.export");

    @Test
    void writersDependOnlyOnTheJdkPoiOpenPdfAndTheScorecardRecords() {
        // and the portal's own texts (a plain resource bundle): peer groups, sectors and channels read as on the page
        classes().should().onlyDependOnClassesThat(resideInAnyPackage("java..", "org.apache.poi..",
                "org.openpdf..", "org.ccbench.scorecard", "org.ccbench.scorecard.export", "org.ccbench.scoring..",
                "org.ccbench.survey.export").or(equivalentTo(Translations.class)))
                .check(EXPORT);
    }

    @Test
    void writersCallNoServiceOrRepository() {
        noClasses().should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAPackage("..internal..")
                .check(EXPORT);
    }
}
