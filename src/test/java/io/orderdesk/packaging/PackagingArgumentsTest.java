package io.orderdesk.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleFinder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The jpackage argument files of each OS, checked here because only the Linux ones are run on this machine: every
 * option is one the JDK's own jpackage knows, platform options belong to their OS, the icon is there in that OS's
 * format, the modules exist in this JDK, and the build scripts pass exactly these files. What this cannot prove is
 * what only a Windows (WiX) or macOS machine does with them.
 */
class PackagingArgumentsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern OPTION_NAME = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
    private static final Map<String, String> PREFIX = Map.of("linux", "linux-", "windows", "win-", "macos", "mac-");
    private static final Map<String, String> ICON = Map.of("linux", ".png", "windows", ".ico", "macos", ".icns");
    private static final Map<String, String> SCRIPT = Map.of("linux", "packaging/build.sh",
            "windows", "packaging/build.ps1", "macos", "packaging/build.sh");

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void everyOptionIsOneJpackageKnowsForThatOs(String os) throws IOException {
        Set<String> known = jpackageOptions();
        for (Option option : options(os)) {
            assertThat(known).as("%s: --%s is not a jpackage option", os, option.name()).contains(option.name());
            for (Map.Entry<String, String> other : PREFIX.entrySet()) {
                if (!other.getKey().equals(os)) {
                    assertThat(option.name()).as("%s uses another OS's option", os).doesNotStartWith(other.getValue());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void theIconIsThereInThatOsFormat(String os) throws IOException {
        Path icon = ROOT.resolve(single(os, "icon"));

        assertThat(icon.getFileName().toString()).endsWith(ICON.get(os));
        byte[] bytes = Files.readAllBytes(icon);
        switch (os) {
            case "windows" -> assertIco(bytes);
            case "macos" -> assertIcns(bytes);
            default -> assertThat(startsWithPng(bytes, 0)).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void theBuildScriptPassesTheseFiles(String os) throws IOException {
        String script = Files.readString(ROOT.resolve(SCRIPT.get(os)));

        assertThat(script).contains("packaging/common.args");
        if (os.equals("windows")) {
            assertThat(script).contains("packaging/windows/image.args", "packaging/windows/installer.args");
        } else {
            assertThat(script).contains("packaging/$os/image.args", "packaging/$os/installer.args");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows", "macos"})
    void installerIdentitiesAreWellFormed(String os) throws IOException {
        if (os.equals("windows")) {
            String uuid = single(os, "win-upgrade-uuid");
            assertThat(UUID.fromString(uuid).toString()).isEqualTo(uuid);
        } else {
            assertThat(single(os, "mac-package-identifier")).matches("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)+");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux"})
    void theRuntimeModulesExistInThisJdk(String os) throws IOException {
        Set<String> system = new HashSet<>();
        ModuleFinder.ofSystem().findAll().forEach(module -> system.add(module.descriptor().name()));

        for (String module : single(os, "add-modules").split(",")) {
            assertThat(system).as("module %s", module).contains(module.trim());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postinst", "prerm"})
    void theDebScriptsKeepJpackagesDesktopCommandsAndCleanUpTheArchive(String script) throws IOException {
        assertThat(single("linux", "resource-dir")).isEqualTo("packaging/linux/resources");
        String text = Files.readString(ROOT.resolve("packaging/linux/resources").resolve(script));

        assertThat(text).startsWith("#!/bin/sh");
        if (script.equals("postinst")) {
            assertThat(text).contains("DESKTOP_COMMANDS_INSTALL", "-Xshare:dump", "order-desk.classlist");
        } else {
            assertThat(text).contains("DESKTOP_COMMANDS_UNINSTALL", "rm -f /opt/order-desk/lib/app/order-desk.jsa");
        }
        assertThat(Files.isExecutable(ROOT.resolve("packaging/linux/resources").resolve(script))).isTrue();
    }

    /** The long option names in the JDK's jpackage option table (read from its class file, as jpackage has it). */
    private static Set<String> jpackageOptions() throws IOException {
        Optional<Module> jpackage = ModuleLayer.boot().findModule("jdk.jpackage");
        assumeTrue(jpackage.isPresent(), "this JDK has no jpackage");
        byte[] table;
        try (InputStream in = jpackage.get().getResourceAsStream(
                "jdk/jpackage/internal/Arguments$CLIOptions.class")) {
            assumeTrue(in != null, "this JDK's jpackage keeps its options elsewhere");
            table = in.readAllBytes();
        }
        Set<String> names = new HashSet<>();
        Matcher matcher = OPTION_NAME.matcher(new String(table, StandardCharsets.ISO_8859_1));
        while (matcher.find()) {
            names.add(matcher.group());
        }
        assertThat(names).contains("icon", "win-upgrade-uuid", "mac-package-identifier", "linux-package-deps");
        return names;
    }

    private record Option(String name, String value) {
    }

    /** The options of common.args and the OS's two files, as jpackage reads them (one option and its value a line). */
    private static List<Option> options(String os) throws IOException {
        List<Option> options = new ArrayList<>();
        for (String file : List.of("common.args", os + "/image.args", os + "/installer.args")) {
            for (String line : Files.readAllLines(ROOT.resolve("packaging").resolve(file))) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                assertThat(text).as("%s: %s", file, text).startsWith("--");
                int space = text.indexOf(' ');
                String name = space < 0 ? text.substring(2) : text.substring(2, space);
                String value = space < 0 ? "" : text.substring(space + 1).strip().replaceAll("^\"|\"$", "");
                options.add(new Option(name, value));
            }
        }
        return options;
    }

    private static String single(String os, String name) throws IOException {
        List<String> values = options(os).stream().filter(option -> option.name().equals(name))
                .map(Option::value).toList();
        assertThat(values).as("--%s for %s", name, os).hasSize(1);
        return values.get(0);
    }

    /** An ICO directory whose images include a 256-pixel one (stored as size 0) and a 16-pixel one. */
    private static void assertIco(byte[] bytes) {
        ByteBuffer ico = ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).isEqualTo((short) 1);
        int count = ico.getShort(4);
        Set<Integer> widths = new HashSet<>();
        for (int i = 0; i < count; i++) {
            int width = Byte.toUnsignedInt(bytes[6 + 16 * i]);
            widths.add(width == 0 ? 256 : width);
            int size = ico.getInt(6 + 16 * i + 8);
            int offset = ico.getInt(6 + 16 * i + 12);
            assertThat(offset + size).isLessThanOrEqualTo(bytes.length);
        }
        assertThat(widths).contains(16, 32, 48, 256);
    }

    /** An .icns whose entries add up to its length, each a PNG, including the 512-pixel and Retina sizes. */
    private static void assertIcns(byte[] bytes) {
        ByteBuffer icns = ByteBuffer.wrap(bytes);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).isEqualTo(bytes.length);
        Set<String> types = new HashSet<>();
        int at = 8;
        while (at < bytes.length) {
            String type = new String(bytes, at, 4, StandardCharsets.US_ASCII);
            int length = icns.getInt(at + 4);
            assertThat(length).isGreaterThan(8);
            assertThat(startsWithPng(bytes, at + 8)).as("entry %s", type).isTrue();
            types.add(type);
            at += length;
        }
        assertThat(at).isEqualTo(bytes.length);
        assertThat(types).contains("icp4", "ic07", "ic08", "ic09", "ic14");
    }

    private static boolean startsWithPng(byte[] bytes, int at) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        for (int i = 0; i < signature.length; i++) {
            if (bytes[at + i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
