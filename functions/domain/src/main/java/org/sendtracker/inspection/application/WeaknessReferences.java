package org.sendtracker.inspection.application;

import java.util.Map;
import org.sendtracker.inspection.model.InspectionId;

/**
 * What refers to an inspection's areas of weakness by number besides the inspection itself: its
 * improvement plan's actions and measures (docs/boards.md). Asked before a change takes a weakness
 * away (a correction of the report's weaknesses, a withdrawal of the report), which is refused
 * while anything still refers to it: an action left pointing at a weakness that is gone would
 * vanish from the plan's page and its progress reports, and could not be edited.
 */
public interface WeaknessReferences {

    /** For each weakness number something refers to, what does, in words ("1 action"). */
    Map<Integer, String> of(InspectionId inspection);

    /** Nothing refers to any weakness. */
    WeaknessReferences NONE = inspection -> Map.of();
}
