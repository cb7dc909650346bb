package org.sendtracker.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * No two packages of this module depend on each other, directly or around a loop: every package is
 * its own slice (its sub-packages are slices of their own), so a cycle between any two fails. Only
 * this module's classes are read ({@code target/classes}), not its dependencies'.
 */
class PackageCyclesTest {

    private static final String ROOT = "org.sendtracker.http";

    @Test
    void packagesAreFreeOfCycles() {
        JavaClasses classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
        assertTrue(classes.size() > 0, "no classes found under target/classes");
        slices().assignedFrom(everyPackageUnder(ROOT)).should().beFreeOfCycles().check(classes);
    }

    private static SliceAssignment everyPackageUnder(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (name.equals(root)) {
                    return SliceIdentifier.of("(" + root + ")");
                }
                if (name.startsWith(root + ".")) {
                    return SliceIdentifier.of(name.substring(root.length() + 1));
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "every package under " + root;
            }
        };
    }
}
