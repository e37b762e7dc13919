package org.demarche.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signing: secrets are {@code whsec_} + base64 of random bytes, and a message is signed with
 * HMAC-SHA256 over {@code "{id}.{timestamp}.{body}"} keyed by the decoded secret, sent as {@code v1,<base64>}.
 */
public final class WebhookSigner {

    public static final String SECRET_PREFIX = "whsec_";
    public static final String SIGNATURE_VERSION = "v1";
    private static final String HMAC = "HmacSHA256";

    private final SecureRandom random;
    private final int secretBytes;

    public WebhookSigner(SecureRandom random, int secretBytes) {
        this.random = random;
        this.secretBytes = secretBytes;
    }

    public String newSecret() {
        byte[] key = new byte[secretBytes];
        random.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header value for one message. */
    public String sign(String secret, String messageId, long timestampSeconds, String body) {
        String signed = messageId + "." + timestampSeconds + "." + body;
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key(secret), HMAC));
            byte[] digest = mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
            return SIGNATURE_VERSION + "," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    static byte[] key(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }
}
