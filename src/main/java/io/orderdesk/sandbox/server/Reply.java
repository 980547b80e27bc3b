package io.orderdesk.sandbox.server;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A response ready to go on the wire: status, content type and the exact bytes. */
record Reply(int status, String contentType, byte[] body) {

    static final String JSON = "application/json;charset=UTF-8";
    static final String HTML = "text/html;charset=UTF-8";

    static Reply json(int status, Object value) {
        return new Reply(status, JSON, Json.write(value));
    }

    static Reply html(int status, String page) {
        return new Reply(status, HTML, page.getBytes(StandardCharsets.UTF_8));
    }

    /** The same response cut off halfway, as a dropped connection or a broken proxy leaves it. */
    Reply truncated() {
        return new Reply(status, contentType, Arrays.copyOf(body, body.length / 2));
    }
}
