package org.readoutbriefings.scale;

import java.util.Optional;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;

/**
 * The JMS connection every role makes to the ActiveMQ Artemis broker that carries the partitions
 * ({@code briefings.scale.broker-url}, {@code -user}, {@code -password}).
 */
public final class BrokerConnection {

    private BrokerConnection() {
    }

    /** A connection factory for the broker at {@code url}; see {@link #withoutPrefetch}. */
    public static ConnectionFactory factory(String url, String user, String password) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(withoutPrefetch(url));
        if (user != null && !user.isBlank()) {
            factory.setUser(user);
            factory.setPassword(password);
        }
        return factory;
    }

    /**
     * The URL with {@code consumerWindowSize=0} unless it sets a window itself: Artemis otherwise sends each consumer
     * a buffer of messages ahead, and the first worker to connect takes every partition while the others idle.
     */
    static String withoutPrefetch(String url) {
        if (url.contains("consumerWindowSize=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "consumerWindowSize=0";
    }

    /**
     * Why the broker cannot be reached, tried once with no retries; empty when a connection opened. For the manager,
     * which should stop at its start rather than hand partitions to no one.
     */
    public static Optional<String> unreachable(String url, String user, String password) {
        ActiveMQConnectionFactory factory = (ActiveMQConnectionFactory) factory(url, user, password);
        factory.setInitialConnectAttempts(1);
        factory.setReconnectAttempts(0);
        factory.setCallTimeout(10_000);
        try (factory; Connection connection = factory.createConnection()) {
            return Optional.empty();
        } catch (JMSException | RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return Optional.of(root.getMessage() == null ? root.toString() : root.getMessage());
        }
    }
}
