package org.demarche.alert.stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.demarche.alert.alerting.NewAlert;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/** Hands newly stored alerts to whoever is streaming them; alerts published while nobody listens are dropped. */
@ApplicationScoped
public class AlertBroadcaster {

    private final BroadcastProcessor<NewAlert> processor = BroadcastProcessor.create();

    /** Synchronized: a processor must not be signalled concurrently, and several threads may publish. */
    public synchronized void publish(NewAlert alert) {
        processor.onNext(alert);
    }

    /** Hot: a subscriber sees the alerts published after it subscribed. */
    public Multi<NewAlert> alerts() {
        return processor;
    }
}
