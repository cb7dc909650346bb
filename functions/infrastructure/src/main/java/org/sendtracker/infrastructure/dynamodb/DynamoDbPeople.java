package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.Items.item;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.BODY;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.VERSION;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.access.application.People;
import org.sendtracker.access.model.Person;
import org.sendtracker.access.model.PersonChange;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * People and their access in the single table (docs/design.md, "The table"): {@code
 * PERSON#{subject}} holds the person ({@code #PERSON}, listed by the ByDate index under {@code
 * PEOPLE}), their access trail ({@code CHANGE#{version:10}}) and the hash of their calendar feed
 * secret ({@code #FEED}); the secret's hash is also a key of its own ({@code FEED#{hash}}), so a
 * feed request finds its owner by key.
 */
@Singleton
final class DynamoDbPeople implements People {

    private static final String HASH = "hash";
    private static final String OWNER = "owner";

    private final DynamoDbClient dynamo;
    private final String table;

    DynamoDbPeople(DynamoDbClient dynamo, TableName table) {
        this.dynamo = dynamo;
        this.table = table.value();
    }

    @Override
    public Optional<Person> find(String subject) {
        return Items.get(dynamo, table, pk(subject), TableKeys.PERSON_ITEM, Person.class);
    }

    @Override
    public List<Person> all() {
        QueryRequest query =
                QueryRequest.builder()
                        .tableName(table)
                        .indexName(GSI2)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", GSI2PK))
                        .expressionAttributeValues(
                                Map.of(":pk", AttributeValue.fromS(TableKeys.ALL_PEOPLE)))
                        .build();
        return Items.query(dynamo, query, Person.class);
    }

    @Override
    public void create(Person person, PersonChange change) {
        Transactions.write(
                dynamo,
                List.of(
                        Transactions.put(
                                table,
                                personItem(person),
                                DynamoDbInspections.NOT_YET_WRITTEN,
                                Map.of()),
                        Transactions.put(
                                table,
                                changeItem(person.subject(), change),
                                DynamoDbInspections.NOT_YET_WRITTEN,
                                Map.of())),
                () -> "person " + person.subject() + " is already known");
    }

    @Override
    public void update(Person person, long previousVersion, PersonChange change) {
        Transactions.write(
                dynamo,
                List.of(
                        Transactions.put(
                                table,
                                personItem(person),
                                DynamoDbInspections.VERSION_UNCHANGED,
                                Map.of(
                                        ":previousVersion",
                                        AttributeValue.fromN(Long.toString(previousVersion)))),
                        Transactions.put(
                                table,
                                changeItem(person.subject(), change),
                                DynamoDbInspections.NOT_YET_WRITTEN,
                                Map.of())),
                () -> "person " + person.subject() + " is no longer at version " + previousVersion);
    }

    @Override
    public List<PersonChange> changes(String subject) {
        return Items.collection(
                dynamo, table, pk(subject), TableKeys.CHANGE_PREFIX, PersonChange.class);
    }

    @Override
    public Optional<String> feedOwner(String tokenHash) {
        Map<String, AttributeValue> stored =
                dynamo.getItem(
                                b ->
                                        b.tableName(table)
                                                .key(
                                                        Items.key(
                                                                feedPk(tokenHash),
                                                                TableKeys.FEED_ITEM))
                                                .consistentRead(true))
                        .item();
        return stored == null || stored.isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(Items.string(stored, OWNER));
    }

    @Override
    public Optional<String> feedOf(String subject) {
        Map<String, AttributeValue> stored =
                dynamo.getItem(
                                b ->
                                        b.tableName(table)
                                                .key(Items.key(pk(subject), TableKeys.FEED_ITEM))
                                                .consistentRead(true))
                        .item();
        return stored == null || stored.isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(Items.string(stored, HASH));
    }

    /**
     * One transaction: the person's pointer moves (only from the hash read), the old key goes, the
     * new one comes.
     */
    @Override
    public void replaceFeed(String subject, String previousTokenHash, String tokenHash) {
        List<TransactWriteItem> writes = new ArrayList<>();
        Map<String, AttributeValue> pointer =
                item().s(PK, pk(subject))
                        .s(SK, TableKeys.FEED_ITEM)
                        .s("kind", "FEED_POINTER")
                        .s(HASH, tokenHash)
                        .build();
        if (previousTokenHash == null) {
            writes.add(
                    Transactions.put(
                            table, pointer, DynamoDbInspections.NOT_YET_WRITTEN, Map.of()));
        } else {
            writes.add(
                    TransactWriteItem.builder()
                            .put(
                                    p ->
                                            p.tableName(table)
                                                    .item(pointer)
                                                    .conditionExpression("#hash = :previous")
                                                    .expressionAttributeNames(Map.of("#hash", HASH))
                                                    .expressionAttributeValues(
                                                            Map.of(
                                                                    ":previous",
                                                                    AttributeValue.fromS(
                                                                            previousTokenHash))))
                            .build());
            writes.add(
                    TransactWriteItem.builder()
                            .delete(
                                    Delete.builder()
                                            .tableName(table)
                                            .key(
                                                    Items.key(
                                                            feedPk(previousTokenHash),
                                                            TableKeys.FEED_ITEM))
                                            .build())
                            .build());
        }
        writes.add(
                Transactions.put(
                        table,
                        item().s(PK, feedPk(tokenHash))
                                .s(SK, TableKeys.FEED_ITEM)
                                .s("kind", "FEED")
                                .s(OWNER, subject)
                                .build(),
                        DynamoDbInspections.NOT_YET_WRITTEN,
                        Map.of()));
        Transactions.write(
                dynamo, writes, () -> "the calendar feed of " + subject + " changed meanwhile");
    }

    /** One per version, so two writers of the same version cannot both add an entry. */
    private static Map<String, AttributeValue> changeItem(String subject, PersonChange change) {
        return item().s(PK, pk(subject))
                .s(SK, TableKeys.change(change.version()))
                .s("kind", "PERSON_CHANGE")
                .s(BODY, JsonBodies.write(change))
                .build();
    }

    private static Map<String, AttributeValue> personItem(Person person) {
        return item().s(PK, pk(person.subject()))
                .s(SK, TableKeys.PERSON_ITEM)
                .s(GSI2PK, TableKeys.ALL_PEOPLE)
                .s(GSI2SK, person.subject())
                .s("kind", "PERSON")
                .n(VERSION, person.version())
                .s(BODY, JsonBodies.write(person))
                .build();
    }

    private static String pk(String subject) {
        return TableKeys.person(subject);
    }

    private static String feedPk(String tokenHash) {
        return TableKeys.feed(tokenHash);
    }
}
