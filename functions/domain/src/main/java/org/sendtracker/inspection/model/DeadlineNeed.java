package org.sendtracker.inspection.model;

import java.time.LocalDate;
import java.util.List;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.rules.DeadlineKind;

/**
 * What a contact warning needs of an outstanding deadline: its kind and due date (to name it) and
 * the roles it reaches (its owner, who is reminded, and the senior roles its escalations go to). A
 * {@link Deadline} has them all; so does the compact form an area's digest keeps ({@link
 * org.sendtracker.inspection.application.OutstandingDeadline}).
 */
public interface DeadlineNeed {

    DeadlineKind kind();

    LocalDate dueOn();

    ContactRole owner();

    List<ContactRole> escalateTo();
}
