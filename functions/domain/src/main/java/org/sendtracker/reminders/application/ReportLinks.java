package org.sendtracker.reminders.application;

import java.util.List;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.model.ReportLink;

/**
 * The links issued progress reports owe their boards' members, stored with each issued report. The
 * notice ledger makes each email at most once; {@link #sent} keeps a link whose emails are all
 * claimed from being read again at every tick.
 */
public interface ReportLinks {

    /** Where reports are not stored: nothing is owed. */
    ReportLinks NONE =
            new ReportLinks() {
                @Override
                public List<ReportLink> unsent(InspectionId inspection) {
                    return List.of();
                }

                @Override
                public void sent(ReportLink link) {}
            };

    /** The inspection's links not yet marked {@link #sent}, the first issued first. */
    List<ReportLink> unsent(InspectionId inspection);

    /** Every member's email of {@code link} is claimed in the ledger (sent, or failed and kept). */
    void sent(ReportLink link);
}
