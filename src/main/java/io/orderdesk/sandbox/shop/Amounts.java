package io.orderdesk.sandbox.shop;

/**
 * The money of one product order as ordered. Amounts for the remaining quantity after partial claims are derived by
 * proration, so initial and remaining figures always stay consistent with each other.
 */
record Amounts(long unitPrice, long optionPrice, int quantity, long immediateDiscountPerUnit, long couponDiscount,
               long deliveryFee, long deliveryDiscount, long sectionFee, double commissionRate,
               boolean fromNaverShopping) {

    long product(int qty) {
        return (unitPrice + optionPrice) * qty;
    }

    long immediateDiscount(int qty) {
        return immediateDiscountPerUnit * qty;
    }

    long couponDiscount(int qty) {
        return quantity == 0 ? 0 : couponDiscount * qty / quantity;
    }

    long discount(int qty) {
        return immediateDiscount(qty) + couponDiscount(qty);
    }

    long payment(int qty) {
        return product(qty) - discount(qty);
    }

    /** Delivery fees stay charged while anything of the product order remains. */
    long fees(int qty) {
        return qty == 0 ? 0 : deliveryFee + sectionFee - deliveryDiscount;
    }

    long paymentCommission(int qty) {
        return Math.round((payment(qty) + fees(qty)) * commissionRate);
    }

    long shoppingCommission(int qty) {
        return fromNaverShopping ? Math.round(payment(qty) * 0.02) : 0;
    }

    long expectedSettlement(int qty) {
        return payment(qty) + fees(qty) - paymentCommission(qty) - shoppingCommission(qty);
    }
}
