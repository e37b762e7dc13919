package org.demarche.alert;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.demarche.alert.alerting.AlertFactory;
import org.demarche.alert.alerting.AlertQueryParser;
import org.demarche.alert.alerting.StatementRecordReader;
import org.demarche.alert.delivery.BackoffPolicy;
import org.demarche.alert.delivery.HostResolver;
import org.demarche.alert.delivery.WebhookSender;
import org.demarche.alert.delivery.WebhookSigner;
import org.demarche.alert.delivery.WebhookUrlPolicy;
import org.demarche.alert.subscription.SubscriptionLimits;
import org.demarche.alert.subscription.SubscriptionValidator;
import org.demarche.contracts.EventCodec;
import org.demarche.contracts.gazetteer.ThreatGroupCatalog;

/** Wires the plain-Java core classes from configuration. */
public class CoreBeans {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    ThreatGroupCatalog catalog() {
        return ThreatGroupCatalog.load();
    }

    @Produces
    @Singleton
    EventCodec codec() {
        return new EventCodec();
    }

    @Produces
    @Singleton
    StatementRecordReader recordReader(EventCodec codec) {
        return new StatementRecordReader(codec);
    }

    @Produces
    @Singleton
    AlertFactory alertFactory(ThreatGroupCatalog catalog) {
        return new AlertFactory(catalog, UUID::randomUUID);
    }

    @Produces
    @Singleton
    AlertQueryParser alertQueryParser(ThreatGroupCatalog catalog, AlertServiceConfig config) {
        return new AlertQueryParser(catalog, config.alerts().defaultLimit(), config.alerts().maxLimit());
    }

    @Produces
    @Singleton
    WebhookUrlPolicy urlPolicy(AlertServiceConfig config) {
        return new WebhookUrlPolicy(config.webhook().allowedPrivateHosts().orElse(List.of()), HostResolver.SYSTEM,
                config.webhook().maxUrlLength());
    }

    @Produces
    @Singleton
    SubscriptionValidator subscriptionValidator(ThreatGroupCatalog catalog, WebhookUrlPolicy urlPolicy,
            AlertServiceConfig config) {
        AlertServiceConfig.Subscription limits = config.subscription();
        return new SubscriptionValidator(catalog, urlPolicy, new SubscriptionLimits(limits.maxNameLength(),
                limits.maxFilterEntries(), limits.maxGroupNameLength()));
    }

    @Produces
    @Singleton
    WebhookSigner signer(AlertServiceConfig config) {
        return new WebhookSigner(new SecureRandom(), config.webhook().secretBytes());
    }

    @Produces
    @Singleton
    BackoffPolicy backoffPolicy(AlertServiceConfig config) {
        AlertServiceConfig.Delivery delivery = config.delivery();
        return new BackoffPolicy(delivery.maxAttempts(), delivery.baseDelay(), delivery.maxDelay());
    }

    @Produces
    @Singleton
    WebhookSender sender(WebhookSigner signer, Clock clock, AlertServiceConfig config) {
        AlertServiceConfig.Delivery delivery = config.delivery();
        return new WebhookSender(WebhookSender.newClient(delivery.connectTimeout()), signer, clock,
                delivery.requestTimeout(), config.webhook().userAgent());
    }
}
