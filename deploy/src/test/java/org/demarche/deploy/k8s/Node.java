package org.demarche.deploy.k8s;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only view of a parsed YAML value that remembers where it came from, so that a failed assertion says
 * which field of which manifest is wrong ("Deployment/alert-service.spec.template...").
 */
final class Node {

    private final Object value;
    private final String location;

    Node(Object value, String location) {
        this.value = value;
        this.location = location;
    }

    String location() {
        return location;
    }

    boolean exists() {
        return value != null;
    }

    Node get(String... keys) {
        Node node = this;
        for (String key : keys) {
            node = node.child(key);
        }
        return node;
    }

    private Node child(String key) {
        Object childValue = value instanceof Map<?, ?> map ? map.get(key) : null;
        return new Node(childValue, location + "." + key);
    }

    List<Node> items() {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            return fail(location + " should be a list but is " + value);
        }
        List<Node> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            items.add(new Node(list.get(i), location + "[" + i + "]"));
        }
        return items;
    }

    Map<String, Node> entries() {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            return fail(location + " should be a mapping but is " + value);
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        map.forEach((key, entryValue) -> entries.put(String.valueOf(key),
                new Node(entryValue, location + "." + key)));
        return entries;
    }

    /** The scalar as text, or null when absent. */
    String text() {
        return value == null ? null : String.valueOf(value);
    }

    String requiredText() {
        if (value == null) {
            return fail(location + " is missing");
        }
        return String.valueOf(value);
    }

    int integer() {
        if (value instanceof Integer number) {
            return number;
        }
        return fail(location + " should be an integer but is " + value);
    }

    Object raw() {
        return value;
    }

    @Override
    public String toString() {
        return location + "=" + value;
    }
}
