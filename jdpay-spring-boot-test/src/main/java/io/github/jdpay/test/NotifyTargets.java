package io.github.jdpay.test;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which notification URLs the simulator will POST to. By default only loopback hosts: a test that copies a real shop's
 * {@code notifyUrl} must not make the simulator post fake "paid" notifications to that shop.
 *
 * @param anyHost whether every http(s) host is allowed
 * @param extraHosts further host names allowed besides loopback
 */
record NotifyTargets(boolean anyHost, Set<String> extraHosts) {

    NotifyTargets {
        extraHosts = Set.copyOf(extraHosts);
    }

    /**
     * Checks a notification URL.
     *
     * @return why the URL is refused, or {@code null} if the simulator may post to it
     */
    @Nullable
    String refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException ex) {
            return "notifyUrl is not a valid URI";
        }
        String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "notifyUrl must be http or https";
        }
        String host = uri.getHost();
        if (host == null) {
            return "notifyUrl has no host";
        }
        if (this.anyHost || this.extraHosts.contains(host.toLowerCase(Locale.ROOT)) || isLoopback(host)) {
            return null;
        }
        return "the simulator only notifies loopback hosts unless told otherwise (builder allowNotifyHosts)";
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        // Only literal addresses are checked: resolving a name here would send a DNS query for test data.
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException ex) {
            return false;
        }
    }
}
