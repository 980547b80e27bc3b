package io.orderdesk.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.ClaimReason;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.CodedEnum;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.HoldbackStatus;
import io.orderdesk.domain.OrderTab;
import io.orderdesk.sync.ConnectionCheckProblem;
import io.orderdesk.sync.SyncStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class LabelsTest {

    private static final String HANGUL = "[\\uAC00-\\uD7A3\\u3131-\\u318E]";
    private static final Properties ENGLISH = properties("messages_en.properties");
    private static final Properties BASE = properties("messages.properties");

    private final Labels english = new Labels(ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.ENGLISH));
    private final Labels korean = new Labels(ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN));

    @Test
    void everyConstantTheScreensShowHasEnglishWords() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends CodedEnum> type : Labels.TRANSLATED) {
            for (CodedEnum constant : type.getEnumConstants()) {
                String text = ENGLISH.getProperty(Labels.key(constant));
                if (text == null || text.isBlank() || text.matches(".*" + HANGUL + ".*")) {
                    missing.add(Labels.key(constant));
                }
            }
        }
        assertThat(missing).as("enum constants without English words in messages_en.properties").isEmpty();
    }

    @Test
    void everySyncProblemAndCheckProblemAndTabHasWordsInBothLanguages() {
        List<String> keys = new ArrayList<>();
        for (SyncStatus.Problem problem : SyncStatus.Problem.values()) {
            keys.add("main.sync.problem." + problem.name());
        }
        for (ConnectionCheckProblem problem : ConnectionCheckProblem.values()) {
            keys.add("apicheck.problem." + problem.name());
        }
        for (OrderTab tab : OrderTab.values()) {
            keys.add("tab." + tab.name());
        }
        keys.add("apicheck.detail.INVALID_SETTINGS");
        keys.add("apicheck.detail.OTHER");
        for (String key : keys) {
            assertThat(ENGLISH.getProperty(key)).as(key).isNotBlank().doesNotContainPattern(HANGUL);
            assertThat(BASE.getProperty(key)).as("the base bundle is the Korean one: " + key).isNotBlank()
                    .containsPattern(HANGUL);
        }
    }

    @Test
    void theKoreanBundlesLeaveCodeWordsToTheDomain() {
        assertThat(BASE.stringPropertyNames()).noneMatch(key -> key.startsWith("enum."));
    }

    @Test
    void theScreensEnglishHasNoKoreanLeftIn() {
        List<String> korean = new ArrayList<>();
        for (String key : ENGLISH.stringPropertyNames()) {
            boolean ours = key.matches("(main|banner|tab|orders|status|detail|synclog|apicheck|settings|enum)\\..*");
            if (ours && !key.equals("settings.locale.ko") && ENGLISH.getProperty(key).matches(".*" + HANGUL + ".*")) {
                korean.add(key);
            }
        }
        assertThat(korean).isEmpty();
    }

    @Test
    void englishPrefersTheBundleKoreanTheDomain() {
        assertThat(english.of(HoldbackStatus.HOLDBACK)).isEqualTo("On hold");
        assertThat(korean.of(HoldbackStatus.HOLDBACK)).isEqualTo("보류 중");
        assertThat(english.of(Coded.of(ClaimReason.class, "SIMPLE_INTENT_CHANGED"))).isEqualTo("Changed mind");
        assertThat(korean.of(ClaimReason.class, "SIMPLE_INTENT_CHANGED")).isEqualTo("단순 변심");
        assertThat(english.korean()).isFalse();
        assertThat(korean.korean()).isTrue();
    }

    @Test
    void unknownCodesShowAsTheyCameAndNothingShowsAsNothing() {
        assertThat(english.of(Coded.of(ClaimReason.class, "BRAND_NEW_REASON"))).isEqualTo("BRAND_NEW_REASON");
        assertThat(english.of(ClaimReason.class, null)).isEmpty();
        assertThat(english.of((CodedEnum) null)).isEmpty();
        assertThat(english.of((Coded<?>) null)).isEmpty();
    }

    @Test
    void aMissingKeyFallsBackToTheDomainsLabelAndCarriersStayKorean() {
        Labels withoutKeys = new Labels(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"app.title", "Order Desk"}};
            }

            @Override
            public Locale getLocale() {
                return Locale.ENGLISH;
            }
        });

        assertThat(withoutKeys.of(HoldbackStatus.RELEASED)).isEqualTo("보류 해제");
        assertThat(english.of(DeliveryCompany.class, "CJGLS")).isEqualTo("CJ대한통운");
        assertThat(Labels.key(ClaimReason.ETC)).isEqualTo("enum.ClaimReason.ETC");
    }

    private static Properties properties(String name) {
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("/io/orderdesk/ui/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
