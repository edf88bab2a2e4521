package dev.ollass.load;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.ollass.architecture.ArchitectureRules;

/** The project's architecture rules, checked on this module with everything of Ollass it can reach. */
@AnalyzeClasses(packages = "dev.ollass", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests ollassRules = ArchTests.in(ArchitectureRules.class);
}
