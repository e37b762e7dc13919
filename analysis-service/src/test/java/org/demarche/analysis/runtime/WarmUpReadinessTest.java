package org.demarche.analysis.runtime;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class WarmUpReadinessTest {

    @Test
    void isDownWhileTheWarmUpRunsAndUpOnceItIsDone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        WarmUp warmUp = new WarmUp(List.of(new WarmUp.Step("slow", () -> release.await(30, TimeUnit.SECONDS))));
        WarmUpReadiness readiness = new WarmUpReadiness(warmUp);

        assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());
        CompletableFuture<WarmUp.Report> running = CompletableFuture.supplyAsync(warmUp::run);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> warmUp.report().state() == WarmUp.State.RUNNING);
        HealthCheckResponse whileRunning = readiness.call();
        assertEquals(HealthCheckResponse.Status.DOWN, whileRunning.getStatus());
        assertEquals("RUNNING", whileRunning.getData().orElseThrow().get("state"));

        release.countDown();
        running.get(10, TimeUnit.SECONDS);

        HealthCheckResponse done = readiness.call();
        assertEquals(HealthCheckResponse.Status.UP, done.getStatus());
        assertEquals(WarmUpReadiness.NAME, done.getName());
        assertEquals("DONE", done.getData().orElseThrow().get("state"));
        assertTrue(done.getData().orElseThrow().containsKey("slow ms"));
    }

    @Test
    void isUpWithTheReasonWhenTheWarmUpFailed() {
        WarmUp warmUp = new WarmUp(List.of(new WarmUp.Step("kafka", () -> {
            throw new IllegalStateException("no partitions");
        })));
        warmUp.run();

        HealthCheckResponse response = new WarmUpReadiness(warmUp).call();

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals("FAILED", response.getData().orElseThrow().get("state"));
        assertTrue(String.valueOf(response.getData().orElseThrow().get("failure")).contains("no partitions"));
    }

    @Test
    void runsTheFollowUpOnceTheWarmUpHasFinishedEvenWhenItFailed() {
        AtomicReference<WarmUp.State> stateAtFollowUp = new AtomicReference<>();
        WarmUp warmUp = new WarmUp(List.of(new WarmUp.Step("kafka", () -> {
            throw new IllegalStateException("no broker");
        })));
        WarmUpReadiness readiness = new WarmUpReadiness(warmUp, () -> stateAtFollowUp.set(warmUp.report().state()));

        readiness.warmUp();

        assertEquals(WarmUp.State.FAILED, stateAtFollowUp.get());
    }

    @Test
    void isUpWhenTheWarmUpIsSwitchedOff() {
        assertEquals(HealthCheckResponse.Status.UP, new WarmUpReadiness(WarmUp.disabled()).call().getStatus());
    }
}
