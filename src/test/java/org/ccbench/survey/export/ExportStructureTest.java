package org.ccbench.survey.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.ccbench.base.Translations;
import org.ccbench.base.format.Numbers;
import org.junit.jupiter.api.Test;

/** The export writers render records they are given: no Spring, no services, no SQL, no Vaadin. */
class ExportStructureTest {

    private static final JavaClasses EXPORT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ccbench.survey.export");

    @Test
    void writersDependOnlyOnTheJdkPoiAndTheResultRecords() {
        // the page's words and number notation (issue 17: verdicts as the results page writes them) are plain JDK code
        classes().should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java..",
                        "org.apache.poi..", "org.ccbench.survey", "org.ccbench.survey.export", "org.ccbench.template",
                        "org.ccbench.scoring.survey..", "org.ccbench.scoring.peer")
                .or(JavaClass.Predicates.equivalentTo(Translations.class))
                .or(JavaClass.Predicates.equivalentTo(Numbers.class)))
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
