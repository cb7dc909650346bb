package org.sendtracker.inspection.application;

import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.RecordedEvent;

/**
 * Told after an inspection's change is stored, e.g. to wake its workflow at once. A listener's
 * failure does not undo the stored change: the daily reconcile catches what a listener missed.
 */
public interface InspectionListener {

    void changed(Inspection inspection, RecordedEvent event);
}
