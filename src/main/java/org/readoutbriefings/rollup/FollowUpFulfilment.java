package org.readoutbriefings.rollup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Marks an open follow-up likely fulfilled when a later readout records the meeting it announced: the same
 * partners (every country of the follow-up's readout, at least two, takes part), a title that names the meeting the
 * follow-up names ({@link NamedMeetings}), and a date after the follow-up's readout and no later than a
 * month after it was due (a year after its readout when it names no date). The earliest such readout is
 * the evidence. Worked out again every night ({@link LaterReadoutEvidence}), so a readout corrected or
 * removed takes its evidence with it; staff confirm by setting the follow-up's status in the tracker.
 */
final class FollowUpFulfilment {

    /** A meeting held a little after its due date still keeps the promise. */
    static final int GRACE_DAYS = 31;
    /** A follow-up with no date is looked for in the year after its readout. */
    static final int UNDATED_WINDOW_DAYS = 365;

    /** An open follow-up of a dated readout, with its due date as staff set it, else as the input has it (or null). */
    record OpenFollowUp(String id, DatedReadout announced, String text, LocalDate due) {
    }

    private final Timeline<DatedReadout> readouts = new Timeline<>(DatedReadout::date, DatedReadout::id);

    FollowUpFulfilment(Collection<DatedReadout> all) {
        all.forEach(r -> r.countries().forEach(c -> readouts.add(c, r)));
        readouts.sorted();
    }

    /** The earliest later readout that records the meeting the follow-up names, or null. */
    EvidenceMatch evidence(OpenFollowUp followUp) {
        List<Set<String>> named = NamedMeetings.in(followUp.text());
        if (named.isEmpty()) {
            return null;
        }
        DatedReadout announced = followUp.announced();
        if (!announced.hasPartner()) {
            return null;
        }
        LocalDate until = followUp.due() != null ? followUp.due().plusDays(GRACE_DAYS)
                : announced.date().plusDays(UNDATED_WINDOW_DAYS);
        for (DatedReadout later : readouts.between(announced.countries(), announced.date(), until)) {
            if (!later.samePartnersAs(announced)) {
                continue;
            }
            for (Set<String> meeting : named) {
                if (later.titleWords().containsAll(meeting)) {
                    return new EvidenceMatch(followUp.id(), later.id(), String.join(" ", meeting));
                }
            }
        }
        return null;
    }
}
