package dev.ollass.ingestor.yahoo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Parsing a source's response is a pure function: no Spring, no Kafka, no I/O of its own. */
@AnalyzeClasses(packages = "dev.ollass.ingestor.yahoo", importOptions = ImportOption.DoNotIncludeTests.class)
class YahooParsingIsPureTest {

    @ArchTest
    static final ArchRule parsingIsFrameworkFree = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "java.net..", "java.nio.file..");
}
