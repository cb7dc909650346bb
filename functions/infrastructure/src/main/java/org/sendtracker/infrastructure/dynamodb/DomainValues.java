package org.sendtracker.infrastructure.dynamodb;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendtracker.inspection.model.EventDetails;
import org.sendtracker.inspection.model.KeyDates;

/**
 * How the domain's typed values are kept in an item's JSON body: exactly as the plain maps they
 * replaced were written, so items stored before they were typed read back unchanged. {@link
 * KeyDates}: an object of name to ISO date, in the order first recorded. {@link EventDetails}: the
 * input as given, an object of name to value.
 */
final class DomainValues {

    private DomainValues() {}

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("sendtracker-domain-values");
        module.addSerializer(KeyDates.class, new KeyDatesWriter());
        module.addDeserializer(KeyDates.class, new KeyDatesReader());
        module.addSerializer(EventDetails.class, new EventDetailsWriter());
        module.addDeserializer(EventDetails.class, new EventDetailsReader());
        return module;
    }

    private static final class KeyDatesWriter extends StdSerializer<KeyDates> {
        KeyDatesWriter() {
            super(KeyDates.class);
        }

        @Override
        public void serialize(KeyDates dates, JsonGenerator json, SerializerProvider provider)
                throws IOException {
            json.writeStartObject();
            for (String name : dates.names()) {
                json.writeStringField(name, dates.get(name).toString());
            }
            json.writeEndObject();
        }
    }

    private static final class KeyDatesReader extends StdDeserializer<KeyDates> {
        private static final TypeReference<LinkedHashMap<String, LocalDate>> STORED =
                new TypeReference<>() {};

        KeyDatesReader() {
            super(KeyDates.class);
        }

        @Override
        public KeyDates deserialize(JsonParser json, DeserializationContext context)
                throws IOException {
            Map<String, LocalDate> stored =
                    context.readValue(json, context.getTypeFactory().constructType(STORED));
            KeyDates dates = KeyDates.none();
            for (Map.Entry<String, LocalDate> entry : stored.entrySet()) {
                dates = dates.with(entry.getKey(), entry.getValue());
            }
            return dates;
        }
    }

    private static final class EventDetailsWriter extends StdSerializer<EventDetails> {
        EventDetailsWriter() {
            super(EventDetails.class);
        }

        @Override
        public void serialize(EventDetails details, JsonGenerator json, SerializerProvider provider)
                throws IOException {
            json.writeStartObject();
            for (String name : details.names()) {
                json.writeFieldName(name);
                provider.defaultSerializeValue(details.value(name).orElse(null), json);
            }
            json.writeEndObject();
        }
    }

    private static final class EventDetailsReader extends StdDeserializer<EventDetails> {
        private static final TypeReference<LinkedHashMap<String, Object>> STORED =
                new TypeReference<>() {};

        EventDetailsReader() {
            super(EventDetails.class);
        }

        @Override
        public EventDetails deserialize(JsonParser json, DeserializationContext context)
                throws IOException {
            Map<String, Object> stored =
                    context.readValue(json, context.getTypeFactory().constructType(STORED));
            EventDetails.Builder details = EventDetails.builder();
            stored.forEach(details::put);
            return details.build();
        }
    }
}
