package org.budgetwatch.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The validation library is plain Java: the services wrap it, the CLI calls it, neither leaks into it. */
@AnalyzeClasses(packages = "org.budgetwatch.validation", importOptions = ImportOption.DoNotIncludeTests.class)
class LibraryBoundariesTest {

    @ArchTest
    static final ArchRule noSpringOrKafka = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "org.apache.avro..", "org.budgetwatch.contracts..");
}
