package org.sendtracker.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtracker.architecture.fixture.model.StringKeyedModel;

/**
 * No {@code Map<String, …>} in a signature of the domain's {@code model} packages
 * (docs/architecture.md, "Requests are read once"): a string-keyed map in the model is a request or
 * a wire format the model would have to interpret. Typed values take their place.
 */
class ModelSignaturesTest {

    private static final String MODEL_PACKAGE = "org\\.sendtracker\\..*\\.model(\\..*)?";

    @Test
    void modelSignaturesMentionNoStringKeyedMap() {
        List<Class<?>> models =
                new ClassFileImporter()
                        .importPath(Path.of("target", "classes")).stream()
                                .filter(c -> c.getPackageName().matches(MODEL_PACKAGE))
                                .<Class<?>>map(JavaClass::reflect)
                                .toList();

        assertThat(models).as("the model classes read").hasSizeGreaterThan(50);
        assertThat(models.stream().flatMap(c -> StringKeyedMaps.in(c).stream()).toList())
                .as("Map<String, …> in model signatures")
                .isEmpty();
    }

    @Test
    void theCheckFlagsEachWayAStringKeyedMapReachesASignature() {
        assertThat(StringKeyedMaps.in(StringKeyedModel.class))
                .containsExactlyInAnyOrder(
                        StringKeyedModel.class.getName()
                                + ": field fields java.util.Map<java.lang.String, java.lang.Object>",
                        StringKeyedModel.class.getName()
                                + ": constructor parameter 1 java.util.Map<java.lang.String, ?>",
                        StringKeyedModel.class.getName()
                                + ": nested returns java.util.Optional<java.util.List<java.util.Map<java.lang.String, java.lang.String>>>",
                        StringKeyedModel.class.getName() + ": bounded parameter 1 T");
        assertThat(StringKeyedMaps.in(StringKeyedModel.Tags.class))
                .contains(
                        StringKeyedModel.Tags.class.getName()
                                + ": component values java.util.Map<java.lang.String, java.lang.String>");
    }
}
