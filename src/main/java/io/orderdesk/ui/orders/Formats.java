package io.orderdesk.ui.orders;

import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.CodedEnum;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.ProductOrderStatus;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Dates, money and codes as the screens show them. Times are always shown in Korean time, where the shop and Naver
 * are, whatever the PC's zone; code labels come from the bundle ({@code status.…}) and fall back to the domain's
 * Korean label, so a code added later still reads sensibly.
 */
public final class Formats {

    public static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Seoul");

    private final ResourceBundle bundle;
    private final DateTimeFormatter dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SHOP_ZONE);
    private final DateTimeFormatter date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(SHOP_ZONE);
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(SHOP_ZONE);
    private final NumberFormat number;

    public Formats(ResourceBundle bundle) {
        this.bundle = bundle;
        Locale locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty()
                ? Locale.KOREAN : bundle.getLocale();
        this.number = NumberFormat.getIntegerInstance(locale);
    }

    public ResourceBundle bundle() {
        return bundle;
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

    public String carrier(String code) {
        return code == null ? "" : Coded.of(DeliveryCompany.class, code).label();
    }

    /** The domain's Korean label of a code (reasons, methods and the like, which have no bundle entries). */
    public String coded(Coded<?> coded) {
        return coded == null ? "" : coded.label();
    }

    /** From the bundle under {@code prefix + code} when there, else the domain's label. */
    private <E extends Enum<E> & CodedEnum> String label(String prefix, Class<E> type, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        try {
            return bundle.getString(prefix + code);
        } catch (MissingResourceException e) {
            return Coded.of(type, code).label();
        }
    }
}
