package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.StorageType;
import io.orderdesk.domain.TaxType;
import java.util.List;

/**
 * One item of the demo shop's catalogue.
 *
 * @param productId      channel product number
 * @param name           product name as the buyer saw it
 * @param price          unit price in KRW before discounts
 * @param immediateDiscount per-unit 즉시 할인 the seller gives (0 for none)
 * @param options        the option combinations on sale (at least one; a product without options has one unnamed)
 * @param deliveryMethod how it normally ships; {@link DeliveryMethod#NOTHING} for tickets and classes
 */
record Product(String productId, String name, String sellerCode, long price, long immediateDiscount,
               List<Option> options, TaxType taxType, StorageType storageType, DeliveryMethod deliveryMethod) {

    /**
     * One option combination.
     *
     * @param code  option code (also {@code itemNo})
     * @param text  as shown to staff, e.g. {@code 색상: 네이비 / 사이즈: L}; null for a product without options
     * @param price surcharge on the unit price
     */
    record Option(String code, String text, long price, String manageCode) {
    }

    String productClass() {
        return options.get(0).text() == null ? "단일상품" : "조합형옵션상품";
    }
}
