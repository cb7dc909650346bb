package org.sendtracker.access.model;

import java.util.Objects;

/**
 * Someone who may sign in: the identity provider's stable subject id, the name and email address
 * the tracker shows, what they may do, and the version that guards changes to it. A person becomes
 * known the first time they sign in (with no access) or when an administrator grants them access.
 */
public record Person(String subject, String name, String email, Access access, long version) {

    public Person {
        Objects.requireNonNull(subject, "subject == null");
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(access, "access == null");
        email = email == null ? "" : email;
        if (!Subject.isValid(subject)) {
            throw new IllegalArgumentException("not a valid subject: " + subject);
        }
    }

    public Person withAccess(String newName, String newEmail, Access newAccess) {
        return new Person(subject, newName, newEmail, newAccess, version + 1);
    }
}
