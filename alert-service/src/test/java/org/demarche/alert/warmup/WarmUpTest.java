package org.demarche.alert.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WarmUpTest {

    private final List<String> ran = new ArrayList<>();

    private WarmUp.Step step(String name) {
        return new WarmUp.Step(name, () -> ran.add(name));
    }

    @Test
    void isPendingAndUnfinishedUntilRun() {
        WarmUp warmUp = new WarmUp(List.of(step("a")));

        assertEquals(WarmUp.State.PENDING, warmUp.report().state());
        assertFalse(warmUp.report().state().finished());
        assertTrue(ran.isEmpty());
    }

    @Test
    void runsEveryStepOnceInOrderAndReportsEach() {
        WarmUp warmUp = new WarmUp(List.of(step("a"), step("b"), step("c")));

        WarmUp.Report report = warmUp.run();
        warmUp.run();

        assertEquals(List.of("a", "b", "c"), ran);
        assertEquals(WarmUp.State.DONE, report.state());
        assertTrue(report.state().finished());
        assertEquals(List.of("a", "b", "c"), List.copyOf(report.stepMillis().keySet()));
        assertNull(report.failure());
        assertEquals(report, warmUp.report());
    }

    @Test
    void aFailingStepEndsTheWarmUpButFinishesIt() {
        WarmUp warmUp = new WarmUp(List.of(step("a"),
                new WarmUp.Step("broken", () -> {
                    throw new IllegalStateException("no broker");
                }),
                step("c")));

        WarmUp.Report report = warmUp.run();

        assertEquals(List.of("a"), ran);
        assertEquals(WarmUp.State.FAILED, report.state());
        assertTrue(report.state().finished(), "a failed warm-up must not keep the service unready");
        assertTrue(report.failure().startsWith("broken: "), report.failure());
        assertTrue(report.failure().contains("no broker"), report.failure());
        assertEquals(List.of("a"), List.copyOf(report.stepMillis().keySet()));
    }

    @Test
    void aLinkageErrorFailsTheWarmUpInsteadOfKillingItSilently() {
        WarmUp warmUp = new WarmUp(List.of(new WarmUp.Step("missing class", () -> {
            throw new NoClassDefFoundError("com/example/Gone");
        })));

        assertEquals(WarmUp.State.FAILED, warmUp.run().state());
    }

    @Test
    void aDisabledWarmUpIsFinishedFromTheStart() {
        WarmUp warmUp = WarmUp.disabled();

        assertEquals(WarmUp.State.DISABLED, warmUp.report().state());
        assertTrue(warmUp.report().state().finished());
        assertEquals(WarmUp.State.DISABLED, warmUp.run().state());
    }
}
