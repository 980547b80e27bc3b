package io.orderdesk.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderdesk.domain.ActionLineState;
import io.orderdesk.domain.OrderAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The dialogs' words exist in Korean (the base bundle, once) and in English, the English has no Korean left in, and
 * Korean is what a Korean window gets even on a computer whose own language is English.
 */
class ActionBundlesTest {

    private static final Map<String, String> BASE = actions("messages.properties");
    private static final Map<String, String> ENGLISH = actions("messages_en.properties");

    private static Map<String, String> actions(String file) {
        Properties properties = new Properties();
        try (InputStream in = ActionBundlesTest.class.getResourceAsStream("/io/orderdesk/ui/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream().filter(key -> key.startsWith("actions."))
                .collect(Collectors.toMap(key -> key, properties::getProperty, (a, b) -> a, TreeMap::new));
    }

    @Test
    void koreanComesFromTheBaseBundleWhateverTheComputersLanguage() throws IOException {
        Properties korean = new Properties();
        try (InputStream in = ActionBundlesTest.class.getResourceAsStream("/io/orderdesk/ui/messages_ko.properties")) {
            korean.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(korean).as("messages_ko.properties only stops the fallback; the words are in the base").isEmpty();
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            ResourceBundle.clearCache();
            ResourceBundle bundle = ResourceBundle.getBundle("io.orderdesk.ui.messages", Locale.KOREAN);
            assertThat(bundle.getString("actions.status.sent")).isEqualTo(BASE.get("actions.status.sent"));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void englishHasEveryKey() {
        Set<String> missing = new java.util.TreeSet<>(BASE.keySet());
        missing.removeAll(ENGLISH.keySet());
        assertThat(missing).as("actions.* keys without English words").isEmpty();
        assertThat(BASE).hasSizeGreaterThan(100);
    }

    @Test
    void everyActionAndFamilyHasItsWords() {
        for (OrderAction action : OrderAction.values()) {
            assertThat(BASE).containsKey("actions.hint." + action.name());
            assertThat(ENGLISH).containsKeys("actions.hint." + action.name(), "actions.name." + action.name());
        }
        for (ActionFamily family : ActionFamily.values()) {
            assertThat(BASE).containsKey("actions.family." + family.key());
            assertThat(ENGLISH).containsKey("actions.family." + family.key());
        }
        for (ActionLineState state : ActionLineState.values()) {
            assertThat(ENGLISH).containsKey("actions.state." + state.name());
            assertThat(BASE).as("Korean states come from the domain")
                    .doesNotContainKey("actions.state." + state.name());
        }
    }

    @Test
    void theEnglishHasNoKoreanLeftIn() {
        assertThat(ENGLISH.entrySet()).filteredOn(entry -> entry.getValue().matches(".*[\\uAC00-\\uD7A3].*"))
                .isEmpty();
    }
}
