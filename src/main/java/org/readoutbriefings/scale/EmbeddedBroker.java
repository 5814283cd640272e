package org.readoutbriefings.scale;

import java.nio.file.Path;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * An ActiveMQ Artemis broker inside this process, for small installations and tests ({@code broker}): one TCP
 * acceptor, no security, nothing persisted. A partition message holds only a step execution's id and the job
 * repository knows which partitions completed, so a broker restart loses nothing a rerun does not redo.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();
    private final String url;

    private EmbeddedBroker(String url) {
        this.url = url;
    }

    /** Starts a broker that accepts connections on {@code host:port}; {@code data} holds its few working files. */
    public static EmbeddedBroker start(String host, int port, Path data) throws Exception {
        String url = "tcp://" + host + ":" + port;
        EmbeddedBroker broker = new EmbeddedBroker(url);
        Configuration configuration = new ConfigurationImpl();
        configuration.setName("readout-briefings");
        configuration.setPersistenceEnabled(false);
        configuration.setSecurityEnabled(false);
        configuration.setJMXManagementEnabled(false);
        configuration.setBrokerInstance(data.toFile());
        configuration.addAcceptorConfiguration("tcp", url);
        // a partition request that no worker can get through (each took it and died) ends in DLQ after ten tries,
        // rather than felling every worker in turn; the manager's timeout then fails the run
        configuration.addAddressSetting("#", new AddressSettings()
                .setMaxDeliveryAttempts(10)
                .setDeadLetterAddress(SimpleString.of("DLQ"))
                .setExpiryAddress(SimpleString.of("ExpiryQueue"))
                .setAutoCreateDeadLetterResources(true)
                .setAutoCreateExpiryResources(true));
        broker.server.setConfiguration(configuration);
        broker.server.start();
        return broker;
    }

    /** The URL the other roles give as {@code briefings.scale.broker-url}. */
    public String url() {
        return url;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
