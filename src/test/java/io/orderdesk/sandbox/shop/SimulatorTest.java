package io.orderdesk.sandbox.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    @Test
    void sameSeedAndStepsGiveTheSameWorld() {
        assertThat(simulate(11, 120)).isEqualTo(simulate(11, 120));
        assertThat(simulate(11, 120)).isNotEqualTo(simulate(12, 120));
    }

    @Test
    void lifeGoesOnAtAGentlePace() {
        ShopFixture fixture = ShopFixture.demo();
        int ordersBefore = fixture.shop.read(World::orderCount);
        int changesBefore = changedSince(fixture);
        Simulator simulator = new Simulator(fixture.shop, fixture.clock, 5);
        for (int minute = 0; minute < 60; minute++) {
            fixture.advance(Duration.ofMinutes(1));
            simulator.step();
        }
        int newOrders = fixture.shop.read(World::orderCount) - ordersBefore;
        int changes = changedSince(fixture) - changesBefore;
        assertThat(newOrders).isBetween(5, 60);
        assertThat(changes).isBetween(60, 400);
    }

    @Test
    void nothingHappensWhileTheClockStandsStill() {
        ShopFixture fixture = ShopFixture.small();
        String before = DemoDataTest.everything(fixture);
        Simulator simulator = new Simulator(fixture.shop, fixture.clock, 5);
        simulator.step();
        simulator.step();
        assertThat(DemoDataTest.everything(fixture)).isEqualTo(before);
    }

    @Test
    void aLongPauseIsCappedPerStep() {
        ShopFixture fixture = ShopFixture.small();
        Simulator simulator = new Simulator(fixture.shop, fixture.clock, 5);
        int before = fixture.shop.read(w -> w.productOrders().size());
        fixture.advance(Duration.ofDays(30));
        simulator.step();
        assertThat(fixture.shop.read(w -> w.productOrders().size()) - before).isLessThan(200 * 3);
    }

    private static String simulate(long seed, int minutes) {
        ShopFixture fixture = ShopFixture.small();
        Simulator simulator = new Simulator(fixture.shop, fixture.clock, seed);
        for (int minute = 0; minute < minutes; minute += 3) {
            fixture.advance(Duration.ofMinutes(3));
            simulator.step();
        }
        return DemoDataTest.everything(fixture);
    }

    /** Product orders whose visible change is in the last day, a proxy for how much happened. */
    private static int changedSince(ShopFixture fixture) {
        return fixture.shop.read(w -> {
            int count = 0;
            for (ProductOrderRecord po : w.productOrders()) {
                if (po.lastChangedDate != null && !po.lastChangedDate.isBefore(ShopFixture.START)) {
                    count++;
                }
            }
            return count;
        });
    }
}
