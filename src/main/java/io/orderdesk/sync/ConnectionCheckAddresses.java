package io.orderdesk.sync;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This PC's own addresses. Naver's gateway filters on the public address a call arrives from; behind a router
 * that address belongs to the router, and the only way to learn it is to ask an outside service, which we do not
 * do (it would send the shop's traffic to a third party). So the check reports what the PC itself knows: a public
 * address only when one sits directly on an interface, otherwise the local addresses as a hint.
 */
final class ConnectionCheckAddresses {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionCheckAddresses.class);

    private ConnectionCheckAddresses() {
    }

    /** The addresses of the interfaces that are up, without loopback and link-local ones; IPv4 first. */
    static List<InetAddress> local() {
        List<InetAddress> found = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                        found.add(address);
                    }
                }
            }
        } catch (SocketException e) {
            LOG.warn("Could not list this PC's network interfaces", e);
        }
        // Naver registers IPv4 call addresses, so those lead; the sort is stable within each family.
        found.sort(Comparator.comparing(address -> address instanceof Inet6Address));
        return found;
    }

    /** The address as people write it: IPv6 without its scope suffix and with the longest zero run as "::". */
    static String text(InetAddress address) {
        String text = address.getHostAddress();
        int scope = text.indexOf('%');
        text = scope < 0 ? text : text.substring(0, scope);
        return address instanceof Inet6Address ? compress(text) : text;
    }

    private static String compress(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; i++) {
            int length = 0;
            while (i + length < groups.length && groups[i + length].equals("0")) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        if (bestStart < 0) {
            return full;
        }
        String head = String.join(":", Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }

    /** True for an IPv4 address that is routable on the internet (not private, shared, loopback or reserved). */
    static boolean isPublicIpv4(InetAddress address) {
        if (!(address instanceof Inet4Address)) {
            return false;
        }
        byte[] bytes = address.getAddress();
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        boolean carrierNat = first == 100 && second >= 64 && second <= 127;
        boolean reserved = first == 0 || first >= 224 || (first == 192 && second == 0 && (bytes[2] & 0xff) == 2)
                || (first == 198 && (second == 18 || second == 19));
        return !address.isSiteLocalAddress() && !address.isLoopbackAddress() && !address.isLinkLocalAddress()
                && !carrierNat && !reserved;
    }
}
