package org.budgetwatch.readmodel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The read model is plain Java and Lucene: the projection service binds it to Kafka and HTTP, benchmarks drive it directly. */
@AnalyzeClasses(packages = "org.budgetwatch.readmodel", importOptions = ImportOption.DoNotIncludeTests.class)
class LibraryBoundariesTest {

    @ArchTest
    static final ArchRule noSpringOrKafka = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..");
}
