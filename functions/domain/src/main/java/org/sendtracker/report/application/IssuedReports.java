package org.sendtracker.report.application;

import java.util.List;
import java.util.Optional;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.report.model.IssuedReport;
import org.sendtracker.shared.ConcurrentChangeException;

/** Issued progress reports, kept with their inspection and never changed. */
public interface IssuedReports {

    /** Every report issued for the inspection, the first first. */
    List<IssuedReport> of(InspectionId inspection);

    Optional<IssuedReport> find(InspectionId inspection, int number);

    /** The report issued under a request's idempotency key, if one was. */
    Optional<IssuedReport> byKey(InspectionId inspection, String key);

    /**
     * Stores a new issued report; fails with {@link ConcurrentChangeException} if its number or key
     * is taken.
     */
    void add(IssuedReport report);
}
