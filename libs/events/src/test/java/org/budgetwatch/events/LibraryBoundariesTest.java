package org.budgetwatch.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The event mapping is plain Java over Avro: services, tools and benchmarks all map through it, without Spring or Kafka. */
@AnalyzeClasses(packages = "org.budgetwatch.events", importOptions = ImportOption.DoNotIncludeTests.class)
class LibraryBoundariesTest {

    @ArchTest
    static final ArchRule noSpringOrKafka = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..");
}
