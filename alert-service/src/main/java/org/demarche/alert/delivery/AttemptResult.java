package org.demarche.alert.delivery;

/**
 * What one delivery attempt achieved.
 *
 * @param statusCode the receiver's HTTP status, or null when no response came
 * @param retryable  whether trying again later could succeed
 */
public record AttemptResult(boolean delivered, boolean retryable, Integer statusCode, String error) {

    public static AttemptResult delivered(int statusCode) {
        return new AttemptResult(true, false, statusCode, null);
    }

    public static AttemptResult retryableFailure(Integer statusCode, String error) {
        return new AttemptResult(false, true, statusCode, error);
    }

    public static AttemptResult permanentFailure(String error) {
        return new AttemptResult(false, false, null, error);
    }
}
