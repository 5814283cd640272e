package org.readoutbriefings.rollup;

import java.time.LocalDate;
import java.util.Set;

/**
 * What matching a later account needs of a dated readout: its countries (the home country among them) and
 * its title's words ({@link NamedMeetings#words}), worked out once a night for every readout.
 */
record DatedReadout(String id, LocalDate date, Set<String> countries, Set<String> titleWords) {

    /**
     * Whether it names a country besides the one that met it: a readout that names one country alone (the
     * extractor found no other) has no partners to be the same as, and every later readout of that country
     * would match it.
     */
    boolean hasPartner() {
        return countries.size() >= 2;
    }

    /**
     * Whether this readout's countries include every one of {@code earlier}'s: the same partners met. Asked for
     * every candidate of every item each night; readouts of the same countries share one set
     * ({@link LaterReadoutEvidence}), so the usual answer is the first comparison's.
     */
    boolean samePartnersAs(DatedReadout earlier) {
        return countries == earlier.countries() || countries.containsAll(earlier.countries());
    }
}
