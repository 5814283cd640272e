package org.readoutbriefings.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.readoutbriefings.domain.Readout;
import org.readoutbriefings.ingest.InputFolder;
import org.readoutbriefings.ingest.JsonFormat;
import org.readoutbriefings.ingest.JsonLinesFormat;
import org.readoutbriefings.ingest.MarkdownFormat;
import org.readoutbriefings.ingest.ReadoutRecordMapper;
import org.readoutbriefings.ingest.ReadoutRecordReader;
import org.readoutbriefings.ingest.RejectedRecordSkipPolicy;
import org.readoutbriefings.ingest.RejectsRecorder;
import org.readoutbriefings.ingest.SourceRecord;
import org.readoutbriefings.memo.MemoFileWriter;
import org.readoutbriefings.memo.MemoRenderer;
import org.readoutbriefings.memo.MemoRenderingProcessor;
import org.readoutbriefings.memo.MemoSubject;
import org.readoutbriefings.memo.MemoViewBuilder;
import org.readoutbriefings.memo.RenderedMemo;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;
import org.readoutbriefings.rollup.RollupBuilder;
import org.readoutbriefings.rollup.RollupQueries;
import org.readoutbriefings.store.ReadoutStore;
import org.readoutbriefings.store.ReadoutStoreWriter;
import org.readoutbriefings.tracker.TrackerSettings;
import org.readoutbriefings.tracker.TrackerWorkbookWriter;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The nightly briefing job, read top to bottom: ingest the input folder into the database, roll the
 * readouts up by partner country, topic and month, render the memos, write the tracker. The run date
 * is the identifying parameter: a failed night restarts where it stopped, a completed one is not
 * repeated unless forced.
 */
