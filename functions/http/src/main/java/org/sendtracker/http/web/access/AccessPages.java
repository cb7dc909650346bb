package org.sendtracker.http.web.access;

import java.util.List;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.layout.Layout;

/** The models of the people-and-access pages and the account page. */
public final class AccessPages {

    private AccessPages() {}

    public record PersonRow(String name, String email, String access, String href) {}

    /**
     * The list of people, and the form to grant access by subject id: {@code subject} as typed and
     * {@code subjectError} when it was not one (else both null).
     */
    public record PeoplePage(
            Layout layout,
            List<PersonRow> people,
            String banner,
            String subject,
            String subjectError) {}

    /** One area's line on the access form: no access, viewer or editor. */
    public record AreaChoice(String id, String name, String field, String current) {}

    public record PersonPage(
            Layout layout,
            String subject,
            String action,
            boolean known,
            FormState form,
            List<AreaChoice> areas,
            List<Problem> problems,
            List<String> changes) {}

    public record AccountPage(
            Layout layout,
            String name,
            String email,
            String subject,
            String access,
            boolean hasFeed,
            String newFeedUrl,
            String madeMeanwhile) {}
}
