package org.sendtracker.improvement.model;

/** Which way a measure improves: more plans on time is better, fewer weeks waiting is better. */
public enum Direction {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
