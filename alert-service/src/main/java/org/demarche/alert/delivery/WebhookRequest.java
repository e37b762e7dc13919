package org.demarche.alert.delivery;

/**
 * One webhook message to send.
 *
 * @param messageId stable across retries (the delivery id), so receivers can drop duplicates
 */
public record WebhookRequest(String messageId, String url, String secret, String body) {
}
