package org.sendtracker.testing;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Path;

/**
 * The rule every module holds (docs/architecture.md): no two of its packages depend on each other,
 * directly or around a loop. Every package is its own slice (its sub-packages are slices of their
 * own), so a cycle between any two fails. Only the module's own classes are read ({@code
 * target/classes}), not its dependencies'.
 */
public final class PackageCycles {

    private PackageCycles() {}

    /** Fails, naming the cycle, if the packages under {@code root} in this module form one. */
    public static void assertNone(String root) {
        JavaClasses classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
        if (classes.isEmpty()) {
            throw new AssertionError("no classes found under target/classes");
        }
        slices().assignedFrom(everyPackageUnder(root)).should().beFreeOfCycles().check(classes);
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
