package org.sendtracker.infrastructure.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.sendtracker.infrastructure.dynamodb.NoScanInterceptor;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.SesV2ClientBuilder;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The AWS SDK clients. Region, credentials and endpoints come from the SDK's own settings ({@code
 * AWS_REGION}, {@code AWS_ENDPOINT_URL_DYNAMODB} / {@code aws.endpointUrlDynamodb}, …), so the same
 * code talks to AWS on Lambda and to the local runner's endpoints on a laptop: no local-mode branch
 * here. The URL-connection HTTP client keeps Lambda cold starts short.
 */
@Factory
final class AwsClients {

    @Singleton
    DynamoDbClient dynamoDb() {
        return dynamoDbBuilder().httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** The DynamoDB client's settings but its HTTP client (priming's offline one shares them). */
    static DynamoDbClientBuilder dynamoDbBuilder() {
        return DynamoDbClient.builder()
                .overrideConfiguration(c -> c.addExecutionInterceptor(new NoScanInterceptor()));
    }

    /**
     * No SDK retries for sending mail: a retry after a lost response could deliver an email twice.
     * {@code ReminderService} retries only failures that prove nothing was sent. Only where SES v2
     * is on the classpath: the HTTP function's jar leaves it out, as it sends no mail.
     */
    @Singleton
    @Requires(classes = SesV2Client.class)
    SesV2Client sesV2() {
        return sesV2Builder().httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** The SES client's settings but its HTTP client (priming's offline one shares them). */
    static SesV2ClientBuilder sesV2Builder() {
        return SesV2Client.builder()
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()));
    }

    @Singleton
    SfnClient stepFunctions() {
        return SfnClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
    }
}
