package org.demarche.analysis.runtime;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * Tells the warm-up the moment the consumer group first gives the statements consumer partitions, once the consumer
 * knows where it starts reading them. Called on the consumer's polling thread, inside the poll that received the
 * assignment: asking the consumer from another thread instead waits for the poll in progress each time.
 */
@ApplicationScoped
@Identifier(FirstAssignment.NAME)
public class FirstAssignment implements KafkaConsumerRebalanceListener {

    /** The listener's name in {@code mp.messaging.incoming.statements-raw.consumer-rebalance-listener.name}. */
    public static final String NAME = "statements-raw-first-assignment";

    private final CompletableFuture<Set<TopicPartition>> first = new CompletableFuture<>();

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty() || first.isDone()) {
            return;
        }
        try {
            for (TopicPartition partition : partitions) {
                consumer.position(partition);  // the committed offset or the reset policy's, fetched now
            }
            first.complete(Set.copyOf(partitions));
        } catch (RuntimeException e) {
            first.completeExceptionally(e);  // the poll itself goes on and retries; only the warm-up reports it
        }
    }

    /**
     * The first partitions assigned, once their positions are known.
     *
     * @throws TimeoutException with more instances than partitions, or while the broker is unreachable
     */
    public Set<TopicPartition> await(Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        return first.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
