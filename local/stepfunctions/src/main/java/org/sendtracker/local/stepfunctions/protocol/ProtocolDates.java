package org.sendtracker.local.stepfunctions.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import java.math.BigDecimal;
import java.time.Instant;

/** AWS JSON protocol timestamps: epoch seconds as a number, with milliseconds as fraction. */
final class ProtocolDates {

    private ProtocolDates() {}

    static JsonNode epochSeconds(Instant instant) {
        return DecimalNode.valueOf(BigDecimal.valueOf(instant.toEpochMilli(), 3));
    }
}
