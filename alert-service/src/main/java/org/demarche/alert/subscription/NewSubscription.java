package org.demarche.alert.subscription;

import java.net.URI;

/** A subscription request that passed validation, its groups resolved. */
public record NewSubscription(String name, URI webhookUrl, SubscriptionFilter filter) {
}
