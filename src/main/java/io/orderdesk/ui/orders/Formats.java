package io.orderdesk.ui.orders;

import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.CodedEnum;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.ProductOrderStatus;
import io.orderdesk.ui.support.Labels;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Dates, money and codes as the screens show them. Times are always shown in Korean time, where the shop and Naver
 * are, whatever the PC's zone. Code labels come from the bundle: the list's short forms under {@code status.…}, the
 * rest through {@link Labels}; both fall back to the domain's Korean label, so a code added later still reads sensibly.
 */
public final class Formats {

    public static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Seoul");

    private final ResourceBundle bundle;
    private final Labels labels;
    private final DateTimeFormatter dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SHOP_ZONE);
    private final DateTimeFormatter date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(SHOP_ZONE);
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(SHOP_ZONE);
    private final NumberFormat number;

    public Formats(ResourceBundle bundle) {
        this.bundle = bundle;
        this.labels = new Labels(bundle);
        Locale locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty()
                ? Locale.KOREAN : bundle.getLocale();
        this.number = NumberFormat.getIntegerInstance(locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The words for the domain's codes in this bundle's language. */
    public Labels labels() {
        return labels;
    }

    /** True when the bundle (or its Korean parent) has this key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    public String time(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    public String number(long value) {
        return number.format(value);
    }

    public String money(Long won) {
        return won == null ? "" : text("orders.money", number.format(won));
    }

    public String status(String code) {
        return label("status.po.", ProductOrderStatus.class, code);
    }

    public String claimType(String code) {
        return label("status.claimType.", ClaimType.class, code);
    }

    public String claimStatus(String code) {
        return label("status.claim.", ClaimStatus.class, code);
    }

    /** "반품 · 수거 완료", or "" for a line without a claim. */
    public String claim(String typeCode, String statusCode) {
        if (typeCode == null && statusCode == null) {
            return "";
        }
        if (typeCode == null || statusCode == null) {
            return typeCode == null ? claimStatus(statusCode) : claimType(typeCode);
        }
        return claimType(typeCode) + " · " + claimStatus(statusCode);
    }

    /** Carriers keep their Korean names in every language: they are proper names (see {@link Labels#TRANSLATED}). */
    public String carrier(String code) {
        return labels.of(DeliveryCompany.class, code);
    }

    /** A code's name in the user's language (reasons, methods and the like), or "" for none. */
    public String coded(Coded<?> coded) {
        return labels.of(coded);
    }

    /** From the bundle under {@code prefix + code} when there, else through {@link Labels}. */
    private <E extends Enum<E> & CodedEnum> String label(String prefix, Class<E> type, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return bundle.containsKey(prefix + code) ? bundle.getString(prefix + code) : labels.of(type, code);
    }
}
