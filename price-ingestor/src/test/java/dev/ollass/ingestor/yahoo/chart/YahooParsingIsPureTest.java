package dev.ollass.ingestor.yahoo.chart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Turning a chart into ticks is a pure function: no Spring, no Kafka, no JSON library, no I/O of
 * its own, and no way back to the JSON adapter that feeds it.
 */
@AnalyzeClasses(packages = "dev.ollass.ingestor.yahoo.chart", importOptions = ImportOption.DoNotIncludeTests.class)
class YahooParsingIsPureTest {

    @ArchTest
    static final ArchRule chartReadingIsFrameworkFree = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.apache.kafka..",
                    "tools.jackson..",
                    "com.fasterxml.jackson..",
                    "java.sql..",
                    "java.net..",
                    "java.nio.file..",
                    "dev.ollass.contracts.topic..",
                    "dev.ollass.ingestor.yahoo");
}
