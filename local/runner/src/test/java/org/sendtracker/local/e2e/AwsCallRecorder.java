package org.sendtracker.local.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sendtracker.local.workflow.LocalLambdas;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/**
 * For {@link IamPermissionsTest} (a global SDK interceptor on the test classpath, idle unless
 * enabled): records each AWS call the application makes as the IAM permission it needs, and which
 * function made it, so the permissions template.yaml grants are checked against the calls the code
 * makes. A transaction needs no permission of its own: IAM checks each item's write (PutItem,
 * UpdateItem, DeleteItem, ConditionCheckItem); a query of an index needs the index's ARN.
 */
public final class AwsCallRecorder implements ExecutionInterceptor {

    /**
     * A permission one function used: an IAM action on a resource kind ({@code table}, {@code
     * index}, {@code ses-identity}, {@code ses-configuration-set} or {@code *}).
     */
    record Use(String function, String action, String resource) {}

    static volatile boolean enabled;
    static final Set<Use> USES = ConcurrentHashMap.newKeySet();

    private static final Map<String, String> IAM_PREFIX =
            Map.of("DynamoDb", "dynamodb", "SesV2", "ses", "Sfn", "states");

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (!enabled) {
            return;
        }
        String function = LocalLambdas.running().orElse("HttpFunction");
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String prefix = IAM_PREFIX.getOrDefault(service, service.toLowerCase());
        for (String[] permission :
                permissions(
                        prefix,
                        attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                        context.request())) {
            USES.add(new Use(function, permission[0], permission[1]));
        }
    }

    private static List<String[]> permissions(String prefix, String operation, SdkRequest request) {
        List<String[]> needed = new ArrayList<>();
        if (request instanceof TransactWriteItemsRequest transaction) {
            for (TransactWriteItem item : transaction.transactItems()) {
                String write =
                        item.put() != null
                                ? "PutItem"
                                : item.update() != null
                                        ? "UpdateItem"
                                        : item.delete() != null
                                                ? "DeleteItem"
                                                : "ConditionCheckItem";
                needed.add(new String[] {"dynamodb:" + write, "table"});
            }
        } else if (request instanceof QueryRequest query && query.indexName() != null) {
            needed.add(new String[] {"dynamodb:Query", "index"});
        } else if (request instanceof SendEmailRequest send) {
            // SES authorizes a send on the sender's identity and on the configuration set it names.
            needed.add(new String[] {"ses:SendEmail", "ses-identity"});
            if (send.configurationSetName() != null) {
                needed.add(new String[] {"ses:SendEmail", "ses-configuration-set"});
            }
        } else {
            needed.add(
                    new String[] {
                        prefix + ":" + operation, prefix.equals("dynamodb") ? "table" : "*"
                    });
        }
        return needed;
    }
}
