package org.demarche.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StandardWebhookSignatureTest {

    // the example of the Standard Webhooks specification
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final String TIMESTAMP = "1614265330";
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void acceptsTheSpecificationExample() {
        assertTrue(StandardWebhookSignature.verifies(SECRET, ID, TIMESTAMP, BODY, SIGNATURE));
    }

    @Test
    void acceptsAMatchingSignatureAmongSeveral() {
        assertTrue(StandardWebhookSignature.verifies(SECRET, ID, TIMESTAMP, BODY,
                "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= " + SIGNATURE));
    }

    @Test
    void rejectsATamperedBodyOrTimestamp() {
        assertFalse(StandardWebhookSignature.verifies(SECRET, ID, TIMESTAMP, "{\"test\": 2432232315}", SIGNATURE));
        assertFalse(StandardWebhookSignature.verifies(SECRET, ID, "1614265331", BODY, SIGNATURE));
    }

    @Test
    void rejectsAnotherSecretOrAMissingHeader() {
        assertFalse(StandardWebhookSignature.verifies("whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", ID, TIMESTAMP, BODY,
                SIGNATURE));
        assertFalse(StandardWebhookSignature.verifies(SECRET, ID, TIMESTAMP, BODY, null));
    }
}
