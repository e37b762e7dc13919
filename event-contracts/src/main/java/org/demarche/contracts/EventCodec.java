package org.demarche.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Reads and writes events as JSON, checking them against their JSON Schema both ways, so that a producer cannot
 * publish what a consumer would reject. Thread-safe; schemas are loaded once.
 */
public final class EventCodec {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    /**
     * Compiles every schema up front: done lazily, the first record a service handles would pay for it (class
     * loading and schema compilation take a second or more on a cold JVM).
     */
    public EventCodec() {
        for (EventSchema<?> contract : EventSchema.ALL) {
            schema(contract);
        }
    }

    public <T> String encode(EventSchema<T> contract, T event) {
        JsonNode tree = mapper.valueToTree(event);
        check(contract, tree);
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + contract.cloudEventType(), e);
        }
    }

    public <T> T decode(EventSchema<T> contract, String json) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ContractViolationException(contract.cloudEventType(),
                    List.of("not JSON: " + e.getOriginalMessage()));
        }
        if (tree == null || !tree.isObject()) {
            throw new ContractViolationException(contract.cloudEventType(), List.of("not a JSON object"));
        }
        check(contract, tree);
        try {
            return mapper.treeToValue(tree, contract.type());
        } catch (JsonProcessingException e) {
            throw new ContractViolationException(contract.cloudEventType(), List.of(e.getOriginalMessage()));
        }
    }

    public <T> T decode(EventSchema<T> contract, byte[] json) {
        return decode(contract, new String(json, StandardCharsets.UTF_8));
    }

    private void check(EventSchema<?> contract, JsonNode tree) {
        List<String> problems = schema(contract).validate(tree).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
        if (!problems.isEmpty()) {
            throw new ContractViolationException(contract.cloudEventType(), problems);
        }
    }

    private JsonSchema schema(EventSchema<?> contract) {
        return schemas.computeIfAbsent(contract.schemaResource(), EventCodec::load);
    }

    private static JsonSchema load(String resource) {
        try (InputStream in = EventCodec.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + resource);
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
