package org.readoutbriefings.extract;

import java.time.LocalDate;
import java.util.List;

import org.readoutbriefings.domain.Evidence;
import org.readoutbriefings.domain.MeetingFormat;

/**
 * What the extractor found in one prose readout. {@code meetingDate} is null and {@code countries} empty
 * when the text does not say; the caller rejects such a readout.
 */
public record Extraction(
        String title,
        LocalDate meetingDate,
        LocalDate publishedDate,
        MeetingFormat format,
        String issuer,
        List<Participant> participants,
        List<String> countries,
        List<String> organisations,
        List<String> topics,
        List<ExtractedCommitment> commitments,
        List<ExtractedFollowUp> followUps,
        List<Evidence> evidence) {
}
