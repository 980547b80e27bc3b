package io.orderdesk.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class IoFailuresTest {

    @Test
    void failuresBeforeAConnectionExistedProveNothingWasSent() {
        assertThat(IoFailures.provablyNotSent(new ConnectException("Connection refused"))).isTrue();
        assertThat(IoFailures.provablyNotSent(new UnknownHostException("api.pay.naver.com"))).isTrue();
        assertThat(IoFailures.provablyNotSent(new NoRouteToHostException("no route"))).isTrue();
        assertThat(IoFailures.provablyNotSent(new SocketTimeoutException("Connect timed out"))).isTrue();
        assertThat(IoFailures.provablyNotSent(new SocketTimeoutException("connect timed out"))).isTrue();
    }

    @Test
    void failuresThatMayFollowASentRequestProveNothing() {
        assertThat(IoFailures.provablyNotSent(new SocketTimeoutException("Read timed out"))).isFalse();
        assertThat(IoFailures.provablyNotSent(new SocketTimeoutException("timeout"))).isFalse();
        assertThat(IoFailures.provablyNotSent(new SocketTimeoutException())).isFalse();
        assertThat(IoFailures.provablyNotSent(new SocketException("Connection reset"))).isFalse();
        assertThat(IoFailures.provablyNotSent(new IOException("unexpected end of stream"))).isFalse();
        assertThat(IoFailures.provablyNotSent(
                new OutcomeUnknownIoException("confirm", new SocketTimeoutException("timeout")))).isFalse();
    }
}
