package org.sendtracker.infrastructure.snapstart;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An SDK HTTP client that never opens a connection: it answers each request in the JVM, from a
 * fixed table of operations, so that priming ({@link Priming}) can run an SDK client's whole
 * request path for an operation that writes or sends (marshalling, signing, the interceptors, the
 * answer's unmarshalling) with nothing leaving the process. A client built over it cannot reach
 * AWS; a request it has no answer for fails, so a priming step that strays fails loudly.
 *
 * <p>An operation is named as DynamoDB's JSON protocol names it (its {@code X-Amz-Target}, e.g.
 * {@code DynamoDB_20120810.PutItem}) or, for a REST service, by method and path (e.g. {@code POST
 * /v2/email/outbound-emails}).
 */
public final class OfflineHttpClient implements SdkHttpClient {

    private final Map<String, String> answers;
    private final List<String> answered = new ArrayList<>();

    /**
     * @param answers each operation's JSON answer, given with status 200
     */
    public OfflineHttpClient(Map<String, String> answers) {
        this.answers = Map.copyOf(Objects.requireNonNull(answers, "answers == null"));
    }

    /** The operations answered so far, in order. */
    public synchronized List<String> answered() {
        return List.copyOf(answered);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        SdkHttpRequest http = request.httpRequest();
        String operation =
                http.firstMatchingHeader("X-Amz-Target")
                        .orElse(http.method().name() + " " + http.encodedPath());
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                String answer = answers.get(operation);
                if (answer == null) {
                    throw new IOException(
                            "offline: no answer for "
                                    + operation
                                    + "; answered "
                                    + answers.keySet());
                }
                synchronized (OfflineHttpClient.this) {
                    answered.add(operation);
                }
                byte[] body = answer.getBytes(StandardCharsets.UTF_8);
                return HttpExecuteResponse.builder()
                        .response(
                                SdkHttpResponse.builder()
                                        .statusCode(200)
                                        .putHeader("Content-Type", "application/json")
                                        .putHeader("Content-Length", String.valueOf(body.length))
                                        .putHeader("x-amzn-RequestId", "snapstart-priming")
                                        .build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {}
        };
    }

    @Override
    public String clientName() {
        return "Offline";
    }

    @Override
    public void close() {}
}
