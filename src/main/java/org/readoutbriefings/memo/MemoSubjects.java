package org.readoutbriefings.memo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;
import org.readoutbriefings.rollup.RollupQueries;
import org.readoutbriefings.store.MemoVersions;

/**
 * The memos a night writes: every partner country, every topic, then the night's digest. Every memo is rewritten
 * every night, so each is dated the night and its window, figures and due flags are that night's.
 */
public final class MemoSubjects {

    private MemoSubjects() {
    }

    /** The night's subjects, in the order they are written; the same list in any process that reads the rollup. */
    public static List<MemoSubject> of(RollupQueries rollup, CountryDirectory countries, TopicTaxonomy topics, LocalDate runDate) {
        List<MemoSubject> subjects = new ArrayList<>();
        rollup.partnerCountries().forEach(c -> subjects.add(new MemoSubject(MemoSubject.Kind.COUNTRY, c, countries.name(c))));
        rollup.topics().forEach(t -> subjects.add(new MemoSubject(MemoSubject.Kind.TOPIC, t, topics.label(t))));
        subjects.add(new MemoSubject(MemoSubject.Kind.DIGEST, runDate.toString(), "Nightly digest"));
        return subjects;
    }

    /**
     * Before the night's memos are written, once: the memos of subjects that are no longer partners or topics (a
     * changed home country, readouts removed) are removed, with the night's records of them, and so are the
     * temporary files of a process killed while writing one.
     */
    public static void tidy(Path output, List<MemoSubject> subjects, MemoVersions versions, LocalDate runDate) throws IOException {
        StaleMemos.remove(output, subjects);
        versions.keepOnly(runDate, subjects.stream().map(s -> s.kind().folder() + "/" + s.key()).toList());
    }
}
