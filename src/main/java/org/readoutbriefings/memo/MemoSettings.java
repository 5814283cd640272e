package org.readoutbriefings.memo;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the memos and the digest cover and print ({@code briefings.memo.*}).
 *
 * @param periodMonths   months covered by a memo, ending on the run date
 * @param handling       handling marking printed in every memo's header and footer
 * @param from           the memo header's FROM line
 * @param to             the memo header's TO line
 * @param maxMeetings    most recent meetings listed in a memo; the tracker lists all
 * @param maxCommitments open commitments listed in a memo; the tracker lists all
 * @param digestDueDays  the nightly digest lists follow-ups due within this many days
 */
public record MemoSettings(
        @DefaultValue("12") int periodMonths,
        @DefaultValue("UNCLASSIFIED") String handling,
        @DefaultValue("Readout Briefings") String from,
        @DefaultValue("Policy staff") String to,
        @DefaultValue("25") int maxMeetings,
        @DefaultValue("40") int maxCommitments,
        @DefaultValue("14") int digestDueDays) {
}
