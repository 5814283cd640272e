package org.readoutbriefings.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One official account of a meeting or call between governments.
 *
 * @param id            stable id: the record's own id when given, else derived by {@link StableId#forReadout}
 * @param countries     every country taking part, ISO 3166-1 alpha-2, sorted, home country included
 * @param topics        topic ids of the taxonomy, in order of relevance
 * @param provenance    given in a structured record, or extracted from prose
 * @param evidence      for extracted readouts, the sentence each value came from
 * @param origin        the input file and line it came from
 */
public record Readout(
        String id,
        LocalDate meetingDate,
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
        RecordOrigin origin) {

    public Readout {
        participants = List.copyOf(participants);
        countries = List.copyOf(countries);
        organisations = List.copyOf(organisations);
        topics = List.copyOf(topics);
        commitments = List.copyOf(commitments);
        followUps = List.copyOf(followUps);
        evidence = List.copyOf(evidence);
    }

    /** The countries other than the home country: whom the memos are about. */
    public List<String> partnerCountries(String homeCountry) {
        return countries.stream().filter(c -> !c.equals(homeCountry)).toList();
    }
}
