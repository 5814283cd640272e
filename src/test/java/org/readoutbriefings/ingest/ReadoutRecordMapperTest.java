package org.readoutbriefings.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.readoutbriefings.domain.MeetingFormat;
import org.readoutbriefings.domain.Readout;
import org.readoutbriefings.domain.RecordOrigin;
import org.readoutbriefings.domain.TrackingStatus;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;

import tools.jackson.databind.json.JsonMapper;

class ReadoutRecordMapperTest {

    private static final CountryDirectory COUNTRIES = CountryDirectory.builtIn();
    private static final TopicTaxonomy TOPICS = TopicTaxonomy.builtIn();
    private final ReadoutRecordMapper mapper = new ReadoutRecordMapper(COUNTRIES, TOPICS, new org.readoutbriefings.extract.ReadoutExtractor(COUNTRIES, TOPICS, org.readoutbriefings.extract.ExtractionCues.builtIn()), "JP");

    private Readout map(String json) {
        return mapper.process(SourceRecord.of(new RecordOrigin("feed.jsonl", 7), JsonMapper.builder().build().readTree(json), null));
    }

    private RejectedRecordException reject(String json) {
        try {
            map(json);
        } catch (RejectedRecordException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void mapsEveryFieldAndNormalisesCountriesAndTopics() {
        Readout r = map("""
                {"title": "Japan-Australia Foreign Ministers' Video Teleconference", "meetingDate": "2022-06-23",
                 "format": "video teleconference", "countries": ["Japan"],
                 "participants": [{"name": "Penny Wong", "title": "Minister for Foreign Affairs", "country": "Australia"}],
                 "topics": ["Energy and climate", "trade"],
                 "commitments": [{"text": "The ministers agreed to deepen cooperation on LNG.", "actors": ["both sides"],
                                  "dueDate": "2023-01-31"},
                                 "Japan will host the next meeting."],
                 "followUps": [{"text": "They will meet again in Tokyo.", "dueText": "next year", "topic": "bilateral-relations"}]}
                """);
        assertThat(r.countries()).containsExactly("AU", "JP");
        assertThat(r.partnerCountries("JP")).containsExactly("AU");
        assertThat(r.format()).isEqualTo(MeetingFormat.VIDEO);
        assertThat(r.topics()).containsExactly("energy-climate", "trade", "bilateral-relations");
        assertThat(r.commitments()).hasSize(2);
        assertThat(r.commitments().get(0).actors()).containsExactly("AU", "JP");
        assertThat(r.commitments().get(0).topic()).isEqualTo("energy-climate");
        assertThat(r.commitments().get(0).dueDate()).isEqualTo(LocalDate.of(2023, 1, 31));
        assertThat(r.commitments().get(1).status()).isEqualTo(TrackingStatus.OPEN);
        assertThat(r.followUps().get(0).dueText()).isEqualTo("next year");
        assertThat(r.id()).startsWith("r-");
    }

    @Test
    void idsAreStableAndIgnoreWhitespaceAndCase() {
        String json = """
                {"title": "Call", "meetingDate": "2024-01-02", "countries": ["JP", "US"],
                 "commitments": ["The two agreed to  meet again."]}""";
        Readout a = map(json);
        Readout b = new ReadoutRecordMapper(COUNTRIES, TOPICS, new org.readoutbriefings.extract.ReadoutExtractor(COUNTRIES, TOPICS, org.readoutbriefings.extract.ExtractionCues.builtIn()), "JP").process(SourceRecord.of(new RecordOrigin("other.json", 1),
                JsonMapper.builder().build().readTree(json.replace("  meet", " meet").replace("The two", "the two")), null));
        assertThat(b.id()).isEqualTo(a.id());
        assertThat(b.commitments().get(0).id()).isEqualTo(a.commitments().get(0).id());
    }

    @Test
    void rejectsWithFieldAndReason() {
        assertThat(reject("{\"meetingDate\": \"2024-01-02\", \"countries\": [\"JP\"]}").field()).isEqualTo("title");
        assertThat(reject("{\"title\": \"t\", \"meetingDate\": \"20211-01-02\", \"countries\": [\"JP\"]}").reason())
                .contains("not a valid date");
        assertThat(reject("{\"title\": \"t\", \"meetingDate\": \"2024-01-02\", \"countries\": [\"JP\", \"Congo\"]}").reason())
                .contains("ambiguous").contains("CG").contains("CD");
        RejectedRecordException participant = reject("{\"title\": \"t\", \"meetingDate\": \"2024-01-02\","
                + " \"participants\": [{\"name\": \"X\", \"country\": \"Atlantis\"}]}");
        assertThat(participant.field()).isEqualTo("participants[0].country");
        assertThat(reject("{\"title\": \"t\", \"meetingDate\": \"2024-01-02\"}").reason()).contains("needs at least one country");
        assertThat(reject("{\"title\": 42, \"meetingDate\": \"2024-01-02\", \"countries\": [\"JP\"]}").reason())
                .isEqualTo("must be text, not a number");
        assertThat(reject("{\"title\": \"t\", \"meetingDate\": \"2024-01-02\", \"countries\": [\"JP\"], \"topics\": [\"golf\"]}")
                .reason()).startsWith("unknown topic 'golf'");
        assertThat(reject("{\"title\": \"t\", \"meetingDate\": \"2024-01-02\", \"countries\": [\"JP\"], \"format\": \"carrier pigeon\"}")
                .field()).isEqualTo("format");
        assertThat(reject("{\"title\": \"t\", \"meetingDate\": \"2024-01-02\", \"countries\": [\"JP\"],"
                + " \"commitments\": [{\"text\": \"x\", \"status\": \"maybe\"}]}").field()).isEqualTo("commitments[0].status");
    }

    @Test
    void refusesIdsAndUrlsThatCouldReachTheFileSystem() {
        for (String id : new String[]{"../../etc/passwd", "a/b", "nul\\u0000byte", ".hidden"}) {
            assertThat(reject("{\"id\": \"" + id + "\", \"title\": \"t\", \"meetingDate\": \"2024-01-02\", \"countries\": [\"JP\"]}")
                    .field()).as(id).isEqualTo("id");
        }
        assertThat(reject("{\"title\": \"t\", \"meetingDate\": \"2024-01-02\", \"countries\": [\"JP\"],"
                + " \"sourceUrl\": \"file:///etc/passwd\"}").reason()).contains("not an http or https address");
    }

    @Test
    void rejectsTheSecondRecordClaimingAnId() {
        String json = "{\"id\": \"same\", \"title\": \"t\", \"meetingDate\": \"2024-01-02\", \"countries\": [\"JP\"]}";
        map(json);
        assertThat(reject(json).reason()).contains("also the id of the readout at feed.jsonl:7");
    }

    @Test
    void rejectsUnreadableRecordsWithTheirProblem() {
        assertThatThrownBy(() -> mapper.process(SourceRecord.unreadable(new RecordOrigin("x.json", 3), "malformed JSON")))
                .isInstanceOf(RejectedRecordException.class).hasMessage("x.json:3: malformed JSON");
    }

    @Test
    void rejectsProseWhoseCommitmentRunsOnWithoutSentenceBreaks() {
        String text = "Tokyo, 1 May 2024. " + "Japan and France agreed that the committee would meet and agree to discuss cooperation "
                .repeat(300);
        assertThatThrownBy(() -> mapper.process(SourceRecord.prose(new RecordOrigin("long.txt", 1), text, null)))
                .isInstanceOf(RejectedRecordException.class).hasMessageContaining("the text seems to lack sentence breaks");
    }

    @Test
    void aMeetingOfInternationalOrganisationsOnlyIsKeptWithAWarning() {
        Readout r = mapper.process(SourceRecord.prose(new RecordOrigin("2024-05-09-sg-auc.txt", 1),
                "Readout of the Secretary-General's meeting with the Chairperson of the African Union Commission\n"
                        + "The Secretary-General, António Guterres, met today with the Chairperson of the African Union Commission,"
                        + " Moussa Faki Mahamat. They agreed to deepen cooperation on peace operations in the Sahel.", null));
        assertThat(r.countries()).isEmpty();
        assertThat(r.meetingDate()).isEqualTo(java.time.LocalDate.of(2024, 5, 9));
        assertThat(r.commitments()).singleElement().satisfies(c -> assertThat(c.text()).contains("peace operations"));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).startsWith("only international organisations take part"));
    }
}
