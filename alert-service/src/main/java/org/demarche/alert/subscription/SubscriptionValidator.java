package org.demarche.alert.subscription;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.demarche.alert.delivery.UrlVerdict;
import org.demarche.alert.delivery.WebhookUrlPolicy;
import org.demarche.contracts.analysis.NamingKind;
import org.demarche.contracts.gazetteer.ThreatGroup;
import org.demarche.contracts.gazetteer.ThreatGroupCatalog;

/**
 * Checks a subscription request and resolves its groups against the gazetteer. Reports every problem at once, each
 * prefixed by the JSON path of the offending value.
 */
public final class SubscriptionValidator {

    /** Either a valid subscription or the list of problems; exactly one is non-null. */
    public record Result(NewSubscription subscription, List<String> problems) {

        public boolean valid() {
            return subscription != null;
        }
    }

    private final ThreatGroupCatalog catalog;
    private final WebhookUrlPolicy urlPolicy;
    private final SubscriptionLimits limits;

    public SubscriptionValidator(ThreatGroupCatalog catalog, WebhookUrlPolicy urlPolicy, SubscriptionLimits limits) {
        this.catalog = catalog;
        this.urlPolicy = urlPolicy;
        this.limits = limits;
    }

    public Result validate(SubscriptionRequest request) {
        if (request == null) {
            return new Result(null, List.of("body: a JSON object with name, webhookUrl and filter is required"));
        }
        List<String> problems = new ArrayList<>();
        String name = checkName(request.name(), problems);
        UrlVerdict url = urlPolicy.check(request.webhookUrl());
        url.problems().forEach(problem -> problems.add("webhookUrl: " + problem));

        FilterRequest filter = request.filter() == null ? new FilterRequest(null, null, null, null) : request.filter();
        List<GroupReference> groups = entries("filter.groups", filter.groups(), this::group, problems);
        List<String> attributors = entries("filter.attributors", filter.attributors(),
                SubscriptionValidator::attributor, problems);
        List<String> sponsors = entries("filter.sponsors", filter.sponsors(), SubscriptionValidator::sponsor,
                problems);
        List<NamingKind> kinds = entries("filter.kinds", filter.kinds(), SubscriptionValidator::kind, problems);

        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new NewSubscription(name, url.uri(),
                new SubscriptionFilter(groups, attributors, sponsors, kinds)), null);
    }

    private String checkName(String name, List<String> problems) {
        if (name == null || name.isBlank()) {
            problems.add("name: is required");
            return null;
        }
        String trimmed = name.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > limits.maxNameLength()) {
            problems.add("name: is longer than " + limits.maxNameLength() + " characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            problems.add("name: must not contain control characters");
        }
        return trimmed;
    }

    /** Parsed value of one entry, or the reason it is invalid. */
    private record Entry<T>(T value, String problem) {

        static <T> Entry<T> of(T value) {
            return new Entry<>(value, null);
        }

        static <T> Entry<T> invalid(String problem) {
            return new Entry<>(null, problem);
        }
    }

    private <T> List<T> entries(String path, List<String> raw, Function<String, Entry<T>> parse,
            List<String> problems) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > limits.maxFilterEntries()) {
            problems.add(path + ": has more than " + limits.maxFilterEntries() + " entries");
            return List.of();
        }
        Set<T> values = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String value = raw.get(i);
            if (value == null || value.isBlank()) {
                problems.add(path + "[" + i + "]: must not be blank");
                continue;
            }
            Entry<T> entry = parse.apply(value.strip());
            if (entry.problem() != null) {
                problems.add(path + "[" + i + "]: " + entry.problem());
            } else {
                values.add(entry.value());
            }
        }
        return List.copyOf(values);
    }

    private Entry<GroupReference> group(String name) {
        if (name.codePointCount(0, name.length()) > limits.maxGroupNameLength()) {
            return Entry.invalid("is longer than " + limits.maxGroupNameLength() + " characters");
        }
        String key = ThreatGroupCatalog.key(name);
        if (key.isEmpty()) {
            return Entry.invalid("'" + name + "' contains no letter or digit");
        }
        String groupId = catalog.resolve(name).map(ThreatGroup::id).orElse(null);
        return Entry.of(new GroupReference(name, groupId, key));
    }

    private static Entry<String> attributor(String code) {
        return ActorCodes.isStateOrIntergovernmental(code) ? Entry.of(code)
                : Entry.invalid("'" + code + "' is not an upper-case ISO 3166-1 alpha-2 code nor one of "
                        + String.join(", ", ActorCodes.INTERGOVERNMENTAL));
    }

    /** Only states sponsor groups in the analysis, so an IGO here could never match. */
    private static Entry<String> sponsor(String code) {
        return ActorCodes.isState(code) ? Entry.of(code)
                : Entry.invalid("'" + code + "' is not an upper-case ISO 3166-1 alpha-2 state code");
    }

    private static Entry<NamingKind> kind(String value) {
        return Arrays.stream(NamingKind.values())
                .filter(kind -> kind.name().equals(value))
                .findFirst()
                .map(Entry::of)
                .orElseGet(() -> Entry.invalid("'" + value + "' is not one of " + Arrays.stream(NamingKind.values())
                        .map(Enum::name).collect(Collectors.joining(", "))));
    }
}
