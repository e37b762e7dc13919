package org.demarche.alert.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlPolicyTest {

    /** A DNS that knows a few names; literals resolve to themselves without lookup, like the JDK. */
    private static final Map<String, List<String>> DNS = Map.of(
            "hooks.example.org", List.of("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"),
            "intranet.example.org", List.of("10.1.2.3"),
            "sneaky.example.org", List.of("93.184.215.14", "127.0.0.1"),
            "metadata.example.org", List.of("169.254.169.254"),
            "localhost", List.of("127.0.0.1", "::1"));

    private static final HostResolver RESOLVER = host -> {
        List<String> addresses = DNS.get(host);
        if (addresses == null) {
            if (host.contains(":") || host.matches("[\\d.]+")) {
                return new InetAddress[] {InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] result = new InetAddress[addresses.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = InetAddress.getByName(addresses.get(i));
        }
        return result;
    };

    private final WebhookUrlPolicy strict = new WebhookUrlPolicy(List.of(), RESOLVER, 2048);
    private final WebhookUrlPolicy local = new WebhookUrlPolicy(List.of("localhost", "127.0.0.1", " ::1 "),
            RESOLVER, 2048);

    @Test
    void allowsPublicHttpsAndHttpHosts() {
        assertTrue(strict.check("https://hooks.example.org/demarche?x=1").allowed());
        assertTrue(strict.check("http://hooks.example.org:8080/in").allowed());
        assertTrue(strict.check("HTTPS://HOOKS.example.org/").allowed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/hook", "http://127.0.0.1/hook", "http://[::1]:9000/hook",
            "http://intranet.example.org/hook", "http://metadata.example.org/latest", "http://169.254.169.254/",
            "http://10.0.0.1/", "http://172.16.5.4/", "http://192.168.1.1/", "http://100.64.0.1/",
            "http://0.0.0.0/", "http://[fe80::1]/", "http://[fd12:3456::1]/", "http://[::ffff:10.0.0.1]/",
            "http://[64:ff9b::a00:1]/", "http://224.0.0.1/"})
    void deniesNonPublicAddresses(String url) {
        UrlVerdict verdict = strict.check(url);
        assertEquals(UrlVerdict.Outcome.DENIED, verdict.outcome(), url);
        assertTrue(verdict.problems().get(0).contains("loopback, private or link-local"), verdict.problems()
                .toString());
    }

    @Test
    void deniesAHostIfAnyOfItsAddressesIsPrivate() {
        UrlVerdict verdict = strict.check("https://sneaky.example.org/hook");
        assertEquals(UrlVerdict.Outcome.DENIED, verdict.outcome());
        assertEquals(List.of("host sneaky.example.org resolves to a loopback, private or link-local address "
                + "(127.0.0.1)"), verdict.problems());
    }

    @Test
    void allowsConfiguredPrivateHosts() {
        assertTrue(local.check("http://localhost:8080/hook").allowed());
        assertTrue(local.check("http://127.0.0.1:8080/hook").allowed());
        assertTrue(local.check("http://[::1]:8080/hook").allowed());
        assertTrue(local.check("http://[0:0:0:0:0:0:0:1]:8080/hook").allowed());
        assertEquals(UrlVerdict.Outcome.DENIED, local.check("http://10.0.0.1/").outcome());
    }

    @Test
    void anUnresolvableHostIsReportedSeparately() {
        UrlVerdict verdict = strict.check("https://nowhere.invalid/hook");
        assertEquals(UrlVerdict.Outcome.UNRESOLVABLE, verdict.outcome());
        assertFalse(verdict.allowed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example.org/x", "/relative/path", "hooks.example.org/x",
            "javascript:alert(1)", "https:///nohost", "https://user:pw@hooks.example.org/", "http://exa mple.org/",
            "file:///etc/passwd", " "})
    void deniesUrlsThatAreNotAbsoluteHttpWithAPlainHost(String url) {
        UrlVerdict verdict = strict.check(url);
        assertEquals(UrlVerdict.Outcome.DENIED, verdict.outcome(), url);
        assertFalse(verdict.problems().isEmpty());
    }

    @Test
    void deniesOverlongUrls() {
        WebhookUrlPolicy shortLimit = new WebhookUrlPolicy(List.of(), RESOLVER, 30);
        assertEquals(List.of("is longer than 30 characters"),
                shortLimit.check("https://hooks.example.org/a/very/long/path").problems());
    }

    @Test
    void classifiesAddresses() throws UnknownHostException {
        assertTrue(WebhookUrlPolicy.isPublic(InetAddress.getByName("8.8.8.8")));
        assertTrue(WebhookUrlPolicy.isPublic(InetAddress.getByName("2001:4860:4860::8888")));
        assertFalse(WebhookUrlPolicy.isPublic(InetAddress.getByName("172.31.255.255")));
        assertTrue(WebhookUrlPolicy.isPublic(InetAddress.getByName("172.32.0.1")));
        assertFalse(WebhookUrlPolicy.isPublic(InetAddress.getByName("::")));
        assertFalse(WebhookUrlPolicy.isPublic(InetAddress.getByName("255.255.255.255")));
    }
}
