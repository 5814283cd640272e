package org.readoutbriefings.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.readoutbriefings.delivery.DeliveryTemplates;
import org.readoutbriefings.delivery.IndexPageWriter;
import org.readoutbriefings.delivery.MailComposer;
import org.readoutbriefings.delivery.MailDelivery;
import org.readoutbriefings.delivery.MailOutbox;
import org.readoutbriefings.delivery.Subscriptions;
import org.readoutbriefings.domain.Readout;
import org.readoutbriefings.extract.ExtractionCues;
import org.readoutbriefings.extract.ReadoutExtractor;
import org.readoutbriefings.ingest.IngestPartitions;
import org.readoutbriefings.ingest.InputFileRecorder;
import org.readoutbriefings.ingest.InputFolder;
import org.readoutbriefings.ingest.InputFormats;
import org.readoutbriefings.ingest.InputScanner;
import org.readoutbriefings.ingest.ReadoutRecordMapper;
import org.readoutbriefings.ingest.ReadoutRecordReader;
import org.readoutbriefings.ingest.RejectedRecordSkipPolicy;
import org.readoutbriefings.ingest.RejectsRecorder;
import org.readoutbriefings.ingest.SourceRecord;
import org.readoutbriefings.memo.DigestViewBuilder;
import org.readoutbriefings.memo.MemoFileWriter;
import org.readoutbriefings.memo.MemoProgress;
import org.readoutbriefings.memo.MemoRenderer;
import org.readoutbriefings.memo.MemoRenderingProcessor;
import org.readoutbriefings.memo.MemoRenderingThreads;
import org.readoutbriefings.memo.MemoSubject;
import org.readoutbriefings.memo.MemoSubjects;
import org.readoutbriefings.memo.MemoTemplates;
import org.readoutbriefings.memo.MemoViewBuilder;
import org.readoutbriefings.memo.RenderedMemo;
import org.readoutbriefings.output.OutputFiles;
import org.readoutbriefings.progress.ProgressReporter;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;
import org.readoutbriefings.rollup.EngagementLinker;
import org.readoutbriefings.rollup.LaterReadoutEvidence;
import org.readoutbriefings.rollup.RollupBuilder;
import org.readoutbriefings.rollup.RollupQueries;
import org.readoutbriefings.store.BriefingQueries;
import org.readoutbriefings.store.H2PageCache;
import org.readoutbriefings.store.MemoVersions;
import org.readoutbriefings.store.ReadoutStore;
import org.readoutbriefings.store.ReadoutStoreWriter;
import org.readoutbriefings.store.RunHistory;
import org.readoutbriefings.tracker.TrackerSettings;
import org.readoutbriefings.tracker.TrackerReadBack;
import org.readoutbriefings.tracker.TrackerWorkbookWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;


/**
 * The nightly briefing job, read top to bottom: scan the input folder for new and changed files, ingest
 * them into the database, remember what was read, take what staff typed in the tracker, link the two
 * sides' readouts of one meeting, mark the follow-ups a later meeting likely fulfilled, roll the readouts
 * up by partner country, topic and month, render the memos and the night's digest, write the tracker, write
 * the index page beside them, and mail the subscribers what changed for them.
 * The run date is the identifying parameter: a failed night restarts where it stopped, a completed one
 * is not repeated unless forced. The beans that need the night's parameters are step-scoped and take them
 * whole, as {@link NightParameters}.
 */
