package org.demarche.alert.subscription;

/** The body of {@code POST /subscriptions}. */
public record SubscriptionRequest(String name, String webhookUrl, FilterRequest filter) {
}
