package org.sendtracker.access.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sendtracker.access.model.Access;
import org.sendtracker.access.model.Person;
import org.sendtracker.access.model.PersonChange;
import org.sendtracker.access.model.Subject;
import org.sendtracker.area.application.Areas;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.ConcurrentChangeException;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Who may see and do what (docs/security.md): resolves a signed-in subject to a {@link Person},
 * lets an administrator grant and change access with an audit trail, and keeps each person's
 * personal calendar feed secret. The identity provider only proves who someone is.
 */
public final class AccessService {

    /** Up to this many newly granted areas are looked up one by one; more read the list once. */
    private static final int FEW_AREAS = 5;

    private final People people;
    private final Areas areas;
    private final Clock clock;
    private final Optional<String> firstAdministrator;
    private final Supplier<String> secrets;

    /**
     * @param firstAdministrator the subject who is an administrator whatever the table says, so
     *     that a new deployment has someone to grant access (and nobody can lock everyone out)
     * @param secrets unguessable feed secrets (at least 128 random bits each)
     */
    public AccessService(
            People people,
            Areas areas,
            Clock clock,
            Optional<String> firstAdministrator,
            Supplier<String> secrets) {
        this.people = Objects.requireNonNull(people, "people == null");
        this.areas = Objects.requireNonNull(areas, "areas == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.firstAdministrator =
                Objects.requireNonNull(firstAdministrator, "firstAdministrator == null")
                        .filter(s -> !s.isBlank());
        this.secrets = Objects.requireNonNull(secrets, "secrets == null");
    }

    /**
     * The person behind a verified token: as recorded, or (not known yet) a person with no access,
     * named from the token's claims. Reads, never writes.
     */
    public Person resolve(String subject, String claimedName, String claimedEmail) {
        Optional<Person> known = Subject.isValid(subject) ? people.find(subject) : Optional.empty();
        Person person =
                known.orElseGet(
                        () ->
                                new Person(
                                        subject,
                                        Actor.displayable(claimedName, "Unnamed person"),
                                        claimedEmail == null ? "" : claimedEmail,
                                        Access.NONE,
                                        0));
        if (firstAdministrator.isPresent()
                && firstAdministrator.get().equals(subject)
                && !person.access().isAdministrator()) {
            return new Person(
                    person.subject(),
                    person.name(),
                    person.email(),
                    Access.ADMINISTRATOR,
                    person.version());
        }
        return person;
    }

    /**
     * Remembers someone who signed in for the first time, with no access, so an administrator can
     * find them.
     */
    public void remember(Person person) {
        if (person.version() != 0) {
            return;
        }
        Person stored = new Person(person.subject(), person.name(), person.email(), Access.NONE, 1);
        try {
            people.create(
                    stored,
                    new PersonChange(
                            1,
                            person.name(),
                            person.subject(),
                            clock.instant(),
                            "Signed in for the first time"));
        } catch (ConcurrentChangeException e) {
            // Signed in twice at once: the other request remembered them.
        }
    }

    public Optional<Person> find(String subject) {
        return Subject.isValid(subject) ? people.find(subject) : Optional.empty();
    }

    public List<Person> all() {
        return people.all();
    }

    public List<PersonChange> changes(String subject) {
        return Subject.isValid(subject) ? people.changes(subject) : List.of();
    }

    /**
     * Sets a person's name, email and access (creating them if unknown); {@code expectedVersion}
     * guards against lost updates. Only an administrator may; nobody may take away their own
     * administrator role.
     */
    public Result<Person> grant(
            String subject,
            Map<String, ?> input,
            Optional<Long> expectedVersion,
            Actor actor,
            Access actorAccess) {
        return granted(subject, input, expectedVersion, actor, actorAccess).map(Granted::person);
    }

    /** A grant as {@link #granted} answers it: the person, and whether this grant recorded them. */
    public record Granted(Person person, boolean created) {}

    /** As {@link #grant}, saying whether the person was new (the API answers 201 then). */
    public Result<Granted> granted(
            String subject,
            Map<String, ?> input,
            Optional<Long> expectedVersion,
            Actor actor,
            Access actorAccess) {
        if (!actorAccess.isAdministrator()) {
            return Result.refused(
                    new Rejection.Forbidden("Only an administrator can grant access"));
        }
        if (!Subject.isValid(subject)) {
            return Result.refused(Rejection.Invalid.of("subject", Subject.NOT_A_SUBJECT));
        }
        return PersonInput.read(input)
                .flatMap(
                        grant -> {
                            if (subject.equals(actor.id()) && !grant.access().isAdministrator()) {
                                return Result.refused(
                                        Rejection.Invalid.of(
                                                "role",
                                                "You cannot take away your own administrator role: ask another administrator"));
                            }
                            Optional<Person> current = people.find(subject);
                            List<FieldError> unknown =
                                    unknownAreas(
                                            grant.access().areas().keySet(),
                                            current.map(p -> p.access().areas().keySet())
                                                    .orElse(Set.of()));
                            if (!unknown.isEmpty()) {
                                return Result.refused(new Rejection.Invalid(unknown));
                            }
                            if (current.isEmpty()) {
                                if (expectedVersion.isPresent()) {
                                    return Result.refused(
                                            new Rejection.StaleVersion(expectedVersion.get(), 0));
                                }
                                Person created =
                                        new Person(
                                                subject,
                                                grant.name(),
                                                grant.email(),
                                                grant.access(),
                                                1);
                                try {
                                    people.create(
                                            created,
                                            new PersonChange(
                                                    1,
                                                    actor.name(),
                                                    actor.id(),
                                                    clock.instant(),
                                                    "Granted "
                                                            + grant.access().describe()
                                                            + " to "
                                                            + grant.name()
                                                            + "."));
                                } catch (ConcurrentChangeException e) {
                                    return Result.refused(
                                            new Rejection.Conflict(
                                                    "Someone granted access to this person at the same time: reload and try again"));
                                }
                                return Result.ok(new Granted(created, true));
                            }
                            Person before = current.get();
                            if (expectedVersion.isPresent()
                                    && expectedVersion.get() != before.version()) {
                                return Result.refused(
                                        new Rejection.StaleVersion(
                                                expectedVersion.get(), before.version()));
                            }
                            Person next =
                                    before.withAccess(grant.name(), grant.email(), grant.access());
                            String difference = PersonChange.difference(before, next);
                            if (difference.isEmpty()) {
                                return Result.ok(new Granted(before, false));
                            }
                            try {
                                people.update(
                                        next,
                                        before.version(),
                                        new PersonChange(
                                                next.version(),
                                                actor.name(),
                                                actor.id(),
                                                clock.instant(),
                                                difference));
                            } catch (ConcurrentChangeException e) {
                                long now =
                                        people.find(subject)
                                                .map(Person::version)
                                                .orElse(before.version());
                                // 412 only for a caller who named the version it read
                                return Result.refused(
                                        expectedVersion.isPresent()
                                                ? new Rejection.StaleVersion(
                                                        expectedVersion.get(), now)
                                                : new Rejection.Conflict(
                                                        "Someone else changed this person's access while you were saving (it is now version "
                                                                + now
                                                                + "): reload and try again"));
                            }
                            return Result.ok(new Granted(next, false));
                        });
    }

    /**
     * The areas granted now and not before that are not on record, each with its refusal: access to
     * an area nobody has registered would silently become access to whichever area is registered
     * later under that id (docs/security.md). Areas kept from before are not looked up again (no
     * route removes an area).
     */
    private List<FieldError> unknownAreas(Set<AreaId> granted, Set<AreaId> before) {
        List<AreaId> added = granted.stream().filter(area -> !before.contains(area)).toList();
        if (added.isEmpty()) {
            return List.of();
        }
        Predicate<AreaId> known;
        if (added.size() <= FEW_AREAS) {
            known = area -> areas.find(area).isPresent();
        } else {
            Set<AreaId> onRecord =
                    areas.all().stream().map(Area::id).collect(Collectors.toUnmodifiableSet());
            known = onRecord::contains;
        }
        List<FieldError> unknown = new ArrayList<>();
        for (AreaId area : added) {
            if (!known.test(area)) {
                unknown.add(
                        new FieldError(
                                "areas." + area.value(),
                                "There is no area '"
                                        + area.value()
                                        + "': register the area before granting access to it"));
            }
        }
        return unknown;
    }

    /** Whose feed a secret opens, if it is someone's current one. */
    public Optional<String> feedOwner(String secret) {
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        return people.feedOwner(hash(secret));
    }

    public boolean hasFeed(String subject) {
        return people.feedOf(subject).isPresent();
    }

    /** A new personal feed secret for the person; the old address stops working at once. */
    public Result<String> renewFeed(String subject) {
        String secret = secrets.get();
        try {
            people.replaceFeed(subject, people.feedOf(subject).orElse(null), hash(secret));
        } catch (ConcurrentChangeException e) {
            return Result.refused(
                    new Rejection.Conflict(
                            "Your calendar address was made a moment ago, by another press of the button"));
        }
        return Result.ok(secret);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
