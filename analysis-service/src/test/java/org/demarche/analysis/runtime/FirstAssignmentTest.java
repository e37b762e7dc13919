package org.demarche.analysis.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class FirstAssignmentTest {

    private static final Duration SHORT = Duration.ofMillis(50);
    private static final TopicPartition P0 = new TopicPartition("statements.raw", 0);
    private static final TopicPartition P1 = new TopicPartition("statements.raw", 1);

    private final FirstAssignment assignment = new FirstAssignment();
    private final MockConsumer<String, String> consumer = new MockConsumer<>("earliest");

    @Test
    void waitsUntilTheGroupGivesThePartitionsAndTheirPositionsAreKnown() throws Exception {
        assertThrows(TimeoutException.class, () -> assignment.await(SHORT));
        consumer.assign(List.of(P0, P1));
        consumer.updateBeginningOffsets(Map.of(P0, 7L, P1, 0L));

        assignment.onPartitionsAssigned(consumer, List.of(P0, P1));

        assertEquals(Set.of(P0, P1), assignment.await(SHORT));
        assertEquals(7L, consumer.position(P0));
    }

    @Test
    void anEmptyAssignmentIsNotTheOneAwaited() {
        assignment.onPartitionsAssigned(consumer, List.of());
        assertThrows(TimeoutException.class, () -> assignment.await(SHORT));
    }

    @Test
    void keepsTheFirstAssignment() throws Exception {
        consumer.assign(List.of(P0, P1));
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
        assignment.onPartitionsAssigned(consumer, List.of(P0));
        assignment.onPartitionsAssigned(consumer, List.of(P1));
        assertEquals(Set.of(P0), assignment.await(SHORT));
    }

    @Test
    void aPositionThatCannotBeFoundIsReported() {
        MockConsumer<String, String> noReset = new MockConsumer<>("none");
        noReset.assign(List.of(P0));
        assignment.onPartitionsAssigned(noReset, List.of(P0));
        assertThrows(ExecutionException.class, () -> assignment.await(SHORT));
    }
}
