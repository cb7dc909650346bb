package org.sendtracker.http.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.http.web.signin.SignInFlow;
import org.sendtracker.infrastructure.snapstart.Priming;
import org.sendtracker.infrastructure.snapstart.Secrets;

/**
 * What a SnapStart snapshot could share between environments (docs/performance.md, "SnapStart
 * uniqueness"): the HTTP function's code (its own classes, the infrastructure's and the domain's)
 * keeps no random generator, seeded or not, in a field, and only {@link Secrets}, which makes one
 * per secret, names {@code SecureRandom} at all; so no singleton built before a snapshot (at init
 * or by priming) can hold one. The token endpoint's HTTP client is built on the first exchange
 * ({@link PrimingTest} checks priming leaves it unbuilt).
 */
class SnapStartUniquenessTest {

    /**
     * Where the HTTP function's code is compiled to: this module, the infrastructure, the domain.
     */
    private static final List<Class<?>> MODULES =
            List.of(SignInFlow.class, Priming.class, AccessService.class);

    @Test
    void noClassOfTheFunction_keepsARandomGeneratorOrAnHttpClientInAField() {
        TreeSet<String> holders = new TreeSet<>();
        for (String file : classFiles().keySet()) {
            Class<?> type = load(file);
            Field[] fields;
            try {
                fields = type.getDeclaredFields();
            } catch (LinkageError notInThisFunction) {
                // It names a library this function's jar leaves out (SES's mailer and Tick's
                // priming): it cannot run here.
                continue;
            }
            for (Field field : fields) {
                if (Random.class.isAssignableFrom(field.getType())
                        || HttpClient.class.isAssignableFrom(field.getType())
                                && !type.equals(SignInFlow.class)) {
                    holders.add(type.getName() + "." + field.getName());
                }
            }
        }

        assertThat(holders).isEmpty();
    }

    @Test
    void onlySecrets_namesSecureRandom() {
        TreeSet<String> naming = new TreeSet<>();
        classFiles()
                .forEach(
                        (file, bytes) -> {
                            if (new String(bytes, StandardCharsets.ISO_8859_1)
                                    .contains("java/security/SecureRandom")) {
                                naming.add(file);
                            }
                        });

        assertThat(naming)
                .containsExactly("org/sendtracker/infrastructure/snapstart/Secrets.class");
    }

    @Test
    void secrets_areFreshEachTime() {
        assertThat(Secrets.urlSafe(32))
                .hasSize(43)
                .matches("[A-Za-z0-9_-]+")
                .isNotEqualTo(Secrets.urlSafe(32));
    }

    /**
     * The modules' class files under {@code org/sendtracker/}, by path: from their {@code
     * target/classes} or, when the reactor has packaged them, their jars.
     */
    private static Map<String, byte[]> classFiles() {
        Map<String, byte[]> files = new TreeMap<>();
        for (Class<?> module : MODULES) {
            Path root;
            try {
                root = Path.of(module.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
            try {
                if (Files.isDirectory(root)) {
                    try (Stream<Path> walk = Files.walk(root.resolve("org/sendtracker"))) {
                        for (Path file :
                                walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                            files.put(
                                    root.relativize(file).toString().replace('\\', '/'),
                                    Files.readAllBytes(file));
                        }
                    }
                } else {
                    try (ZipFile jar = new ZipFile(root.toFile())) {
                        for (ZipEntry entry : Collections.list(jar.entries())) {
                            if (entry.getName().startsWith("org/sendtracker/")
                                    && entry.getName().endsWith(".class")) {
                                try (InputStream in = jar.getInputStream(entry)) {
                                    files.put(entry.getName(), in.readAllBytes());
                                }
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(files).containsKey("org/sendtracker/http/web/signin/SignInFlow.class");
        return files;
    }

    private static Class<?> load(String classFile) {
        String name =
                classFile.substring(0, classFile.length() - ".class".length()).replace('/', '.');
        try {
            return Class.forName(name, false, SnapStartUniquenessTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
