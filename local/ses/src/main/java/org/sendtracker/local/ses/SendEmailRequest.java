package org.sendtracker.local.ses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Reads the JSON body of SES v2 {@code SendEmail} ({@code POST /v2/email/outbound-emails}, API
 * reference "SendEmail"): {@code FromEmailAddress}, {@code Destination}, {@code ReplyToAddresses}
 * and {@code Content} with exactly one of {@code Simple} and {@code Raw}. Members this endpoint has
 * no use for (configuration set, tags, list management) are accepted and ignored, as they change
 * nothing about the message itself.
 */
final class SendEmailRequest {

    /** SES's limit on recipients per message, To, Cc and Bcc together. */
    static final int MAX_RECIPIENTS = 50;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private SendEmailRequest() {}

    /**
     * The message, or a refusal whose message the endpoint sends back as a {@code
     * BadRequestException}.
     */
    static Result<SendEmail> parse(String body) {
        try {
            return Result.ok(read(body));
        } catch (Malformed e) {
            return Result.refused(Rejection.Invalid.of(e.member, e.getMessage()));
        }
    }

    private static SendEmail read(String body) {
        if (body == null || body.isBlank()) {
            throw new Malformed(
                    "body", "The request body is empty: send a SendEmail request as JSON");
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Malformed(
                    "body",
                    "The request body is not valid JSON: "
                            + e.getOriginalMessage()
                            + " (line "
                            + e.getLocation().getLineNr()
                            + ", column "
                            + e.getLocation().getColumnNr()
                            + ")");
        }
        object(request, "The request body");
        JsonNode destination = request.path("Destination");
        if (!destination.isMissingNode()) {
            object(destination, "Destination");
        }
        List<String> to = addresses(destination.path("ToAddresses"), "Destination.ToAddresses");
        List<String> cc = addresses(destination.path("CcAddresses"), "Destination.CcAddresses");
        List<String> bcc = addresses(destination.path("BccAddresses"), "Destination.BccAddresses");
        List<String> replyTo = addresses(request.path("ReplyToAddresses"), "ReplyToAddresses");
        Optional<String> from =
                optionalString(request.path("FromEmailAddress"), "FromEmailAddress");
        from.ifPresent(address -> address(address, "FromEmailAddress"));

        JsonNode content = request.path("Content");
        object(content, "Content");
        List<String> kinds = Stream.of("Simple", "Raw", "Template").filter(content::has).toList();
        if (kinds.size() != 1) {
            throw new Malformed(
                    "Content",
                    "Content must have exactly one of Simple and Raw, not "
                            + (kinds.isEmpty() ? "neither" : String.join(" and ", kinds)));
        }
        SendEmail email =
                switch (kinds.get(0)) {
                    case "Simple" -> simple(content.path("Simple"), from, to, cc, bcc, replyTo);
                    case "Raw" -> raw(content.path("Raw"), from, to, cc, bcc, replyTo);
                    default ->
                            throw new Malformed(
                                    "Content.Template",
                                    "Content.Template is not supported by the local SES endpoint: send Simple or Raw content");
                };
        int recipients = email.to().size() + email.cc().size() + email.bcc().size();
        if (recipients == 0) {
            throw new Malformed(
                    "Destination",
                    "The message has no recipients: give at least one address in "
                            + "Destination.ToAddresses, CcAddresses or BccAddresses");
        }
        if (recipients > MAX_RECIPIENTS) {
            throw new Malformed(
                    "Destination",
                    "A message may have at most "
                            + MAX_RECIPIENTS
                            + " recipients, not "
                            + recipients);
        }
        return email;
    }

    private static SendEmail simple(
            JsonNode simple,
            Optional<String> from,
            List<String> to,
            List<String> cc,
            List<String> bcc,
            List<String> replyTo) {
        object(simple, "Content.Simple");
        if (from.isEmpty()) {
            throw new Malformed(
                    "FromEmailAddress", "FromEmailAddress is required with Simple content");
        }
        object(simple.path("Subject"), "Content.Simple.Subject");
        String subject = string(simple.path("Subject").path("Data"), "Content.Simple.Subject.Data");
        JsonNode body = simple.path("Body");
        object(body, "Content.Simple.Body");
        String text = part(body.path("Text"), "Content.Simple.Body.Text");
        String html = part(body.path("Html"), "Content.Simple.Body.Html");
        if (text == null && html == null) {
            throw new Malformed(
                    "Content.Simple.Body", "Content.Simple.Body must have Text, Html or both");
        }
        return new SendEmail(from.get(), to, cc, bcc, replyTo, subject, text, html, null);
    }

