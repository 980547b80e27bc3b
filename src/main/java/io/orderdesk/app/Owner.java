package io.orderdesk.app;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This instance's name in the shared sync lease: host name and process id, so a shop can tell its PCs apart. */
final class Owner {

    private Owner() {
    }

    static String name() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "#" + ProcessHandle.current().pid();
    }
}
