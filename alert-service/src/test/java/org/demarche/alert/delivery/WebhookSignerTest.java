package org.demarche.alert.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    private final WebhookSigner signer = new WebhookSigner(new SecureRandom(), 32);

    @Test
    void signsIdTimestampAndBodyWithTheDecodedSecret() throws Exception {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 7 + 3);
        }
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        String body = "{\"id\":\"a1\",\"group\":\"APT40\",\"note\":\"é\"}";

        // the Standard Webhooks definition, computed independently of the signer
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal(("msg_1." + 1700000000L + "." + body).getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, signer.sign(secret, "msg_1", 1700000000L, body));
    }

    @Test
    void matchesThePublishedStandardWebhooksExample() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                signer.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                        "{\"test\": 2432232314}"));
    }

    @Test
    void signatureChangesWithEveryPart() {
        String secret = signer.newSecret();
        String base = signer.sign(secret, "id", 1, "{}");
        assertNotEquals(base, signer.sign(secret, "id2", 1, "{}"));
        assertNotEquals(base, signer.sign(secret, "id", 2, "{}"));
        assertNotEquals(base, signer.sign(secret, "id", 1, "{ }"));
        assertNotEquals(base, signer.sign(signer.newSecret(), "id", 1, "{}"));
    }

    @Test
    void newSecretsArePrefixedRandom32ByteKeys() {
        String first = signer.newSecret();
        String second = signer.newSecret();
        assertTrue(first.startsWith("whsec_"), first);
        assertEquals(32, Base64.getDecoder().decode(first.substring("whsec_".length())).length);
        assertNotEquals(first, second);
    }

    @Test
    void keyIsTheBase64PartAfterThePrefix() {
        assertArrayEquals(new byte[] {1, 2, 3}, WebhookSigner.key("whsec_AQID"));
    }
}
