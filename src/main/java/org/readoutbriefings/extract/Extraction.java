package org.readoutbriefings.extract;

import java.time.LocalDate;
import java.util.List;

import org.readoutbriefings.domain.DateSource;
import org.readoutbriefings.domain.Evidence;
import org.readoutbriefings.domain.MeetingFormat;
import org.readoutbriefings.domain.ReadoutWarning;

/**
 * What the extractor found in one prose readout. {@code meetingDate} and {@code dateSource} are null when the
 * document carries no date (the readout is kept for staff to date); {@code countries} is empty when the text
 * names none (the caller rejects such a readout); {@code warnings} says what staff should check.
 */
public record Extraction(
        String title,
        LocalDate meetingDate,
        DateSource dateSource,
        LocalDate publishedDate,
        MeetingFormat format,
        String issuer,
        List<Participant> participants,
        List<String> countries,
        List<String> organisations,
        List<String> topics,
        List<ExtractedCommitment> commitments,
        List<ExtractedFollowUp> followUps,
        List<Evidence> evidence,
        List<ReadoutWarning> warnings) {
}
