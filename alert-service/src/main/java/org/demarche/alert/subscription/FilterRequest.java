package org.demarche.alert.subscription;

import java.util.List;

/** The {@code filter} of a subscription request as the client sent it; absent lists mean "any". */
public record FilterRequest(List<String> groups, List<String> attributors, List<String> sponsors,
        List<String> kinds) {
}
