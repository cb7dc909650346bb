package org.sendtracker.reminders.model;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendtracker.inspection.model.InspectionId;

/**
 * The tags an email is sent with, which the mail service hands back with every delivery event, so
 * the event finds the email's record: the inspection and the notice key. SES allows only ASCII
 * letters, digits, {@code _} and {@code -} in a tag value (SES v2 API, "MessageTag"), so the notice
 * key ({@code REMINDER#…}) travels base64url-encoded.
 */
public record MessageTags(InspectionId inspection, String noticeKey) {

    public static final String INSPECTION = "inspection";
    public static final String NOTICE = "notice";

    public MessageTags {
        Objects.requireNonNull(inspection, "inspection == null");
        Objects.requireNonNull(noticeKey, "noticeKey == null");
    }

    /** One name/value pair as SES carries it. */
    public record Tag(String name, String value) {}

    /**
     * The tags to send the email with, in name order: the inspection id as is and the notice key
     * base64url-encoded.
     */
    public List<Tag> tags() {
        return List.of(
                new Tag(INSPECTION, inspection.value()),
                new Tag(
                        NOTICE,
                        Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(noticeKey.getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * The tags read back from an event, given the values of its {@link #INSPECTION} and {@link
     * #NOTICE} tags ({@code null} where a tag is missing); empty for an email this system did not
     * tag (e.g. one sent by hand).
     */
    public static Optional<MessageTags> read(String inspection, String notice) {
        if (inspection == null || notice == null || !InspectionId.isValid(inspection)) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new MessageTags(
                            new InspectionId(inspection),
                            new String(
                                    Base64.getUrlDecoder().decode(notice),
                                    StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
