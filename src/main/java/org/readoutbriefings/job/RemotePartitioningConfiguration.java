package org.readoutbriefings.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.readoutbriefings.memo.MemoFileWriter;
import org.readoutbriefings.memo.MemoPartitions;
import org.readoutbriefings.memo.MemoRenderingProcessor;
import org.readoutbriefings.memo.MemoRenderingThreads;
import org.readoutbriefings.memo.MemoSubject;
import org.readoutbriefings.memo.MemoSubjects;
import org.readoutbriefings.progress.ProgressReporter;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;
import org.readoutbriefings.rollup.RollupQueries;
import org.readoutbriefings.scale.BrokerConnection;
import org.readoutbriefings.scale.PartitionRequests;
import org.readoutbriefings.scale.WorkerPartitions;
import org.readoutbriefings.store.MemoVersions;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.transaction.PlatformTransactionManager;

import jakarta.jms.ConnectionFactory;

/**
 * Scale-out (docs/scale-out.md): the ingest's and the memos' partitions run in worker processes, through Spring
 * Batch's remote partitioning in polling mode over JMS, with ActiveMQ Artemis as the broker and the job repository
 * in the PostgreSQL database every role shares. The manager ({@code run} with {@code briefings.scale.workers} > 0)
 * sends each partition's step execution id to the queue {@value #QUEUE} and reads the partitions' outcome from
 * the job repository; each worker ({@code worker}) takes one message at a time and runs that partition. Scan,
 * link, rollup, tracker, index and mail stay with the manager. Without these settings none of this exists: the
 * job runs in one process ({@link NightlyJobConfiguration}'s own partition handler and memo step).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(RemotePartitioningConfiguration.SCALE_OUT)
@EnableIntegration
public class RemotePartitioningConfiguration {

    /** On for a manager of workers and for a worker. */
    public static final String SCALE_OUT = "${briefings.scale.workers:0} > 0 or ${" + RemotePartitioningConfiguration.WORKER + ":false}";
    public static final String SINGLE_PROCESS = "!(" + SCALE_OUT + ")";
    /** Set by the {@code worker} command, not by users. */
    public static final String WORKER = "briefings.scale.worker";
    /** The queue of partition requests. */
    public static final String QUEUE = "briefings.partitions";

    @Bean
    ConnectionFactory brokerConnectionFactory(BriefingsProperties properties) {
        BriefingsProperties.Scale scale = properties.scale();
        return BrokerConnection.factory(scale.brokerUrl(), scale.brokerUser(), scale.brokerPassword());
    }

    // --- the manager's side: partitions out to the broker, their outcome read from the job repository ---

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    /** Each request as text ("ingest-partition 42"): the workers deserialise nothing but a name and a number. */
    @Bean
    IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, ConnectionFactory brokerConnectionFactory) {
        return IntegrationFlow.from(partitionRequests)
                .transform(StepExecutionRequest.class, PartitionRequests::encode)
                .handle(Jms.outboundAdapter(brokerConnectionFactory).destination(QUEUE))
                .get();
    }

    private static PartitionHandler workerPartitions(String workerStep, BriefingsProperties properties,
                                                     DirectChannel requests, JobRepository jobRepository) {
        BriefingsProperties.Scale scale = properties.scale();
        return new WorkerPartitions(workerStep, scale.partitionsOrTwoPerWorker(), requests, jobRepository,
                scale.pollInterval(), scale.partitionTimeout());
    }

    /** The ingest's partitions ({@link NightlyJobConfiguration#ingestPartitionStep}), run by the workers. */
    @Bean
    PartitionHandler ingestPartitionHandler(BriefingsProperties properties, DirectChannel partitionRequests,
                                            JobRepository jobRepository) {
        return workerPartitions(StepNames.INGEST_PARTITION, properties, partitionRequests, jobRepository);
    }

    /**
     * The memos, split by subject among partitions the workers render. Before they are handed out, once, the memos
     * of subjects that are gone and any temporary file of a killed worker are removed; each worker then moves
     * whole memos into the shared output folder, so nobody ever sees a half-written one. The manager's step keeps
     * the name "memos" and adds up its partitions' counts.
     */
    @Bean
    Step memoStep(JobRepository jobRepository, BriefingsProperties properties, DirectChannel partitionRequests,
                  RollupQueries rollup, CountryDirectory countries, TopicTaxonomy topics, MemoVersions memoVersions) {
        StepExecutionListener tidy = new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                NightParameters night = NightParameters.from(stepExecution.getJobParameters());
                try {
                    MemoSubjects.tidy(night.output(), MemoSubjects.of(rollup, countries, topics, night.runDate()), memoVersions,
                            night.runDate());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        ProgressReporter progress = new ProgressReporter("memos");
        return new StepBuilder(StepNames.MEMOS, jobRepository)
                .partitioner(StepNames.MEMO_PARTITION, new MemoPartitions())
                .partitionHandler(workerPartitions(StepNames.MEMO_PARTITION, properties, partitionRequests, jobRepository))
                .listener(tidy)
                .listener((StepExecutionListener) progress)
                .build();
    }

    // --- the worker's side ---

    /** The memos of one partition: the night's subjects whose hash falls to it. */
    @Bean
    @StepScope
    ListItemReader<MemoSubject> memoPartitionReader(RollupQueries rollup, CountryDirectory countries, TopicTaxonomy topics,
                                                    @Value(NightParameters.THIS_NIGHT) NightParameters night,
                                                    @Value("#{stepExecutionContext['" + MemoPartitions.INDEX + "']}") Integer partition,
                                                    @Value("#{stepExecutionContext['" + MemoPartitions.COUNT + "']}") Integer partitions) {
        List<MemoSubject> mine = MemoSubjects.of(rollup, countries, topics, night.runDate()).stream()
                .filter(s -> MemoPartitions.of(s, partitions) == partition).toList();
        return new ListItemReader<>(mine);
    }

    /** One partition of the memos, rendered on every core of the worker as the single-process step renders all. */
    @Bean
    Step memoPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           ListItemReader<MemoSubject> memoPartitionReader, MemoRenderingProcessor memoRenderingProcessor,
                           MemoFileWriter memoFileWriter, MemoRenderingThreads memoRenderingThreads) {
        return NightlyJobConfiguration.memoRenderingStep(StepNames.MEMO_PARTITION, memoPartitionReader, jobRepository,
                transactionManager, memoRenderingProcessor, memoFileWriter, memoRenderingThreads, false);
    }

    /** Only in the {@code worker} command: takes partition requests from the broker and runs them. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = WORKER, havingValue = "true")
    static class Worker {

        @Bean
        PartitionRequests partitionRunner(JobRepository jobRepository, List<Step> steps) {
            return new PartitionRequests(jobRepository, steps, workerName());
        }

        /**
         * One message at a time per consumer, in a transaction that ends when the partition has run: a worker killed
         * mid-partition never acknowledged it, so the broker hands it to another worker, which goes on from the
         * partition's last committed chunk.
         */
        @Bean
        IntegrationFlow partitionsFromBroker(ConnectionFactory brokerConnectionFactory, PartitionRequests partitionRunner,
                                             BriefingsProperties properties) {
            int consumers = properties.scale().workerPartitionsOrCores();
            DefaultMessageListenerContainer listener = new DefaultMessageListenerContainer();
            listener.setConnectionFactory(brokerConnectionFactory);
            listener.setDestinationName(QUEUE);
            listener.setSessionTransacted(true);
            listener.setConcurrentConsumers(consumers);
            listener.setMaxConcurrentConsumers(consumers);
            partitionRunner.receiveFrom(listener);
            return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(listener))
                    .handle(String.class, (request, headers) -> {
                        partitionRunner.run(request);
                        return null;
                    })
                    .get();
        }

        /** How the worker's lines name it: host and process. */
        private static String workerName() {
            String host = System.getenv().getOrDefault("HOSTNAME", "");
            if (host.isBlank()) {
                try {
                    host = java.net.InetAddress.getLocalHost().getHostName();
                } catch (IOException e) {
                    host = "worker";
                }
            }
            return "worker " + host + "/" + ProcessHandle.current().pid();
        }
    }
}
