package io.orderdesk.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.sandbox.server.CallRecord;
import io.orderdesk.sandbox.server.Fault;
import io.orderdesk.sandbox.server.FaultKind;
import io.orderdesk.store.AuditEntry;
import io.orderdesk.store.AuditEvent;
import io.orderdesk.store.OutboxAction;
import io.orderdesk.store.OutboxLine;
import io.orderdesk.store.Store;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash: the sender runs in a child JVM that is killed while Naver Pay (the sandbox) holds the answer to its
 * first dispatch batch. A new service on the same H2 file must settle that batch by re-reading, send the rest once,
 * and end every line DONE exactly once, with no product order sent twice.
 */
class CrashTest {

    private static OutboxSandbox fx;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSandbox() {
        fx = OutboxSandbox.start(23);
    }

    @AfterAll
    static void stopSandbox() {
        fx.close();
    }

    @Test
    void aSenderKilledMidBatchLosesNothingAndSendsNothingTwice() throws Exception {
        List<String> ids = fx.create("CONFIRMED", 40);
        Path idsFile = Files.write(dir.resolve("ids.txt"), ids);
        Path data = dir.resolve("data");
        fx.sandbox.faults().add(Fault.of("DISPATCH", FaultKind.HOLD).withLatencyMs(120_000).withCount(1));

        Process child = startChild(data, idsFile);
        try {
            try {
                OutboxSandbox.await(() -> !dispatches().isEmpty() || !child.isAlive(), "the child's first batch",
                        Duration.ofSeconds(60));
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; the child's log:\n" + log(), e);
            }
            assertThat(child.isAlive()).as("child still running; its log: %s", log()).isTrue();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        fx.sandbox.faults().clear();
        assertThat(dispatches()).extracting(CallRecord::fault, CallRecord::applied)
                .containsExactly(tuple(FaultKind.HOLD, true));

        try (Store store = Store.openLocal(data); ActionService service = fx.service(store)) {
            long action = service.recentActions(1).get(0).id();
            List<OutboxLine> before = store.outbox().lines(action);
            assertThat(before).extracting(OutboxLine::state).containsOnly(ActionLineState.SENDING,
                    ActionLineState.PENDING);

            service.start();
            OutboxSandbox.await(() -> service.action(action).orElseThrow().count(ActionLineState.DONE) == 40,
                    "every line to be done");

            OutboxAction settled = service.action(action).orElseThrow();
            assertThat(settled.counts()).containsOnly(Map.entry(ActionLineState.DONE, 40));
            List<OutboxLine> lines = store.outbox().lines(action);
            assertThat(lines).allSatisfy(line -> assertThat(line.attempts()).isEqualTo(1));
            assertThat(lines.subList(0, 30)).allSatisfy(line ->
                    assertThat(line.note()).isEqualTo(Settlement.SETTLED));
            assertThat(lines.subList(30, 40)).allSatisfy(line -> assertThat(line.note()).isNull());
            assertSentOnce(ids);
            assertDoneOnce(store, ids);
            assertThat(ids).allSatisfy(id -> assertThat(OutboxSandbox.stored(store, id).productOrderStatus())
                    .isEqualTo("DELIVERING"));
        }
    }

    private void assertSentOnce(List<String> ids) {
        List<CallRecord> calls = dispatches();
        assertThat(calls).hasSize(2);
        List<String> sent = new ArrayList<>();
        calls.forEach(call -> sent.addAll(call.productOrderIds()));
        assertThat(sent).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        assertThat(calls.get(0).productOrderIds()).containsExactlyElementsOf(ids.subList(0, 30));
    }

    private static void assertDoneOnce(Store store, List<String> ids) {
        for (String id : ids) {
            List<AuditEntry> done = store.auditLog().forProductOrder(id).stream()
                    .filter(entry -> entry.outcome() == ActionLineState.DONE).toList();
            assertThat(done).as("DONE entries of %s", id).hasSize(1);
            assertThat(done.get(0).event()).isIn(AuditEvent.ANSWERED, AuditEvent.SETTLED);
        }
        Set<String> interrupted = store.auditLog().recent(1_000).stream()
                .filter(entry -> entry.event() == AuditEvent.INTERRUPTED)
                .flatMap(entry -> entry.productOrderIds().stream()).collect(Collectors.toSet());
        assertThat(interrupted).isEqualTo(new HashSet<>(ids.subList(0, 30)));
    }

    private static List<CallRecord> dispatches() {
        return fx.sandbox.calls().calls().stream().filter(call -> "DISPATCH".equals(call.endpoint())).toList();
    }

    private Process startChild(Path data, Path idsFile) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8", "-cp", classPath, OutboxCrashChild.class.getName(),
                data.toString(), fx.sandbox.baseUrl(), fx.sandbox.clientId(), fx.sandbox.clientSecret(),
                fx.sandbox.merchantId(), idsFile.toString(), fx.now().toString());
        builder.redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        return builder.start();
    }

    private String log() {
        File file = dir.resolve("child.log").toFile();
        try {
            return file.exists() ? Files.readString(file.toPath()) : "(none)";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
