package org.demarche.alert.subscription;

/** Size limits of a subscription request, from configuration. */
public record SubscriptionLimits(int maxNameLength, int maxFilterEntries, int maxGroupNameLength) {
}
