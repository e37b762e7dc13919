package org.demarche.alert;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/** Creates subscriptions through the API and deletes them again after each test. */
public final class Subscriptions {

    public record Created(String id, String secret) {
    }

    private final List<String> created = new ArrayList<>();

    public Created create(String name, String webhookUrl, Map<String, List<String>> filter) {
        Map<String, Object> body = Map.of("name", name, "webhookUrl", webhookUrl, "filter", filter);
        var response = given().contentType(ContentType.JSON).body(body).post("/subscriptions")
                .then().statusCode(201).extract();
        Created subscription = new Created(response.path("id"), response.path("secret"));
        created.add(subscription.id());
        return subscription;
    }

    public void deleteAll() {
        created.forEach(id -> given().delete("/subscriptions/" + id));
        created.clear();
    }
}
