package org.readoutbriefings.rollup;

import java.time.LocalDate;

/** Activity with one partner country on one topic in one month. */
public record RollupRow(
        String partnerCountry,
        String topic,
        String month,
        int meetings,
        LocalDate firstDate,
        LocalDate lastDate,
        int commitmentsTotal,
        int commitmentsOpen,
        int followUpsOpen,
        int followUpsDue) {

    /** Adds another row of the same partner country (over months or topics). */
    public RollupRow plus(RollupRow other) {
        return new RollupRow(partnerCountry, topic, month, meetings + other.meetings,
                firstDate.isBefore(other.firstDate) ? firstDate : other.firstDate,
                lastDate.isAfter(other.lastDate) ? lastDate : other.lastDate,
                commitmentsTotal + other.commitmentsTotal, commitmentsOpen + other.commitmentsOpen,
                followUpsOpen + other.followUpsOpen, followUpsDue + other.followUpsDue);
    }
}
