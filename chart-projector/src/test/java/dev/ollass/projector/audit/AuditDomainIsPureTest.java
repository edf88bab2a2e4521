package dev.ollass.projector.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The completeness rules and the trading calendar know nothing of Spring, Kafka or SQL. */
@AnalyzeClasses(packages = "dev.ollass.projector.audit", importOptions = ImportOption.DoNotIncludeTests.class)
class AuditDomainIsPureTest {

    @ArchTest
    static final ArchRule completenessRulesAreFrameworkFree = noClasses()
            .that()
            .haveSimpleNameStartingWith("CompletenessAudit")
            .or()
            .haveSimpleNameStartingWith("TradingCalendar")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "java.sql..", "javax.sql..");
}
