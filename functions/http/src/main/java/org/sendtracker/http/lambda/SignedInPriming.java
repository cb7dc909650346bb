package org.sendtracker.http.lambda;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.sendtracker.area.model.Area;
import org.sendtracker.http.area.AreaView;
import org.sendtracker.http.inspection.InspectionView;
import org.sendtracker.infrastructure.dynamodb.StoredBodies;
import org.sendtracker.infrastructure.snapstart.Priming;
import org.sendtracker.infrastructure.snapstart.SyntheticRecords;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.reminders.model.ContactGap;

/**
 * The HTTP function's priming steps for what a signed-in request pays for and {@link HttpPriming}'s
 * signed-out requests cannot reach, done without signing anyone in and with nothing real:
 *
 * <ul>
 *   <li>A JWT signed with an RSA key made for the step and thrown away, its key as a JWK set, then
 *       parsed and verified as the validator verifies a token (Nimbus, the JDK's RSA). The verifier
 *       is the step's own, built on that key: the validator's key set is neither fetched nor
 *       touched, so no token is accepted by this and nothing about the identity provider is kept.
 *   <li>A synthetic area and inspection ({@link SyntheticRecords}: ids no record has, dates in
 *       2000) written as stored bodies and read back in memory, then written as the API shows them,
 *       through the same JSON mappers as the repositories and the controllers. Nothing reaches the
 *       table.
 * </ul>
 *
 * <p>Each step checks its result: a signature that does not verify, or a record that does not read
 * back as written, fails the step.
 */
final class SignedInPriming {

    /** When the throwaway token expired: no clock is read. */
    private static final Instant EXPIRED = Instant.parse("2000-01-03T09:00:00Z");

    private SignedInPriming() {}

    static List<Priming.Step> steps(ApplicationContext context) {
        return List.of(
                new Priming.Step(
                        "a JWT signed and verified with a throwaway RSA key",
                        SignedInPriming::throwawaySignature),
                new Priming.Step(
                        "a synthetic area and inspection, as stored and as the API shows them",
                        () -> records(context)));
    }

    private static void throwawaySignature() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey jwk =
                    new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                            .keyID(Priming.ABSENT_AREA)
                            .build();
            RSAKey published = (RSAKey) JWKSet.parse(new JWKSet(jwk).toString()).getKeys().get(0);
            SignedJWT token =
                    new SignedJWT(
                            new JWSHeader.Builder(JWSAlgorithm.RS256)
                                    .keyID(Priming.ABSENT_AREA)
                                    .build(),
                            new JWTClaimsSet.Builder()
                                    .issuer("https://snapstart.priming")
                                    .subject(Priming.ABSENT_AREA)
                                    .claim("token_use", "access")
                                    .expirationTime(Date.from(EXPIRED))
                                    .build());
            token.sign(new RSASSASigner(pair.getPrivate()));
            SignedJWT parsed = SignedJWT.parse(token.serialize());
            JWSVerifier verifier =
                    new DefaultJWSVerifierFactory()
                            .createJWSVerifier(parsed.getHeader(), published.toRSAPublicKey());
            if (!parsed.verify(verifier)
                    || !Priming.ABSENT_AREA.equals(parsed.getJWTClaimsSet().getSubject())) {
                throw new IllegalStateException(
                        "a token signed with the priming key did not verify with it");
            }
        } catch (NoSuchAlgorithmException | JOSEException | ParseException e) {
            throw new IllegalStateException("priming the JWT signature failed: " + e, e);
        }
    }

    private static void records(ApplicationContext context) {
        Area storedArea = StoredBodies.roundTrip(SyntheticRecords.area(), Area.class);
        Inspection storedInspection =
                StoredBodies.roundTrip(SyntheticRecords.inspection(context), Inspection.class);
        JsonMapper json = context.getBean(JsonMapper.class);
        try {
            json.writeValueAsBytes(
                    AreaView.of(
                            storedArea,
                            ContactGap.withLeadOfficer(storedArea, List.of(storedInspection)),
                            List.of()));
            json.writeValueAsBytes(
                    InspectionView.of(
                            storedInspection, List.of(), List.of(), SyntheticRecords.STARTS_ON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