    /**
     * Raw content is a whole MIME message, base64 in the JSON. As in SES, {@code Destination} (if
     * given) says who receives it and otherwise its {@code To}, {@code Cc} and {@code Bcc} headers
     * do.
     */
    private static SendEmail raw(
            JsonNode raw,
            Optional<String> from,
            List<String> to,
            List<String> cc,
            List<String> bcc,
            List<String> replyTo) {
        object(raw, "Content.Raw");
        byte[] message;
        try {
            message = Base64.getDecoder().decode(string(raw.path("Data"), "Content.Raw.Data"));
        } catch (IllegalArgumentException e) {
            throw new Malformed(
                    "Content.Raw.Data",
                    "Content.Raw.Data must be a MIME message in base64: " + e.getMessage());
        }
        RawMime mime = RawMime.of(message);
        String sender =
                from.or(() -> mime.header("From"))
                        .orElseThrow(
                                () ->
                                        new Malformed(
                                                "FromEmailAddress",
                                                "FromEmailAddress is required when the raw message has no From header"));
        boolean fromHeaders = to.isEmpty() && cc.isEmpty() && bcc.isEmpty();
        return new SendEmail(
                EncodedWords.decode(sender),
                fromHeaders ? headerList(mime, "To") : to,
                fromHeaders ? headerList(mime, "Cc") : cc,
                fromHeaders ? headerList(mime, "Bcc") : bcc,
                replyTo.isEmpty() ? headerList(mime, "Reply-To") : replyTo,
                mime.header("Subject").map(EncodedWords::decode).orElse(""),
                null,
                null,
                message);
    }

    private static List<String> headerList(RawMime mime, String name) {
        return mime.header(name).map(Addresses::split).orElse(List.of()).stream()
                .map(EncodedWords::decode)
                .toList();
    }

    private static String part(JsonNode part, String member) {
        if (part.isMissingNode() || part.isNull()) {
            return null;
        }
        object(part, member);
        return string(part.path("Data"), member + ".Data");
    }

    private static List<String> addresses(JsonNode list, String member) {
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new Malformed(member, member + " must be a list of email addresses");
        }
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            addresses.add(
                    address(string(list.get(i), member + "[" + i + "]"), member + "[" + i + "]"));
        }
        return addresses;
    }

    /**
     * SES takes 7-bit ASCII addresses (an international domain in Punycode) with an optional
     * display name.
     */
    private static String address(String mailbox, String member) {
        String bare = Addresses.bare(mailbox);
        boolean valid =
                bare.indexOf('@') > 0
                        && bare.indexOf('@') < bare.length() - 1
                        && bare.chars().allMatch(c -> c > 0x20 && c < 0x7f)
                        && mailbox.chars().noneMatch(Character::isISOControl);
        if (!valid) {
            throw new Malformed(
                    member, member + " is not a 7-bit ASCII email address: '" + mailbox + "'");
        }
        return mailbox.strip();
    }

    private static Optional<String> optionalString(JsonNode node, String member) {
        return node.isMissingNode() || node.isNull()
                ? Optional.empty()
                : Optional.of(string(node, member));
    }

    private static String string(JsonNode node, String member) {
        if (node.isMissingNode() || node.isNull()) {
            throw new Malformed(member, member + " is required");
        }
        if (!node.isTextual()) {
            throw new Malformed(member, member + " must be a string");
        }
        return node.textValue();
    }

    private static void object(JsonNode node, String member) {
        if (node.isMissingNode() || node.isNull()) {
            throw new Malformed(member, member + " is required");
        }
        if (!node.isObject()) {
            throw new Malformed(member, member + " must be a JSON object");
        }
    }

    /**
     * Unwinds the reading of one request to {@link #parse}, which turns it into a refusal; never
     * escapes this class.
     */
    private static final class Malformed extends RuntimeException {
        private final String member;

        Malformed(String member, String message) {
            super(message, null, false, false);
            this.member = member;
        }
    }
}
