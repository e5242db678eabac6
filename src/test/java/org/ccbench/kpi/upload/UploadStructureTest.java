package org.ccbench.kpi.upload;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The upload building blocks are plain Java with POI and Commons CSV: no Spring, jOOQ, Vaadin or other features. */
class UploadStructureTest {

    private static final JavaClasses UPLOAD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ccbench.kpi.upload");

    @Test
    void dependsOnlyOnTheJdkPoiAndCommonsCsv() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.xml..", "org.xml.sax..",
                "org.apache.poi..", "org.apache.commons.csv..", "org.ccbench.kpi.upload")
                .check(UPLOAD);
    }
}
