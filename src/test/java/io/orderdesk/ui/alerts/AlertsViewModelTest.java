package io.orderdesk.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class AlertsViewModelTest {

    private final ResourceBundle korean = ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN);
    private final List<Consumer<Arrivals>> feed = new ArrayList<>();
    private final FakeNotifier notifier = new FakeNotifier();
    private boolean busy;
    private boolean soundOn = true;
    private final AlertsViewModel viewModel = new AlertsViewModel(feed::add, notifier, () -> busy, () -> soundOn,
            korean);

    private void sync(int orders, int claims) {
        feed.forEach(listener -> listener.accept(new Arrivals(orders, claims)));
    }

    @Test
    void aSyncWithNewOrdersAndClaimsShowsBothAndNotifiesTheDesktop() {
        sync(3, 1);

        assertThat(viewModel.showingProperty().get()).isTrue();
        assertThat(viewModel.messageProperty().get()).isEqualTo("새 주문 3건, 새 클레임 1건");
        assertThat(notifier.desktop).containsExactly("Order Desk 알림: 새 주문 3건, 새 클레임 1건");
        assertThat(notifier.sounds).isEqualTo(1);
    }

    @Test
    void aSyncThatBroughtNothingStaysSilent() {
        sync(0, 0);

        assertThat(viewModel.showingProperty().get()).isFalse();
        assertThat(notifier.desktop).isEmpty();
        assertThat(notifier.sounds).isZero();
    }

    @Test
    void countsAddUpWhileTheToastIsShowingAndStartOverAfterDismissing() {
        sync(2, 0);
        sync(1, 2);
        assertThat(viewModel.messageProperty().get()).isEqualTo("새 주문 3건, 새 클레임 2건");
        assertThat(notifier.desktop).containsExactly("Order Desk 알림: 새 주문 2건",
                "Order Desk 알림: 새 주문 1건, 새 클레임 2건");

        viewModel.dismiss();
        sync(0, 1);
        assertThat(viewModel.messageProperty().get()).isEqualTo("새 클레임 1건");
    }

    @Test
    void staysQuietWhileTheUserIsTypingThenShowsTheSumOnce() {
        busy = true;
        sync(1, 0);
        sync(2, 1);
        viewModel.retry();

        assertThat(viewModel.showingProperty().get()).isFalse();
        assertThat(notifier.desktop).isEmpty();
        assertThat(notifier.sounds).isZero();
        assertThat(viewModel.pending()).isEqualTo(new Arrivals(3, 1));

        busy = false;
        viewModel.retry();
        viewModel.retry();

        assertThat(viewModel.messageProperty().get()).isEqualTo("새 주문 3건, 새 클레임 1건");
        assertThat(notifier.desktop).hasSize(1);
        assertThat(notifier.sounds).isEqualTo(1);
        assertThat(viewModel.pending().isEmpty()).isTrue();
    }

    @Test
    void theSoundSettingIsReadAtEachAlert() {
        soundOn = false;
        sync(1, 0);
        assertThat(notifier.sounds).isZero();
        assertThat(notifier.desktop).hasSize(1);

        soundOn = true;
        sync(1, 0);
        assertThat(notifier.sounds).isEqualTo(1);
    }
}
