package org.readoutbriefings.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One official account of a meeting or call between governments.
 *
 * @param id            stable id: the record's own id when given, else derived by {@link StableId#forReadout}
 * @param meetingDate   the day of the meeting; null when the document carries no date anywhere (such a readout
 *                      is stored, listed for review, and kept out of memos and the rollup until staff give one)
 * @param dateSource    where the meeting date came from; null when there is none
 * @param countries     every country taking part, ISO 3166-1 alpha-2, sorted, home country included
 * @param topics        topic ids of the taxonomy, in order of relevance
 * @param provenance    given in a structured record, or extracted from prose
 * @param evidence      for extracted readouts, the sentence each value came from
 * @param origin        the input file and line it came from
 * @param warnings      what staff should check although the readout was accepted
 */
public record Readout(
        String id,
        LocalDate meetingDate,
        DateSource dateSource,
        LocalDate publishedDate,
        String issuer,
        String sourceName,
        String sourceUrl,
        String title,
        MeetingFormat format,
        String location,
        List<Participant> participants,
        List<String> countries,
        List<String> organisations,
        List<String> topics,
        List<Commitment> commitments,
        List<FollowUp> followUps,
        String body,
        Provenance provenance,
        List<Evidence> evidence,
        RecordOrigin origin,
        List<ReadoutWarning> warnings) {

    public Readout {
        participants = List.copyOf(participants);
        countries = List.copyOf(countries);
        organisations = List.copyOf(organisations);
        topics = List.copyOf(topics);
        commitments = List.copyOf(commitments);
        followUps = List.copyOf(followUps);
        evidence = List.copyOf(evidence);
        warnings = List.copyOf(warnings);
    }

    /** Whether the readout has a meeting date, without which it is in no memo or rollup. */
    public boolean isDated() {
        return meetingDate != null;
    }

    /** The countries other than the home country: whom the memos are about. */
    public List<String> partnerCountries(String homeCountry) {
        return countries.stream().filter(c -> !c.equals(homeCountry)).toList();
    }
}
