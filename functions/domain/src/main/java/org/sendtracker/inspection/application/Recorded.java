package org.sendtracker.inspection.application;

import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.RecordedEvent;

/** An event stored (or, for a retried request, the first result returned again). */
public record Recorded(Inspection inspection, RecordedEvent event, boolean replayed) {}
