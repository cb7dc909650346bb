package org.sendtracker.infrastructure.dynamodb;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The table's name: {@code sendtracker.table-name}, i.e. {@code SENDTRACKER_TABLE_NAME} in the
 * environment.
 */
@Singleton
public final class TableName {

    private final String value;

    public TableName(@Value("${sendtracker.table-name:SendTracker}") String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
