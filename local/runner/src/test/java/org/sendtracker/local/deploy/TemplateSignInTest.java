package org.sendtracker.local.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sign-in in template.yaml (docs/security.md): a Cognito user pool nobody can sign up to by
 * themselves, its hosted sign-in domain, an app client for the authorization-code flow with PKCE
 * (no secret) whose callback is the tracker's, an optional federated provider, and the HTTP
 * function's sign-in settings naming each of them.
 */
class TemplateSignInTest {

    private static final JsonNode TEMPLATE = read(Path.of("../../template.yaml"));

    @Test
    void theUserPool_takesNoSelfSignUp_andSignsInByEmail() {
        JsonNode pool = TEMPLATE.at("/Resources/UserPool");
        assertThat(pool.get("Type").asText()).isEqualTo("AWS::Cognito::UserPool");
        assertThat(
                        pool.at("/Properties/AdminCreateUserConfig/AllowAdminCreateUserOnly")
                                .asBoolean())
                .isTrue();
        assertThat(texts(pool.at("/Properties/UsernameAttributes"))).containsExactly("email");
        assertThat(TEMPLATE.at("/Resources/UserPoolDomain/Properties/UserPoolId").asText())
                .isEqualTo("UserPool");
    }

    @Test
    void theAppClient_isTheAuthorizationCodeFlow_withoutASecret_backToTheTrackersCallback() {
        JsonNode client = TEMPLATE.at("/Resources/UserPoolClient/Properties");
        assertThat(client.get("UserPoolId").asText()).isEqualTo("UserPool");
        assertThat(client.get("GenerateSecret").asBoolean()).isFalse();
        assertThat(texts(client.get("AllowedOAuthFlows"))).containsExactly("code");
        assertThat(texts(client.get("AllowedOAuthScopes"))).contains("openid", "email");
        assertThat(client.at("/CallbackURLs/0").toString()).contains("/sign-in/callback");
        assertThat(client.at("/LogoutURLs/0").toString()).contains("/signed-out");
        assertThat(client.get("SupportedIdentityProviders").toString())
                .contains("Federated", "COGNITO", "FederatedProvider");
        assertThat(TEMPLATE.at("/Resources/FederatedProvider/Condition").asText())
                .isEqualTo("Federated");
        assertThat(TEMPLATE.at("/Resources/FederatedProvider/Properties/ProviderType").asText())
                .isEqualTo("OIDC");
    }

    @Test
    void theHttpFunction_isToldItsIdentityProvider_fromThePoolItsClientAndItsDomain() {
        JsonNode env = TEMPLATE.at("/Resources/HttpFunction/Properties/Environment/Variables");
        assertThat(env.get("SENDTRACKER_AUTH_ISSUER").asText())
                .isEqualTo("https://cognito-idp.${AWS::Region}.${AWS::URLSuffix}/${UserPool}");
        assertThat(env.get("SENDTRACKER_AUTH_JWKS_URL").asText())
                .isEqualTo(env.get("SENDTRACKER_AUTH_ISSUER").asText() + "/.well-known/jwks.json");
        assertThat(env.get("SENDTRACKER_AUTH_CLIENT_ID").asText()).isEqualTo("UserPoolClient");
        for (String endpoint :
                List.of(
                        "SENDTRACKER_AUTH_AUTHORIZATION_ENDPOINT",
                        "SENDTRACKER_AUTH_TOKEN_ENDPOINT",
                        "SENDTRACKER_AUTH_LOGOUT_ENDPOINT")) {
            assertThat(env.get(endpoint).asText())
                    .as(endpoint)
                    .startsWith("https://${UserPoolDomain}.auth.${AWS::Region}.amazoncognito.com/");
        }
        assertThat(env.get("SENDTRACKER_FIRST_ADMINISTRATOR").asText())
                .isEqualTo("FirstAdministrator");
    }

    @Test
    void theHttpApi_reachesTheFunction_withoutDependingOnIt() {
        assertThat(TEMPLATE.at("/Resources/HttpApi/Type").asText())
                .isEqualTo("AWS::ApiGatewayV2::Api");
        assertThat(TEMPLATE.at("/Resources/HttpIntegration/Properties/IntegrationUri").asText())
                .isEqualTo("HttpFunction.Alias");
        assertThat(TEMPLATE.at("/Resources/HttpRouteEverything/Properties/RouteKey").asText())
                .isEqualTo("ANY /{proxy+}");
        assertThat(TEMPLATE.at("/Resources/HttpRouteRoot/Properties/RouteKey").asText())
                .isEqualTo("GET /");
        assertThat(TEMPLATE.at("/Resources/HttpInvokePermission/Properties/FunctionName").asText())
                .isEqualTo("HttpFunction.Alias");
        assertThat(TEMPLATE.at("/Resources/HttpFunction/Properties/Events").isMissingNode())
                .as("no SAM events: they would make the API depend on the function")
                .isTrue();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static JsonNode read(Path yaml) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + yaml, e);
        }
    }
}
