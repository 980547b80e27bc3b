package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.Coded;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import java.util.Set;

/**
 * Carrier and tracking-number rules shared by dispatch and exchange re-delivery (§4.7, §4.16).
 *
 * <p>A tracking number is plausible when, after dashes are removed, it is 8–20 characters of ASCII digits, or of
 * letters and digits with at least one digit, and not one character repeated. It is "already used" (104121) when
 * the same carrier shipped it for a different order; product orders of one order share a parcel, so reuse within an
 * order is allowed.
 */
final class Shipments {

    private static final Set<DeliveryMethod> TRACKED = Set.of(DeliveryMethod.DELIVERY,
            DeliveryMethod.GDFW_ISSUE_SVC);
    private static final Set<DeliveryMethod> NOT_FOR_DISPATCH = Set.of(DeliveryMethod.RETURN_DESIGNATED,
            DeliveryMethod.RETURN_DELIVERY, DeliveryMethod.RETURN_INDIVIDUAL, DeliveryMethod.RETURN_MERCHANT,
            DeliveryMethod.UNKNOWN);

    private Shipments() {
    }

    static boolean needsTracking(DeliveryMethod method) {
        return TRACKED.contains(method);
    }

    static String normalize(String trackingNumber) {
        return trackingNumber == null ? null : trackingNumber.trim().replace("-", "");
    }

    /** The failure code for shipping {@code po} this way, or null when the shipment details are acceptable. */
    static String check(World world, ProductOrderRecord po, DeliveryMethod method, String company, String tracking) {
        if (NOT_FOR_DISPATCH.contains(method)) {
            return Codes.METHOD_CHANGE_NEEDED;
        }
        boolean noDeliveryProduct = po.product.deliveryMethod() == DeliveryMethod.NOTHING;
        if (noDeliveryProduct && method != DeliveryMethod.NOTHING) {
            return Codes.NO_DELIVERY_ORDER;
        }
        if (!noDeliveryProduct && method == DeliveryMethod.NOTHING) {
            return Codes.METHOD_CHANGE_NEEDED;
        }
        if (!needsTracking(method)) {
            return null;
        }
        if (company == null || company.isBlank()) {
            return Codes.COMPANY_MISSING;
        }
        if (Coded.lookup(DeliveryCompany.class, company) == DeliveryCompany.UNKNOWN) {
            return Codes.COMPANY_INVALID;
        }
        if (tracking == null || tracking.isBlank()) {
            return Codes.TRACKING_MISSING;
        }
        String normalized = normalize(tracking);
        if (!isPlausible(normalized)) {
            return Codes.TRACKING_INVALID;
        }
        String owner = world.trackingOwner(company, normalized);
        return owner == null || owner.equals(po.order.orderId) ? null : Codes.TRACKING_USED;
    }

    static boolean isPlausible(String normalized) {
        if (normalized.length() < 8 || normalized.length() > 20) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            boolean asciiLetter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            boolean asciiDigit = c >= '0' && c <= '9';
            if (!asciiLetter && !asciiDigit) {
                return false;
            }
            digit |= asciiDigit;
        }
        return digit && normalized.chars().distinct().count() > 1;
    }

    /** A fresh, unused, plausible tracking number in the carrier's usual length. */
    static String newTrackingNumber(World world, String company) {
        int length = switch (company) {
            case "KGB" -> 11;
            case "EPOST" -> 13;
            default -> 12;
        };
        String number;
        do {
            StringBuilder digits = new StringBuilder().append(1 + world.random.nextInt(9));
            while (digits.length() < length) {
                digits.append(world.random.nextInt(10));
            }
            number = digits.toString();
        } while (world.trackingOwner(company, number) != null);
        return number;
    }
}
