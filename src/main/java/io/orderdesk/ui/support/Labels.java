package io.orderdesk.ui.support;

import io.orderdesk.domain.CancelRequestReason;
import io.orderdesk.domain.ClaimReason;
import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.CodedEnum;
import io.orderdesk.domain.CollectStatus;
import io.orderdesk.domain.DelayedDispatchReason;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.DeliveryStatus;
import io.orderdesk.domain.EntryMethod;
import io.orderdesk.domain.GiftReceivingStatus;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.HoldbackStatus;
import io.orderdesk.domain.LastChangedType;
import io.orderdesk.domain.PickupLocationType;
import io.orderdesk.domain.PlaceOrderStatus;
import io.orderdesk.domain.ProductOrderStatus;
import io.orderdesk.domain.ReturnRequestReason;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The words for the domain's codes in the user's language. The domain keeps the Korean labels staff know; the
 * screens prefer the bundle's {@code enum.<SimpleClassName>.<CODE>} and fall back to the domain's label, so a code
 * added later (or a language without the key) still reads sensibly. The Korean bundles carry no {@code enum.} keys
 * on purpose: Korean comes from the domain, one place.
 */
public final class Labels {

    /**
     * The code enums the screens show, each of whose constants has an English key (a test checks it). Carriers
     * ({@code DeliveryCompany}) are left out on purpose: their names are proper names and stay Korean.
     */
    public static final List<Class<? extends CodedEnum>> TRANSLATED = List.of(ProductOrderStatus.class,
            PlaceOrderStatus.class, ClaimType.class, ClaimStatus.class, ClaimReason.class, HoldbackStatus.class,
            HoldbackReason.class, DelayedDispatchReason.class, DeliveryMethod.class, DeliveryStatus.class,
            CollectStatus.class, LastChangedType.class, GiftReceivingStatus.class, PickupLocationType.class,
            EntryMethod.class, CancelRequestReason.class, ReturnRequestReason.class);

    private final ResourceBundle bundle;

    public Labels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle key of a constant, e.g. {@code enum.ClaimStatus.COLLECT_DONE}. */
    public static String key(CodedEnum value) {
        Class<?> type = value instanceof Enum<?> constant ? constant.getDeclaringClass() : value.getClass();
        return "enum." + type.getSimpleName() + "." + value.code();
    }

    /** The constant's name in the bundle's language; "" for {@code null}. */
    public String of(CodedEnum value) {
        if (value == null) {
            return "";
        }
        String key = key(value);
        return bundle.containsKey(key) ? bundle.getString(key) : value.label();
    }

    /** A received code's name; a code this version does not know shows as it came. "" for {@code null}. */
    public String of(Coded<?> coded) {
        if (coded == null) {
            return "";
        }
        return coded.isKnown() ? of(coded.value()) : coded.raw();
    }

    /** The name of a code as the store keeps it; "" for none. */
    public <E extends Enum<E> & CodedEnum> String of(Class<E> type, String code) {
        return code == null || code.isEmpty() ? "" : of(Coded.of(type, code));
    }

    /** True when the screens speak Korean (also for the base bundle, which is Korean). */
    public boolean korean() {
        String language = bundle.getLocale() == null ? "" : bundle.getLocale().getLanguage();
        return language.isEmpty() || language.equals("ko");
    }
}
