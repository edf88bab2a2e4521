package dev.ollass.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The shared rules reject what they name, and let plain Java through. */
class ArchitectureRulesTest {

    private static final String FIXTURES = "dev.ollass.architecture.fixture";

    @Test
    void rejectsAPurePackageThatUsesJdbc() {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + ".jdbc");

        assertThatThrownBy(() -> ArchitectureRules.pureDomainPackagesDependOnNoFramework.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReadsRows")
                .hasMessageContaining("java.sql.Connection");
    }

    @Test
    void rejectsAPurePackageThatReachesJdbcThroughAnotherPackage() {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + ".transitive");

        assertThatThrownBy(() -> ArchitectureRules.pureDomainPackagesDependOnNoFramework.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CountsRows")
                .hasMessageContaining("RowSource")
                .hasMessageContaining("java.sql.Connection");
    }

    @Test
    void letsAPurePackageUseTheJdk() {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + ".clean");

        assertThatCode(() -> ArchitectureRules.pureDomainPackagesDependOnNoFramework.check(classes))
                .doesNotThrowAnyException();
    }

    @Test
    void leavesPackagesWithoutTheMarkerAlone() {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + ".transitive.adapter");

        assertThatCode(() -> ArchitectureRules.pureDomainPackagesDependOnNoFramework.check(classes))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsACycleBetweenTwoPackages() {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + ".cycle");

        assertThatThrownBy(() -> ArchitectureRules.packagesAreFreeOfCycles.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("fixture.cycle.a")
                .hasMessageContaining("fixture.cycle.b");
    }

    @Test
    void acceptsPackagesThatDependOneWay() {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + ".transitive");

        assertThatCode(() -> ArchitectureRules.packagesAreFreeOfCycles.check(classes))
                .doesNotThrowAnyException();
    }
}
