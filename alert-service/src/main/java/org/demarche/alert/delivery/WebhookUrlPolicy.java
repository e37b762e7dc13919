package org.demarche.alert.delivery;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides whether alerts may be posted to a URL: absolute http(s), no credentials, and a host whose every address is
 * public, so that a subscriber cannot make the service call into its own network (SSRF). Hosts listed as allowed
 * private hosts (the local stack and tests) skip the address check. Applied when subscribing and again before each
 * delivery, as DNS answers change.
 */
public final class WebhookUrlPolicy {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Set<String> allowedPrivateHosts;
    private final HostResolver resolver;
    private final int maxLength;

    public WebhookUrlPolicy(Collection<String> allowedPrivateHosts, HostResolver resolver, int maxLength) {
        this.allowedPrivateHosts = allowedPrivateHosts.stream()
                .map(String::trim)
                .filter(host -> !host.isEmpty())
                .map(WebhookUrlPolicy::normaliseHost)
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
        this.maxLength = maxLength;
    }

    public UrlVerdict check(String url) {
        if (url == null || url.isBlank()) {
            return UrlVerdict.denied(null, List.of("is required"));
        }
        if (url.length() > maxLength) {
            return UrlVerdict.denied(null, List.of("is longer than " + maxLength + " characters"));
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return UrlVerdict.denied(null, List.of("is not a valid URL: " + e.getReason()));
        }
        List<String> problems = new ArrayList<>();
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme))) {
            problems.add("must be an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            problems.add("must not contain credentials");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            problems.add("must name a valid host");
        }
        if (!problems.isEmpty()) {
            return UrlVerdict.denied(uri, problems);
        }
        return checkAddresses(uri);
    }

    private UrlVerdict checkAddresses(URI uri) {
        String host = normaliseHost(uri.getHost());
        if (allowedPrivateHosts.contains(host)) {
            return UrlVerdict.allowed(uri);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return UrlVerdict.unresolvable(uri, "host " + host + " cannot be resolved");
        }
        if (addresses == null || addresses.length == 0) {
            return UrlVerdict.unresolvable(uri, "host " + host + " cannot be resolved");
        }
        List<String> problems = new ArrayList<>();
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                problems.add("host " + host + " resolves to a loopback, private or link-local address ("
                        + address.getHostAddress() + ")");
            }
        }
        return problems.isEmpty() ? UrlVerdict.allowed(uri) : UrlVerdict.denied(uri, problems);
    }

    /** Lower-case, without IPv6 brackets or a trailing dot; IP literals in their canonical textual form. */
    static String normaliseHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.contains(":") || IPV4_LITERAL.matcher(h).matches()) {
            try {
                // a literal is parsed, never looked up
                return InetAddress.getByName(h).getHostAddress();
            } catch (UnknownHostException e) {
                return h;
            }
        }
        return h;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(b);
        }
        if (address instanceof Inet6Address) {
            return isPublicIpv6(b);
        }
        return false;
    }

    private static boolean isPublicIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0                                    // "this network"
                && first != 10
                && first != 127
                && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                && !(first == 169 && second == 254)
                && !(first == 172 && second >= 16 && second <= 31)
                && !(first == 192 && second == 168)
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                && !(first == 198 && (second == 18 || second == 19))    // benchmarking
                && first < 224;                                  // multicast, reserved, broadcast
    }

    private static boolean isPublicIpv6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {                            // unique local fc00::/7
            return false;
        }
        if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) { // IPv4-mapped
            return isPublicIpv4(tail4(b));
        }
        if (isZero(b, 0, 12)) {                                  // IPv4-compatible (deprecated), :: and ::1
            return false;
        }
        boolean nat64 = first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && isZero(b, 4, 12);
        if (nat64) {
            return isPublicIpv4(tail4(b));
        }
        return true;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] tail4(byte[] b) {
        return new byte[] {b[12], b[13], b[14], b[15]};
    }
}
