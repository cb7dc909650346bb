package org.sendtracker.improvement.model;

import org.sendtracker.shared.Labelled;

/** Which way a measure improves: more plans on time is better, fewer weeks waiting is better. */
public enum Direction implements Labelled {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