@Configuration
@EnableConfigurationProperties(BriefingsProperties.class)
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightlyBriefing";
    private static final Logger log = LoggerFactory.getLogger(NightlyJobConfiguration.class);
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

    /** Every output file goes through it: replaced in one step, with the mode any program's new file gets. */
    @Bean
    OutputFiles outputFiles(BriefingsProperties properties) {
        return new OutputFiles(properties.outputFileMode());
    }

    @Bean
    ReadoutStore readoutStore(JdbcTemplate jdbc, Clock clock) {
        return new ReadoutStore(jdbc, clock);
    }

    @Bean
    RollupQueries rollupQueries(JdbcTemplate jdbc) {
        return new RollupQueries(jdbc);
    }

    /** A step of one tasklet, which logs its line when it ends ({@link ProgressReporter}). */
    private static Step taskletStep(String name, Tasklet tasklet, JobRepository jobRepository,
                                    PlatformTransactionManager transactionManager) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager)
                .listener((StepExecutionListener) new ProgressReporter()).build();
    }

    // --- steps 1-3 (scan, ingest, record-files): read what is new or changed in the input folder, remember what was read ---

    private static InputFolder inputFolder(BriefingsProperties properties, Path input) {
        return new InputFolder(input, InputFormats.all(properties.maxInputFileBytes()));
    }

    @Bean
    @StepScope
    InputScanner inputScanner(BriefingsProperties properties, JdbcTemplate jdbc, Clock clock,
                              @Value(NightParameters.THIS_NIGHT) NightParameters night,
                              @Value("#{stepExecution.jobExecution.jobInstanceId}") Long instanceId) {
        return new InputScanner(inputFolder(properties, night.input()), jdbc, instanceId, clock,
                new InputScanner.Options(night.full(), night.acceptRemovals(), night.verify() || properties.scan().verify()));
    }

    @Bean
    Step scanStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, InputScanner inputScanner) {
        return taskletStep(StepNames.SCAN, inputScanner, jobRepository, transactionManager);
    }

    /** The reader of one ingest partition: the files of the night's work list that fall to it. */
    @Bean
    @StepScope
    ReadoutRecordReader readoutRecordReader(BriefingsProperties properties, JdbcTemplate jdbc,
                                            @Value(NightParameters.THIS_NIGHT) NightParameters night,
                                            @Value("#{stepExecution.jobExecution.jobInstanceId}") Long instanceId,
                                            @Value("#{stepExecutionContext['" + IngestPartitions.INDEX + "']}") Integer partition,
                                            @Value("#{stepExecutionContext['" + IngestPartitions.COUNT + "']}") Integer partitions) {
        InputFolder folder = inputFolder(properties, night.input());
        return new ReadoutRecordReader(folder, () -> InputScanner.filesToRead(jdbc, folder, instanceId,
                name -> IngestPartitions.of(name, partitions) == partition));
    }

    @Bean
    ReadoutExtractor readoutExtractor(CountryDirectory countries, TopicTaxonomy topics) {
        return new ReadoutExtractor(countries, topics, ExtractionCues.builtIn());
    }

    @Bean
    @StepScope
    ReadoutRecordMapper readoutRecordMapper(CountryDirectory countries, TopicTaxonomy topics, ReadoutExtractor extractor,
                                            BriefingsProperties properties) {
        return new ReadoutRecordMapper(countries, topics, extractor, properties.homeCountry());
    }

    @Bean
    @StepScope
    ReadoutStoreWriter readoutStoreWriter(ReadoutStore store, RejectsRecorder rejectsRecorder,
                                          @Value("#{stepExecution.jobExecutionId}") Long runId,
                                          @Value("#{stepExecution.jobExecution.jobInstanceId}") Long instanceId) {
        return new ReadoutStoreWriter(store, runId, instanceId, claim -> rejectsRecorder.onSecondClaim(claim.rejected(),
                claim.rejectedIsProse(), claim.incoming().id(), claim.kept()));
    }

    @Bean
    @StepScope
    RejectsRecorder rejectsRecorder(JdbcTemplate jdbc, Clock clock, @Value("#{stepExecution.jobExecutionId}") Long runId) {
        return new RejectsRecorder(jdbc, runId, clock);
    }

    @Bean
    H2PageCache h2PageCache(JdbcTemplate jdbc, @Value("${spring.datasource.url:}") String url) {
        return new H2PageCache(jdbc, url);
    }

    /** The ingest's count and rate, one line for all its partitions. */
    @Bean
    ProgressReporter ingestProgress() {
        return new ProgressReporter("records");
    }

    /**
     * One partition of the ingest: reads its files, extracts and maps their records, and stores them a chunk per
     * transaction. Restartable on its own: its reader's place is saved with each chunk, and its files are always
     * the same ones in the same order.
     */
    @Bean
    Step ingestPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             BriefingsProperties properties, ReadoutRecordReader readoutRecordReader,
                             ReadoutRecordMapper readoutRecordMapper, ReadoutStoreWriter readoutStoreWriter,
                             RejectsRecorder rejectsRecorder, ProgressReporter ingestProgress) {
        return new StepBuilder(StepNames.INGEST_PARTITION, jobRepository)
                .<SourceRecord, Readout>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(readoutRecordReader)
                .processor(readoutRecordMapper)
                .writer(readoutStoreWriter)
                .faultTolerant()
                .skipPolicy(new RejectedRecordSkipPolicy())
                .skipListener(rejectsRecorder)
                .listener(ingestProgress.partitionChunks())
                .build();
    }

    /**
     * Runs the ingest's partitions at once on threads of this process. Reading and extracting prose is the
     * ingest's CPU work: each partition does its own, and they store one chunk at a time (ReadoutStore's
     * write lock). With scale-out, {@link RemotePartitioningConfiguration} hands the same partitions to workers.
     */
    @Bean
    @ConditionalOnExpression(RemotePartitioningConfiguration.SINGLE_PROCESS)
    TaskExecutorPartitionHandler ingestPartitionHandler(Step ingestPartitionStep, BriefingsProperties properties) {
        int partitions = properties.ingest().partitionsOrCores();
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("ingest-");
        threads.setConcurrencyLimit(partitions);
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(ingestPartitionStep);
        handler.setTaskExecutor(threads);
        handler.setGridSize(partitions);
        return handler;
    }

    /**
     * The ingest: the night's new and changed files split by path among {@code briefings.ingest.partitions}
     * partitions (one per core by default). A restart runs again only the partitions that did not complete,
     * each from its last committed chunk.
     */
    @Bean
    Step ingestStep(JobRepository jobRepository, PartitionHandler ingestPartitionHandler,
                    ProgressReporter ingestProgress, H2PageCache h2PageCache) {
        return new StepBuilder(StepNames.INGEST, jobRepository)
                .partitioner(StepNames.INGEST_PARTITION, new IngestPartitions())
                .partitionHandler(ingestPartitionHandler)
                .listener(ingestProgress)
                .listener(h2PageCache)  // H2's default cache while writing, a larger one for the steps that read
                .build();
    }

    @Bean
    @StepScope
    InputFileRecorder inputFileRecorder(JdbcTemplate jdbc, Clock clock,
                                        @Value("#{stepExecution.jobExecution.jobInstanceId}") Long instanceId) {
        return new InputFileRecorder(jdbc, instanceId, clock);
    }

    @Bean
    Step recordFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         InputFileRecorder inputFileRecorder) {
        return taskletStep(StepNames.RECORD_FILES, inputFileRecorder, jobRepository, transactionManager);
    }

    // --- steps 4-7 (tracker-edits, link, fulfilment, rollup): take what staff typed, link the accounts of one meeting, roll up ---

    @Bean
    @StepScope
    TrackerReadBack trackerReadBack(JdbcTemplate jdbc, BriefingsProperties properties, Clock clock, OutputFiles outputFiles,
                                    @Value(NightParameters.THIS_NIGHT) NightParameters night,
                                    @Value("#{stepExecution.jobExecutionId}") Long runId) {
        return new TrackerReadBack(jdbc, night.output(), runId, clock, properties.tracker().backups(), outputFiles);
    }

    @Bean
    Step trackerEditsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          TrackerReadBack trackerReadBack) {
        return taskletStep(StepNames.TRACKER_EDITS, trackerReadBack, jobRepository, transactionManager);
    }

    @Bean
    Step linkStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
        return taskletStep(StepNames.LINK, new EngagementLinker(jdbc), jobRepository, transactionManager);
    }

    @Bean
    @StepScope
    LaterReadoutEvidence laterReadoutEvidence(JdbcTemplate jdbc,
                                              @Value(NightParameters.THIS_NIGHT) NightParameters night) {
        return new LaterReadoutEvidence(jdbc, night.runDate());
    }

    @Bean
    Step fulfilmentStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        LaterReadoutEvidence laterReadoutEvidence) {
        return taskletStep(StepNames.FULFILMENT, laterReadoutEvidence, jobRepository, transactionManager);
    }

    @Bean
    @StepScope
    RollupBuilder rollupBuilder(JdbcTemplate jdbc, BriefingsProperties properties,
                                @Value(NightParameters.THIS_NIGHT) NightParameters night) {
        return new RollupBuilder(jdbc, properties.homeCountry(), night.runDate());
    }

    @Bean
    Step rollupStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    RollupBuilder rollupBuilder) {
        return taskletStep(StepNames.ROLLUP, rollupBuilder, jobRepository, transactionManager);
    }

    // --- step 8 (memos): the memos and the digest ---

    /**
     * The application's templates with the user's over them, in a private folder deleted when the application
     * closes. Lazy, like the renderer: commands that render nothing (status, a night already completed) never
     * copy or check them.
     */
    @Bean
    @Lazy
    MemoTemplates memoTemplates(BriefingsProperties properties) throws IOException {
        Path overrides = MemoTemplates.overrides(properties.templates());
        MemoTemplates templates = MemoTemplates.assemble(overrides);
        if (!templates.overridden().isEmpty()) {
            log.info("Templates: {} from {}, the others the application's", String.join(", ", templates.overridden()),
                    overrides.toAbsolutePath());
        }
        return templates;
    }

    /** Created, and its templates checked, before a run's first step: a broken template fails the run before any. */
    @Bean
    @Lazy
    MemoRenderer memoRenderer(MemoTemplates memoTemplates) {
        MemoRenderer renderer = new MemoRenderer(memoTemplates.folder());
        renderer.checkTemplates();
        return renderer;
    }

    @Bean
    RunHistory runHistory(JdbcTemplate jdbc) {
        return new RunHistory(jdbc, JOB_NAME, JobParameterNames.RUN_DATE);
    }

    /**
     * Every partner country, every topic, then the night's digest ({@link MemoSubjects}). Memos of subjects that
     * are no longer partners or topics are removed first.
     */
    @Bean
    @StepScope
    ListItemReader<MemoSubject> memoSubjectReader(RollupQueries rollup, CountryDirectory countries, TopicTaxonomy topics,
                                                  MemoVersions memoVersions, @Value(NightParameters.THIS_NIGHT) NightParameters night)
            throws IOException {
        List<MemoSubject> subjects = MemoSubjects.of(rollup, countries, topics, night.runDate());
        MemoSubjects.tidy(night.output(), subjects, memoVersions, night.runDate());
        return new ListItemReader<>(subjects);
    }

    @Bean
    @StepScope
    MemoRenderingProcessor memoRenderingProcessor(ReadoutStore store, JdbcTemplate jdbc, RollupQueries rollup, RunHistory runHistory,
                                                  CountryDirectory countries, TopicTaxonomy topics,
                                                  BriefingsProperties properties, MemoRenderer memoRenderer,
                                                  @Value(NightParameters.THIS_NIGHT) NightParameters night,
                                                  @Value("#{stepExecution.jobExecutionId}") Long runId) {
        BriefingQueries queries = new BriefingQueries(jdbc);
        MemoViewBuilder views = new MemoViewBuilder(store, queries, rollup, countries, topics, properties.memo(),
                properties.homeCountry(), JobParameterNames.RUN_DATE);
        return new MemoRenderingProcessor(views, digestViewBuilder(store, jdbc, runHistory, countries, topics, properties),
                memoRenderer, night.runDate(), runId);
    }

    private static DigestViewBuilder digestViewBuilder(ReadoutStore store, JdbcTemplate jdbc, RunHistory runHistory,
                                                       CountryDirectory countries, TopicTaxonomy topics,
                                                       BriefingsProperties properties) {
        return new DigestViewBuilder(store, new BriefingQueries(jdbc), runHistory, countries, topics, properties.memo(),
                properties.homeCountry());
    }

    @Bean
    MemoVersions memoVersions(JdbcTemplate jdbc) {
        return new MemoVersions(jdbc);
    }

    @Bean
    @StepScope
    MemoFileWriter memoFileWriter(OutputFiles outputFiles, MemoVersions memoVersions,
                                  @Value(NightParameters.THIS_NIGHT) NightParameters night) {
        return new MemoFileWriter(night.output(), outputFiles, memoVersions, night.runDate());
    }

    /** The threads memos are rendered on, one per processor: they outlive the step, keeping their parsed fonts. */
    @Bean
    MemoRenderingThreads memoRenderingThreads() {
        return new MemoRenderingThreads();
    }

    /**
     * One step on every core: the step's thread reads the subjects and writes the files, one chunk per
     * transaction as before, while the memos of each chunk ({@value #MEMOS_PER_CHUNK} per rendering thread)
     * are built and rendered concurrently on {@link MemoRenderingThreads}. It stays one "memos" step
     * execution (the run report counts it by name) and restarts as before: the subjects are listed again and
     * every memo of a failed step is rendered again, each file replaced in one step, so a crash leaves whole
     * memos only. With scale-out, {@link RemotePartitioningConfiguration} hands the memos to workers instead.
     */
    @Bean
    @ConditionalOnExpression(RemotePartitioningConfiguration.SINGLE_PROCESS)
    Step memoStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                  ListItemReader<MemoSubject> memoSubjectReader, MemoRenderingProcessor memoRenderingProcessor,
                  MemoFileWriter memoFileWriter, MemoRenderingThreads memoRenderingThreads) {
        return memoRenderingStep(StepNames.MEMOS, memoSubjectReader, jobRepository, transactionManager, memoRenderingProcessor,
                memoFileWriter, memoRenderingThreads, true);
    }

    /**
     * A step that renders the memos its reader lists: the whole night's, with its progress line, or one partition's,
     * whose worker logs a line of its own when it ends.
     */
    static Step memoRenderingStep(String name, ListItemReader<MemoSubject> subjects, JobRepository jobRepository,
                                  PlatformTransactionManager transactionManager, MemoRenderingProcessor memoRenderingProcessor,
                                  MemoFileWriter memoFileWriter, MemoRenderingThreads memoRenderingThreads,
                                  boolean progressLine) {
        var step = new StepBuilder(name, jobRepository)
                // a few memos per thread, so a long memo keeps the other threads idle less at the chunk's end
                .<MemoSubject, RenderedMemo>chunk(MEMOS_PER_CHUNK * memoRenderingThreads.threads())
                .transactionManager(transactionManager)
                .reader(subjects)
                .processor(memoRenderingProcessor)
                .writer(memoFileWriter)
                .taskExecutor(memoRenderingThreads.executor());
        return progressLine ? step.listener(new MemoProgress(new ProgressReporter("memos"))).build() : step.build();
    }

    // --- step 9 (tracker) ---

    @Bean
    @StepScope
    TrackerWorkbookWriter trackerWorkbookWriter(JdbcTemplate jdbc, RollupQueries rollup, CountryDirectory countries,
                                                TopicTaxonomy topics, BriefingsProperties properties, Clock clock,
                                                OutputFiles outputFiles,
                                                @Value(NightParameters.THIS_NIGHT) NightParameters night,
                                                @Value("#{stepExecution.jobExecutionId}") Long runId) {
        BriefingsProperties.Tracker tracker = properties.tracker();
        return new TrackerWorkbookWriter(jdbc, rollup, countries, topics, properties.homeCountry(), night.output(),
                night.runDate(), runId, clock, new TrackerSettings(tracker.backups(), tracker.protectionPassword(),
                tracker.staleAfterDays(), TrackerSettings.EXCEL_MAX_ROWS), outputFiles);
    }

    @Bean
    Step trackerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     TrackerWorkbookWriter trackerWorkbookWriter) {
        return taskletStep(StepNames.TRACKER, trackerWorkbookWriter, jobRepository, transactionManager);
    }

    // --- step 10 (index): the index page beside the memos ---

    @Bean
    DeliveryTemplates deliveryTemplates() {
        return new DeliveryTemplates();
    }

    @Bean
    @StepScope
    IndexPageWriter indexPageWriter(ReadoutStore store, JdbcTemplate jdbc, RunHistory runHistory, CountryDirectory countries,
                                    TopicTaxonomy topics, BriefingsProperties properties, MemoVersions memoVersions,
                                    DeliveryTemplates deliveryTemplates, OutputFiles outputFiles,
                                    @Value(NightParameters.THIS_NIGHT) NightParameters night,
                                    @Value("#{stepExecution.jobExecutionId}") Long runId) {
        return new IndexPageWriter(night.output(), night.runDate(), runId, memoVersions,
                digestViewBuilder(store, jdbc, runHistory, countries, topics, properties), deliveryTemplates, outputFiles);
    }

    @Bean
    Step indexStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, IndexPageWriter indexPageWriter) {
        return taskletStep(StepNames.INDEX, indexPageWriter, jobRepository, transactionManager);
    }

    // --- step 11 (mail): the night's briefings to the subscribers ---

    /**
     * Sends what the night wrote, once. The SMTP server is Spring Boot's {@code spring.mail.*}: its JavaMailSender
     * exists when {@code spring.mail.host} is set, which the settings check asks for when mail is on.
     */
    @Bean
    @StepScope
    MailDelivery mailDelivery(BriefingsProperties properties, ObjectProvider<JavaMailSender> mailSender, ReadoutStore store,
                              JdbcTemplate jdbc, RunHistory runHistory, CountryDirectory countries, TopicTaxonomy topics,
                              MemoVersions memoVersions, DeliveryTemplates deliveryTemplates,
                              PlatformTransactionManager transactionManager, Clock clock,
                              @Value(NightParameters.THIS_NIGHT) NightParameters night,
                              @Value("#{stepExecution.jobExecutionId}") Long runId) throws AddressException {
        BriefingsProperties.Mail mail = properties.mail();
        LocalDate runDate = night.runDate();
        JavaMailSender sender = mailSender.getObject();
        return new MailDelivery(Subscriptions.read(mail.subscriptions(), countries, topics),
                digestViewBuilder(store, jdbc, runHistory, countries, topics, properties), memoVersions,
                new MailComposer(sender, new InternetAddress(mail.from(), true), night.output(), deliveryTemplates,
                        mail.maxAttachmentBytes()),
                new MailOutbox(jdbc, transactionManager, clock), sender, runDate,
                runHistory.latestCompletedNight().filter(runDate::isBefore).isEmpty(), runId, mail.maxRefusals(),
                runHistory.latestCompletedNight().filter(runDate::isBefore).orElse(runDate), mail.holdNights());
    }

    /** Off unless {@code briefings.mail.enabled}: the step then only says so. */
    @Bean
    Step mailStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, BriefingsProperties properties,
                  ObjectProvider<MailDelivery> mailDelivery) {
        Tasklet off = (contribution, context) -> {
            ProgressReporter.summarise(contribution, "off (briefings.mail.enabled is false)");
            return RepeatStatus.FINISHED;
        };
        return taskletStep(StepNames.MAIL, properties.mail().enabled() ? mailDelivery.getObject() : off, jobRepository,
                transactionManager);
    }

    // --- the job ---

    @Bean
    CurrentRun currentRun() {
        return new CurrentRun();
    }

    @Bean
    RunReportWriter runReportWriter(JobRepository jobRepository, JdbcTemplate jdbc, OutputFiles outputFiles) {
        return new RunReportWriter(jobRepository, jdbc, outputFiles);
    }

    @Bean
    Job nightlyBriefingJob(JobRepository jobRepository, RunReportWriter runReportWriter, CurrentRun currentRun, Step scanStep, Step ingestStep,
                           Step recordFilesStep, Step trackerEditsStep, Step linkStep, Step fulfilmentStep, Step rollupStep, Step memoStep, Step trackerStep,
                           Step indexStep, Step mailStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(runReportWriter)
                .listener(currentRun)
                .start(scanStep)
                .next(ingestStep)
                .next(recordFilesStep)
                .next(trackerEditsStep)
                .next(linkStep)
                .next(fulfilmentStep)
                .next(rollupStep)
                .next(memoStep)
                .next(trackerStep)
                .next(indexStep)
                .next(mailStep)
                .build();
    }
}
