package org.sendtracker.local.idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The local provider's RSA signing key (RS256, as Cognito signs): generated once into the data
 * folder and read back on every start, so tokens and sessions survive a restart. Only its public
 * half is ever served.
 */
public final class SigningKey {

    private final RSAKey key;

    private SigningKey(RSAKey key) {
        this.key = key;
    }

    /** A key that lives as long as this process: for tests. */
    public static SigningKey generate() {
        try {
            return new SigningKey(
                    new RSAKeyGenerator(2048)
                            .keyUse(KeyUse.SIGNATURE)
                            .keyID(UUID.randomUUID().toString())
                            .generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate an RSA key", e);
        }
    }

    /** The key in {@code file}, made there (readable by its owner only) if there is none yet. */
    public static SigningKey in(Path file) {
        try {
            if (Files.exists(file)) {
                try {
                    return new SigningKey(
                            RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8)));
                } catch (ParseException e) {
                    throw new IllegalStateException(
                            "The local sign-in key "
                                    + file
                                    + " is damaged ("
                                    + e.getMessage()
                                    + "): delete it and start again (everyone signs in again)",
                            e);
                }
            }
            SigningKey generated = generate();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary =
                    Files.createTempFile(file.toAbsolutePath().getParent(), "signing-key", ".tmp");
            try {
                Files.setPosixFilePermissions(
                        temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the folder's own permissions apply.
            }
            Files.writeString(temporary, generated.key.toJSONString(), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RSAKey key() {
        return key;
    }

    /** The JSON Web Key Set that verifiers fetch: the public key only. */
    public String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }
}
