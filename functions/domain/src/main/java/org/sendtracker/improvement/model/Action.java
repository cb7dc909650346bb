package org.sendtracker.improvement.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One action the Written Statement of Action (or priority action plan) promised for an area of
 * weakness ({@code weakness}: its number): what will be done, by whom ({@code owner}: a person or a
 * post, as the plan names them), by when, and how far it has got. {@code completedOn} is set
 * exactly when the progress is {@link ActionProgress#COMPLETE}.
 */
public record Action(
        String id,
        int weakness,
        String title,
        String owner,
        LocalDate dueOn,
        ActionProgress progress,
        LocalDate completedOn,
        boolean illustrative) {

    public Action {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(title, "title == null");
        Objects.requireNonNull(owner, "owner == null");
        Objects.requireNonNull(dueOn, "dueOn == null");
        Objects.requireNonNull(progress, "progress == null");
        if (weakness < 1) {
            throw new IllegalArgumentException("weakness < 1: " + weakness);
        }
        if ((progress == ActionProgress.COMPLETE) != (completedOn != null)) {
            throw new IllegalArgumentException(
                    "completedOn is set exactly when the action is complete: "
                            + progress
                            + ", "
                            + completedOn);
        }
    }

    /** The action's status on {@code today}: late completion and overdue work show as such. */
    public ActionStatus statusOn(LocalDate today) {
        if (progress == ActionProgress.COMPLETE) {
            return completedOn.isAfter(dueOn) ? ActionStatus.COMPLETE_LATE : ActionStatus.COMPLETE;
        }
        if (today.isAfter(dueOn)) {
            return ActionStatus.OVERDUE;
        }
        return progress == ActionProgress.IN_PROGRESS
                ? ActionStatus.IN_PROGRESS
                : ActionStatus.NOT_STARTED;
    }
}
