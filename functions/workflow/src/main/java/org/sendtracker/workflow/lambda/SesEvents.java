package org.sendtracker.workflow.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.reminders.model.DeliveryEvent;
import org.sendtracker.reminders.model.MessageTags;

/**
 * Reads an SES event as EventBridge delivers it ({@code detail} in the SES event publishing format,
 * "Contents of event data that Amazon SES publishes"): the event type, the message id, the tags the
 * email was sent with and, per type, when, to whom and why. Only Delivery, Bounce, Complaint and
 * Reject are read; any other type, or an event without tags of this system, is {@link
 * Optional#empty}.
 */
final class SesEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One report about one message. */
    record Report(MessageTags tags, String messageId, DeliveryEvent event) {}

    private SesEvents() {}

    static Optional<Report> read(Map<String, Object> eventBridgeEvent) {
        JsonNode detail = JSON.valueToTree(eventBridgeEvent).path("detail");
        JsonNode mail = detail.path("mail");
        String messageId = mail.path("messageId").asText(null);
        Map<String, String> tagValues = firstValues(mail.path("tags"));
        Optional<MessageTags> tags =
                MessageTags.read(
                        tagValues.get(MessageTags.INSPECTION), tagValues.get(MessageTags.NOTICE));
        if (messageId == null || tags.isEmpty()) {
            return Optional.empty();
        }
        Optional<DeliveryEvent> event =
                switch (detail.path("eventType").asText("")) {
                    case "Delivery" ->
                            Optional.of(
                                    new DeliveryEvent(
                                            DeliveryEvent.Kind.DELIVERED,
                                            instant(detail.at("/delivery/timestamp"), mail),
                                            texts(detail.at("/delivery/recipients"), null),
                                            null));
                    case "Bounce" ->
                            Optional.of(
                                    new DeliveryEvent(
                                            DeliveryEvent.Kind.BOUNCED,
                                            instant(detail.at("/bounce/timestamp"), mail),
                                            texts(
                                                    detail.at("/bounce/bouncedRecipients"),
                                                    "emailAddress"),
                                            bounceDetail(detail.path("bounce"))));
                    case "Complaint" ->
                            Optional.of(
                                    new DeliveryEvent(
                                            DeliveryEvent.Kind.COMPLAINED,
                                            instant(detail.at("/complaint/timestamp"), mail),
                                            texts(
                                                    detail.at("/complaint/complainedRecipients"),
                                                    "emailAddress"),
                                            detail.at("/complaint/complaintFeedbackType")
                                                    .asText(null)));
                    case "Reject" ->
                            Optional.of(
                                    new DeliveryEvent(
                                            DeliveryEvent.Kind.REJECTED,
                                            instant(mail.path("timestamp"), mail),
                                            List.of(),
                                            detail.at("/reject/reason").asText(null)));
                    default -> Optional.empty();
                };
        return event.map(e -> new Report(tags.get(), messageId, e));
    }

    /**
     * "Permanent, General: smtp; 550 5.1.1 user unknown" (the first recipient's diagnostic, when
     * given).
     */
    private static String bounceDetail(JsonNode bounce) {
        String kind =
                bounce.path("bounceType").asText("")
                        + ", "
                        + bounce.path("bounceSubType").asText("");
        String diagnostic = bounce.at("/bouncedRecipients/0/diagnosticCode").asText("");
        return diagnostic.isBlank() ? kind : kind + ": " + diagnostic;
    }

    /** SES sends each tag as a list of values; this system sets one value per tag. */
    private static Map<String, String> firstValues(JsonNode tags) {
        Map<String, String> first = new HashMap<>();
        tags.fields()
                .forEachRemaining(
                        tag -> {
                            JsonNode value =
                                    tag.getValue().isArray()
                                            ? tag.getValue().path(0)
                                            : tag.getValue();
                            if (value.isTextual()) {
                                first.put(tag.getKey(), value.textValue());
                            }
                        });
        return first;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(
                item -> {
                    JsonNode value = field == null ? item : item.path(field);
                    if (value.isTextual()) {
                        texts.add(value.textValue());
                    }
                });
        return texts;
    }

    /** The report's own time, else the time the mail service accepted the message. */
    private static Instant instant(JsonNode timestamp, JsonNode mail) {
        for (JsonNode candidate : List.of(timestamp, mail.path("timestamp"))) {
            try {
                if (candidate.isTextual()) {
                    return Instant.parse(candidate.textValue());
                }
            } catch (DateTimeParseException notAnInstant) {
                // try the next one
            }
        }
        return Instant.EPOCH;
    }
}
