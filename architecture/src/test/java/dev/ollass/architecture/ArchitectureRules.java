package dev.ollass.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules of every module, written once. A module checks them with a test class
 * that imports all of Ollass's classes on its class path, so that a dependency is followed through
 * the other modules' classes too:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "dev.ollass", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests ollassRules = ArchTests.in(ArchitectureRules.class);
 * }
 * }</pre>
 */
public final class ArchitectureRules {

    /** What a pure domain package must not reach, directly or through any other class. */
    static final String[] FRAMEWORK_PACKAGES = {
        "org.springframework..",
        "org.apache.kafka..",
        "java.sql..",
        "javax.sql..",
        "io.lettuce..",
        "redis.clients..",
        "tools.jackson.databind..",
        "com.fasterxml.jackson.databind.."
    };

    static final DescribedPredicate<JavaClass> IN_A_PURE_DOMAIN_PACKAGE = DescribedPredicate.describe(
            "reside in a package annotated with @" + PureDomain.class.getSimpleName(),
            javaClass -> javaClass.getPackage().isAnnotatedWith(PureDomain.class));

    /**
     * Domain rules are plain Java, so they can be read, tested and mutated without a framework.
     * Decided by the package's {@link PureDomain} marker, not by class names; followed transitively.
     * A module without pure packages passes.
     */
    @ArchTest
    public static final ArchRule pureDomainPackagesDependOnNoFramework = noClasses()
            .that(IN_A_PURE_DOMAIN_PACKAGE)
            .should()
            .transitivelyDependOnClassesThat()
            .resideInAnyPackage(FRAMEWORK_PACKAGES)
            .because("a @PureDomain package holds domain rules only; frameworks stay in its adapters")
            .allowEmptyShould(true);

    /** Each package is a slice; a cycle between two packages means they are one feature, or tangled. */
    @ArchTest
    public static final ArchRule packagesAreFreeOfCycles =
            slices().matching("dev.ollass.(**)").should().beFreeOfCycles().allowEmptyShould(true);

    private ArchitectureRules() {}
}
