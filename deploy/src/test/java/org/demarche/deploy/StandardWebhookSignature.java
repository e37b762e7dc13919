package org.demarche.deploy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a Standard Webhooks signature: {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}, keyed by the
 * base64-decoded part of the {@code whsec_} secret. The header may list several space-separated signatures.
 */
final class StandardWebhookSignature {

    private static final String SECRET_PREFIX = "whsec_";
    private static final String VERSION_PREFIX = "v1,";

    private StandardWebhookSignature() {
    }

    static boolean verifies(String secret, String id, String timestamp, String body, String signatureHeader) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX) || signatureHeader == null) {
            return false;
        }
        byte[] expected = hmac(Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length())),
                id + "." + timestamp + "." + body);
        for (String signature : signatureHeader.trim().split(" +")) {
            if (signature.startsWith(VERSION_PREFIX)) {
                byte[] actual = Base64.getDecoder().decode(signature.substring(VERSION_PREFIX.length()));
                if (MessageDigest.isEqual(expected, actual)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
