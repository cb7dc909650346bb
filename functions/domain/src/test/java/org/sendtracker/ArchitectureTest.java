package org.sendtracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.sendtracker.shared.Result;

/**
 * The domain module stays framework-free and points inward (docs/architecture.md, "Dependencies
 * point inwards"): adapters depend on it, never the reverse.
 */
@AnalyzeClasses(packages = "org.sendtracker", importOptions = ArchitectureTest.DomainOnly.class)
class ArchitectureTest {

    /**
     * The classes this module builds, and nothing else on its test classpath: not its tests, and
     * not test-support's classes (the same {@code org.sendtracker} packages, free to read files),
     * which arrive as a jar under {@code mvn verify} but as a folder of classes under {@code mvn
     * test -am}, where excluding jars would not leave them out.
     */
    static final class DomainOnly implements ImportOption {

        private static final String DOMAIN_CLASSES =
                Result.class.getProtectionDomain().getCodeSource().getLocation().toString();

        @Override
        public boolean includes(Location location) {
            return location.asURI().toString().startsWith(DOMAIN_CLASSES);
        }
    }

    private static final String[] PURE_PACKAGES = {
        "org.sendtracker..model..",
        "org.sendtracker.calendar..",
        "org.sendtracker.rules..",
        "org.sendtracker.shared.."
    };

    @ArchTest
    static final ArchRule domain_dependsOnNoFrameworkOrCloudSdk =
            noClasses()
                    .that()
                    .resideInAPackage("org.sendtracker..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("io.micronaut..", "software.amazon..", "com.amazonaws..")
                    .because(
                            "the domain module has no Micronaut and no AWS SDK; adapters depend on it, not the reverse");

    /**
     * The domain reads no JSON and no files: requests arrive as typed values, and the rule book is
     * built from rules the infrastructure has read ({@code RuleBookFiles}).
     */
    @ArchTest
    static final ArchRule domain_readsNoJsonAndNoFiles =
            noClasses()
                    .that()
                    .resideInAPackage("org.sendtracker..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("com.fasterxml.jackson..", "java.nio.file..")
                    .because(
                            "parsing JSON and reading files are the infrastructure's; the domain gets values");

    @ArchTest
    static final ArchRule models_doNotDependOnApplicationServices =
            noClasses()
                    .that()
                    .resideInAPackage("org.sendtracker..model..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.sendtracker..application..")
                    .because("application services use the model, never the reverse");

    @ArchTest
    static final ArchRule calendarRulesAndShared_doNotDependOnApplicationServices =
            noClasses()
                    .that()
                    .resideInAnyPackage(
                            "org.sendtracker.calendar..",
                            "org.sendtracker.rules..",
                            "org.sendtracker.shared..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.sendtracker..application..");

    @ArchTest
    static final ArchRule model_takesTimeFromOutside =
            noClasses()
                    .that()
                    .resideInAnyPackage(PURE_PACKAGES)
                    .should()
                    .callMethod(Instant.class, "now")
                    .orShould()
                    .callMethod(LocalDate.class, "now")
                    .orShould()
                    .callMethod(LocalDateTime.class, "now")
                    .orShould()
                    .callMethod(ZonedDateTime.class, "now")
                    .orShould()
                    .callMethod(Clock.class, "systemUTC")
                    .orShould()
                    .callMethod(Clock.class, "systemDefaultZone")
                    .orShould()
                    .callMethod(System.class, "currentTimeMillis")
                    .because(
                            "time comes in from outside (EventContext, a Clock), so tests and the local runner control it");

    /**
     * The one library the model leans on for a rule it must not get wrong by hand, as the calendar
     * leans on Jollyday: Jakarta Mail parses an address (RFC 5322) in {@code EmailAddress}; nothing
     * in the domain uses it for anything else (sending is the SES adapter's).
     */
    @ArchTest
    static final ArchRule mailLibrary_onlyParsesEmailAddresses =
            noClasses()
                    .that()
                    .doNotHaveFullyQualifiedName("org.sendtracker.area.model.EmailAddress")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("jakarta.mail..", "org.eclipse.angus..")
                    .because(
                            "the domain uses Jakarta Mail to parse a contact's address, nothing else");

    @ArchTest
    static final ArchRule packages_formNoCycles =
            slices().matching("org.sendtracker.(**)")
                    .should()
                    .beFreeOfCycles()
                    .because(
                            "each package can then be read, tested and changed from the bottom up");

    @ArchTest
    static final ArchRule model_readsNoEnvironment =
            noClasses()
                    .that()
                    .resideInAnyPackage(PURE_PACKAGES)
                    .should()
                    .callMethod(System.class, "getenv", String.class)
                    .orShould()
                    .callMethod(System.class, "getenv");
}
