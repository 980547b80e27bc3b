package io.orderdesk.transfer;

import io.orderdesk.domain.DeliveryCompany;
import java.util.Locale;
import java.util.Map;

/**
 * A carrier as written in a spreadsheet: Naver's code ({@code CJGLS}), its Korean name ({@code CJ대한통운}) or the
 * short names label programs print ({@code 대한통운}, {@code 롯데}, {@code 로젠}).
 */
public final class Carriers {

    private static final Map<String, DeliveryCompany> SHORT_NAMES = Map.ofEntries(
            Map.entry("cj", DeliveryCompany.CJGLS), Map.entry("대한통운", DeliveryCompany.CJGLS),
            Map.entry("cj택배", DeliveryCompany.CJGLS), Map.entry("씨제이대한통운", DeliveryCompany.CJGLS),
            Map.entry("롯데", DeliveryCompany.HYUNDAI), Map.entry("롯데글로벌로지스", DeliveryCompany.HYUNDAI),
            Map.entry("현대택배", DeliveryCompany.HYUNDAI), Map.entry("한진", DeliveryCompany.HANJIN),
            Map.entry("로젠", DeliveryCompany.KGB), Map.entry("우체국", DeliveryCompany.EPOST),
            Map.entry("우편", DeliveryCompany.EPOST), Map.entry("경동", DeliveryCompany.KDEXP),
            Map.entry("대신", DeliveryCompany.DAESIN));

    private Carriers() {
    }

    /** The carrier {@code text} names, or null when it names none (or is blank). */
    public static DeliveryCompany parse(String text) {
        String key = key(text == null ? "" : text);
        if (key.isEmpty()) {
            return null;
        }
        for (DeliveryCompany company : DeliveryCompany.values()) {
            if (company != DeliveryCompany.UNKNOWN
                    && (key(company.code()).equals(key) || key(company.label()).equals(key))) {
                return company;
            }
        }
        DeliveryCompany shortName = SHORT_NAMES.get(key);
        if (shortName == null && key.endsWith("택배")) {
            shortName = SHORT_NAMES.get(key.substring(0, key.length() - 2));
        }
        return shortName;
    }

    private static String key(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
