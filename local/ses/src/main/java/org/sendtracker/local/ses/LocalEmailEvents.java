package org.sendtracker.local.ses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The events SES publishes through a configuration set's EventBridge destination, produced by the
 * local SES endpoint for each message it accepts with a configuration set: a Delivery for the
 * recipients it "delivers" and a Bounce (permanent, 5.1.1) for every recipient at {@value
 * #BOUNCE_DOMAIN}, the documented test domain (README, "Try a bounce"). Each event is an
 * EventBridge event shaped as AWS delivers it; the local Lambdas feed them to the same handler as
 * AWS does, once the sending function has returned (in AWS they arrive seconds later).
 */
@Singleton
public final class LocalEmailEvents {

    /** Recipients at this domain (or a subdomain of it) bounce. */
    public static final String BOUNCE_DOMAIN = "bounce.example";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConcurrentLinkedQueue<Map<String, Object>> pending =
            new ConcurrentLinkedQueue<>();

    /**
     * Publishes the events of a message just accepted, if the request named a configuration set.
     */
    void accepted(OutboxMessage message, String requestBody) {
        JsonNode request = read(requestBody);
        String configurationSet = request.path("ConfigurationSetName").asText("");
        if (configurationSet.isBlank()) {
            return;
        }
        ObjectNode tags = JSON.createObjectNode();
        tags.putArray("ses:configuration-set").add(configurationSet);
        request.path("EmailTags")
                .forEach(
                        tag ->
                                tags.putArray(tag.path("Name").asText())
                                        .add(tag.path("Value").asText()));
        List<String> recipients = new ArrayList<>(message.to());
        recipients.addAll(message.cc());
        recipients.addAll(message.bcc());
        List<String> bouncing = recipients.stream().filter(LocalEmailEvents::bounces).toList();
        List<String> delivered = recipients.stream().filter(address -> !bounces(address)).toList();
        ObjectNode mail = mail(message, recipients, tags);
        if (!delivered.isEmpty()) {
            ObjectNode delivery = JSON.createObjectNode();
            delivery.put("timestamp", message.sentAt().toString()).put("processingTimeMillis", 0);
            addAll(delivery.putArray("recipients"), delivered);
            delivery.put("smtpResponse", "250 2.0.0 OK (local SES endpoint)")
                    .put("reportingMTA", "localhost");
            publish(
                    "Email Delivered",
                    "Delivery",
                    "delivery",
                    delivery,
                    mail,
                    configurationSet,
                    message.sentAt());
        }
        if (!bouncing.isEmpty()) {
            ObjectNode bounce = JSON.createObjectNode();
            bounce.put("feedbackId", UUID.randomUUID().toString())
                    .put("bounceType", "Permanent")
                    .put("bounceSubType", "General");
            ArrayNode bounced = bounce.putArray("bouncedRecipients");
            bouncing.forEach(
                    address ->
                            bounced.addObject()
                                    .put("emailAddress", address)
                                    .put("action", "failed")
                                    .put("status", "5.1.1")
                                    .put(
                                            "diagnosticCode",
                                            "smtp; 550 5.1.1 user unknown (local test domain "
                                                    + BOUNCE_DOMAIN
                                                    + ")"));
            bounce.put("timestamp", message.sentAt().toString())
                    .put("reportingMTA", "dns; localhost");
            publish(
                    "Email Bounced",
                    "Bounce",
                    "bounce",
                    bounce,
                    mail,
                    configurationSet,
                    message.sentAt());
        }
    }

    /** Every event published and not yet taken, oldest first; taking them empties the queue. */
    public List<Map<String, Object>> takeAll() {
        List<Map<String, Object>> taken = new ArrayList<>();
        for (Map<String, Object> event = pending.poll(); event != null; event = pending.poll()) {
            taken.add(event);
        }
        return taken;
    }

    /** Puts back an event its handler could not take yet, for the next round. */
    public void retryLater(Map<String, Object> event) {
        pending.add(event);
    }

    static boolean bounces(String address) {
        String domain =
                address.substring(address.lastIndexOf('@') + 1)
                        .toLowerCase(Locale.ROOT)
                        .replaceAll(">$", "");
        return domain.equals(BOUNCE_DOMAIN) || domain.endsWith("." + BOUNCE_DOMAIN);
    }

    private static ObjectNode mail(
            OutboxMessage message, List<String> recipients, ObjectNode tags) {
        ObjectNode mail = JSON.createObjectNode();
        mail.put("timestamp", message.sentAt().toString())
                .put("source", message.from())
                .put("sendingAccountId", "000000000000")
                .put("messageId", message.id());
        addAll(mail.putArray("destination"), recipients);
        mail.put("headersTruncated", false);
        mail.set("tags", tags);
        return mail;
    }

    private void publish(
            String detailType,
            String eventType,
            String field,
            ObjectNode body,
            ObjectNode mail,
            String configurationSet,
            Instant at) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "0")
                .put("id", UUID.randomUUID().toString())
                .put("detail-type", detailType)
                .put("source", "aws.ses")
                .put("account", "000000000000")
                .put("time", at.toString())
                .put("region", "eu-west-2");
        event.putArray("resources")
                .add("arn:aws:ses:eu-west-2:000000000000:configuration-set/" + configurationSet);
        ObjectNode detail = event.putObject("detail");
        detail.put("eventType", eventType);
        detail.set(field, body);
        detail.set("mail", mail);
        pending.add(
                JSON.convertValue(
                        event,
                        JSON.getTypeFactory()
                                .constructMapType(Map.class, String.class, Object.class)));
    }

    private static void addAll(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("an accepted SendEmail request is not JSON", e);
        }
    }
}
