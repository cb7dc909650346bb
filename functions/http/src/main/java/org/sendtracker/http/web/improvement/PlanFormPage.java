package org.sendtracker.http.web.improvement;

import java.util.List;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Option;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.layout.Layout;

/**
 * One of the improvement plan's forms as a page ({@link PlanForm}): which form ({@code shape}),
 * where it posts (its own address), where "Back" goes, the form as rendered, and the choices its
 * questions offer (areas of weakness, boards, reports due, the area's contacts).
 */
public record PlanFormPage(
        Layout layout,
        String shape,
        String caption,
        String heading,
        String intro,
        String action,
        String backHref,
        String button,
        FormState form,
        List<Problem> problems,
        List<Option> weaknesses,
        List<Option> boards,
        List<Option> dues,
        List<Member> members,
        String contactsHref) {

    /** A contact of the area offered as a board member, ticked when they sit on it. */
    public record Member(String email, String label, boolean checked) {}

    public boolean is(String name) {
        return shape.equals(name);
    }
}
