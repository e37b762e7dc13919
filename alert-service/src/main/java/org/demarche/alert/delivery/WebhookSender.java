package org.demarche.alert.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Posts one signed webhook with the JDK HTTP client and classifies the outcome: any 2xx is delivered, everything
 * else (other statuses, timeouts, refused connections) is worth retrying. Redirects are not followed, as they could
 * lead past the URL policy.
 */
public final class WebhookSender {

    public static final String HEADER_ID = "webhook-id";
    public static final String HEADER_TIMESTAMP = "webhook-timestamp";
    public static final String HEADER_SIGNATURE = "webhook-signature";

    private final HttpClient client;
    private final WebhookSigner signer;
    private final Clock clock;
    private final Duration requestTimeout;
    private final String userAgent;

    public WebhookSender(HttpClient client, WebhookSigner signer, Clock clock, Duration requestTimeout,
            String userAgent) {
        this.client = client;
        this.signer = signer;
        this.clock = clock;
        this.requestTimeout = requestTimeout;
        this.userAgent = userAgent;
    }

    public static HttpClient newClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
    }

    public AttemptResult send(WebhookRequest webhook) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(webhook.url()))
                    .timeout(requestTimeout)
                    .header("content-type", "application/json")
                    .header("user-agent", userAgent)
                    .header(HEADER_ID, webhook.messageId())
                    .header(HEADER_TIMESTAMP, Long.toString(timestamp))
                    .header(HEADER_SIGNATURE, signer.sign(webhook.secret(), webhook.messageId(), timestamp,
                            webhook.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(webhook.body(), StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            return AttemptResult.permanentFailure("invalid webhook URL: " + e.getMessage());
        }
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? AttemptResult.delivered(status)
                    : AttemptResult.retryableFailure(status, "receiver answered HTTP " + status);
        } catch (HttpTimeoutException e) {
            return AttemptResult.retryableFailure(null, "timed out: " + describe(e));
        } catch (IOException e) {
            return AttemptResult.retryableFailure(null, "cannot reach receiver: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptResult.retryableFailure(null, "interrupted while sending");
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + message;
    }
}
