package org.sendtracker.access.application;

import java.util.List;
import java.util.Optional;
import org.sendtracker.access.model.Person;
import org.sendtracker.access.model.PersonChange;

/**
 * The people who may sign in and what each may do. Writes are conditional: a stale version never
 * wins.
 */
public interface People {

    Optional<Person> find(String subject);

    /** Everyone known, in no particular order. */
    List<Person> all();

    /**
     * Stores a new person with the first entry of their access trail, both or neither.
     *
     * @throws org.sendtracker.shared.ConcurrentChangeException if the person is already known
     */
    void create(Person person, PersonChange change);

    /**
     * Replaces the person and adds {@code change} to their trail, both or neither.
     *
     * @throws org.sendtracker.shared.ConcurrentChangeException if {@code previousVersion} is no
     *     longer current
     */
    void update(Person person, long previousVersion, PersonChange change);

    /** The person's access trail, oldest first. */
    List<PersonChange> changes(String subject);

    /** Whose personal calendar feed this is: the feed's secret is kept only as its SHA-256 hash. */
    Optional<String> feedOwner(String tokenHash);

    /**
     * Makes {@code tokenHash} the person's only feed: the previous one (if any) stops working at
     * once.
     *
     * @throws org.sendtracker.shared.ConcurrentChangeException if the feed changed meanwhile
     */
    void replaceFeed(String subject, String previousTokenHash, String tokenHash);

    /** The hash of the person's current feed secret, if they have one. */
    Optional<String> feedOf(String subject);
}