@Configuration
@EnableConfigurationProperties(BriefingsProperties.class)
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightlyBriefing";
    private static final int MEMOS_PER_CHUNK = 4;

    // --- reference data and stores ---

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    CountryDirectory countryDirectory() {
        return CountryDirectory.builtIn();
    }

    @Bean
    TopicTaxonomy topicTaxonomy(BriefingsProperties properties) throws IOException {
        Path file = properties.topicsFile();
        if (file == null || file.toString().isBlank()) {
            return TopicTaxonomy.builtIn();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return TopicTaxonomy.load(in, file.toString());
        }
    }

    @Bean
    ReadoutStore readoutStore(JdbcTemplate jdbc, Clock clock) {
        return new ReadoutStore(jdbc, clock);
    }

    @Bean
    RollupQueries rollupQueries(JdbcTemplate jdbc) {
        return new RollupQueries(jdbc);
    }

    // --- step 1: ingest ---

    @Bean
    @StepScope
    ReadoutRecordReader readoutRecordReader(BriefingsProperties properties,
                                            @Value("#{jobParameters['" + JobParameterNames.INPUT + "']}") String input) {
        JsonMapper json = JsonMapper.builder().build();
        InputFolder folder = new InputFolder(Path.of(input), List.of(new JsonFormat(json), new JsonLinesFormat(json),
                new MarkdownFormat(YAMLMapper.builder().build(), properties.maxInputFileBytes())));
        return new ReadoutRecordReader(folder);
    }

    @Bean
    @StepScope
    ReadoutRecordMapper readoutRecordMapper(CountryDirectory countries, TopicTaxonomy topics) {
        return new ReadoutRecordMapper(countries, topics);
    }

    @Bean
    @StepScope
    ReadoutStoreWriter readoutStoreWriter(ReadoutStore store, @Value("#{stepExecution.jobExecutionId}") Long runId) {
        return new ReadoutStoreWriter(store, runId);
    }

    @Bean
    @StepScope
    RejectsRecorder rejectsRecorder(JdbcTemplate jdbc, Clock clock, @Value("#{stepExecution.jobExecutionId}") Long runId) {
        return new RejectsRecorder(jdbc, runId, clock);
    }

    @Bean
    Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    BriefingsProperties properties, ReadoutRecordReader readoutRecordReader,
                    ReadoutRecordMapper readoutRecordMapper, ReadoutStoreWriter readoutStoreWriter,
                    RejectsRecorder rejectsRecorder) {
        return new StepBuilder("ingest", jobRepository)
                .<SourceRecord, Readout>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(readoutRecordReader)
                .processor(readoutRecordMapper)
                .writer(readoutStoreWriter)
                .faultTolerant()
                .skipPolicy(new RejectedRecordSkipPolicy())
                .skipListener(rejectsRecorder)
                .build();
    }

    // --- step 2: rollup ---

    @Bean
    @StepScope
    RollupBuilder rollupBuilder(JdbcTemplate jdbc, BriefingsProperties properties,
                                @Value("#{jobParameters['" + JobParameterNames.RUN_DATE + "']}") LocalDate runDate) {
        return new RollupBuilder(jdbc, properties.homeCountry(), runDate);
    }

    @Bean
    Step rollupStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    RollupBuilder rollupBuilder) {
        return new StepBuilder("rollup", jobRepository).tasklet(rollupBuilder, transactionManager).build();
    }

    // --- step 3: memos ---

    @Bean
    @StepScope
    ListItemReader<MemoSubject> memoSubjectReader(RollupQueries rollup, CountryDirectory countries, TopicTaxonomy topics) {
        List<MemoSubject> subjects = new ArrayList<>();
        rollup.partnerCountries().forEach(c -> subjects.add(new MemoSubject(MemoSubject.Kind.COUNTRY, c, countries.name(c))));
        rollup.topics().forEach(t -> subjects.add(new MemoSubject(MemoSubject.Kind.TOPIC, t, topics.label(t))));
        return new ListItemReader<>(subjects);
    }

    @Bean
    @StepScope
    MemoRenderingProcessor memoRenderingProcessor(ReadoutStore store, RollupQueries rollup, CountryDirectory countries,
                                                  TopicTaxonomy topics, BriefingsProperties properties,
                                                  @Value("#{jobParameters['" + JobParameterNames.RUN_DATE + "']}") LocalDate runDate) {
        MemoViewBuilder views = new MemoViewBuilder(store, rollup, countries, topics, properties.memo(),
                properties.homeCountry());
        return new MemoRenderingProcessor(views, new MemoRenderer(properties.templates()), runDate);
    }

    @Bean
    @StepScope
    MemoFileWriter memoFileWriter(@Value("#{jobParameters['" + JobParameterNames.OUTPUT + "']}") String output) {
        return new MemoFileWriter(Path.of(output));
    }

    @Bean
    Step memoStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                  ListItemReader<MemoSubject> memoSubjectReader, MemoRenderingProcessor memoRenderingProcessor,
                  MemoFileWriter memoFileWriter) {
        return new StepBuilder("memos", jobRepository)
                .<MemoSubject, RenderedMemo>chunk(MEMOS_PER_CHUNK)
                .transactionManager(transactionManager)
                .reader(memoSubjectReader)
                .processor(memoRenderingProcessor)
                .writer(memoFileWriter)
                .build();
    }

    // --- step 4: tracker ---

    @Bean
    @StepScope
    TrackerWorkbookWriter trackerWorkbookWriter(JdbcTemplate jdbc, RollupQueries rollup, CountryDirectory countries,
                                                TopicTaxonomy topics, BriefingsProperties properties, Clock clock,
                                                @Value("#{jobParameters['" + JobParameterNames.OUTPUT + "']}") String output,
                                                @Value("#{jobParameters['" + JobParameterNames.RUN_DATE + "']}") LocalDate runDate,
                                                @Value("#{stepExecution.jobExecutionId}") Long runId) {
        BriefingsProperties.Tracker tracker = properties.tracker();
        return new TrackerWorkbookWriter(jdbc, rollup, countries, topics, properties.homeCountry(), Path.of(output),
                runDate, runId, clock, new TrackerSettings(tracker.backups(), tracker.protectionPassword(),
                tracker.staleAfterDays(), TrackerSettings.EXCEL_MAX_ROWS));
    }

    @Bean
    Step trackerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     TrackerWorkbookWriter trackerWorkbookWriter) {
        return new StepBuilder("tracker", jobRepository).tasklet(trackerWorkbookWriter, transactionManager).build();
    }

    // --- the job ---

    @Bean
    RunReportWriter runReportWriter(JobRepository jobRepository, JdbcTemplate jdbc) {
        return new RunReportWriter(jobRepository, jdbc);
    }

    @Bean
    Job nightlyBriefingJob(JobRepository jobRepository, RunReportWriter runReportWriter, Step ingestStep,
                           Step rollupStep, Step memoStep, Step trackerStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(runReportWriter)
                .start(ingestStep)
                .next(rollupStep)
                .next(memoStep)
                .next(trackerStep)
                .build();
    }
}
