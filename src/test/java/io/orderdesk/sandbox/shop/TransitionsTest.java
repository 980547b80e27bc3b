package io.orderdesk.sandbox.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransitionsTest {

    @Test
    void everyRowNamesItsSource() {
        for (Transitions row : Transitions.values()) {
            assertThat(row.source).as(row.name()).startsWith("§");
        }
    }

    @Test
    void onlyTheStepsWithoutAChangeTypeStayOutOfTheFeed() {
        Set<Transitions> quiet = EnumSet.noneOf(Transitions.class);
        for (Transitions row : Transitions.values()) {
            if (row.emits == null) {
                quiet.add(row);
            }
        }
        assertThat(quiet).containsExactlyInAnyOrder(Transitions.CONFIRM, Transitions.DELAY,
                Transitions.PARCEL_PICKUP, Transitions.DELIVER, Transitions.RETURN_PICKUP, Transitions.EXCHANGE_PICKUP,
                Transitions.RETURN_HOLDBACK, Transitions.RETURN_HOLDBACK_RELEASE, Transitions.EXCHANGE_HOLDBACK,
                Transitions.EXCHANGE_HOLDBACK_RELEASE, Transitions.DECISION_REQUEST);
    }

    @Test
    void theJavadocTableListsEveryRowWithItsInferredMark() throws IOException {
        String source = Files.readString(Path.of("src/main/java/io/orderdesk/sandbox/shop/Transitions.java"),
                StandardCharsets.UTF_8);
        for (Transitions row : Transitions.values()) {
            int at = source.indexOf("<tr><td>" + row.name() + "</td>");
            assertThat(at).as(row.name()).isPositive();
            String line = source.substring(at, source.indexOf('\n', at));
            assertThat(line.contains("[INFERRED")).as(row.name() + " inferred mark").isEqualTo(row.inferred
                    || line.contains("[INFERRED hold]") || line.contains("(period [INFERRED])"));
            assertThat(line).as(row.name()).contains(row.emits == null ? "<td>—</td>" : row.emits.code());
        }
    }
}
