package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.DeliveryMethod;

/** The {@code productOrder} object of a product-order detail (§5.2), amounts split into initial and remaining. */
final class ProductOrderJson {

    private ProductOrderJson() {
    }

    static Fields of(ProductOrderRecord po) {
        Amounts money = po.amounts;
        int all = money.quantity();
        int left = po.remainQuantity;
        boolean noDelivery = po.product.deliveryMethod() == DeliveryMethod.NOTHING;
        Fields json = new Fields()
                .code("claimStatus", po.claim == null ? null : po.claim.status)
                .code("claimType", po.claim == null ? null : po.claim.type)
                .date("decisionDate", po.decisionDate)
                .with("delayedDispatchDetailedReason", po.delayDetail)
                .code("delayedDispatchReason", po.delayReason)
                .with("deliveryDiscountAmount", money.deliveryDiscount())
                .with("deliveryFeeAmount", money.deliveryFee())
                .with("deliveryPolicyType", noDelivery ? "무료" : "조건별 무료")
                .code("expectedDeliveryMethod", po.product.deliveryMethod())
                .with("freeGift", po.freeGift)
                .with("mallId", po.order.mallId)
                .with("optionCode", po.option.code())
                .with("optionPrice", money.optionPrice())
                .with("packageNumber", po.order.packageNumber)
                .date("placeOrderDate", po.placeOrderDate)
                .code("placeOrderStatus", po.placeOrderStatus)
                .with("productClass", po.product.productClass())
                .with("productDiscountAmount", money.discount(all))
                .with("initialProductDiscountAmount", money.discount(all))
                .with("remainProductDiscountAmount", money.discount(left))
                .with("productId", po.product.productId())
                .with("originalProductId", po.product.productId())
                .with("merchantChannelId", po.order.mallId)
                .with("productName", po.product.name())
                .with("productOption", po.option.text())
                .with("productOrderId", po.productOrderId)
                .code("productOrderStatus", po.status)
                .with("quantity", all)
                .with("initialQuantity", all)
                .with("remainQuantity", left)
                .with("sectionDeliveryFee", money.sectionFee())
                .with("sellerProductCode", po.product.sellerCode())
                .with("shippingAddress", po.shippingAddress == null ? null : po.shippingAddress.toJson())
                .date("shippingDueDate", po.shippingDueDate)
                .with("shippingFeeType", money.deliveryFee() > 0 ? "선불" : "무료")
                .with("shippingMemo", po.shippingMemo)
                .with("takingAddress", Catalog.TAKING_ADDRESS.toJson());
        return money(json, po, all, left)
                .code("giftReceivingStatus", po.giftStatus)
                .with("sellerBurdenStoreDiscountAmount", 0L)
                .with("deliveryAttributeType", "NORMAL")
                .code("taxType", po.product.taxType())
                .code("storageType", po.product.storageType())
                .with("logisticsDirectContracted", Boolean.FALSE);
    }

    private static Fields money(Fields json, ProductOrderRecord po, int all, int left) {
        Amounts money = po.amounts;
        return json
                .with("totalPaymentAmount", money.payment(all))
                .with("initialPaymentAmount", money.payment(all))
                .with("remainPaymentAmount", money.payment(left))
                .with("totalProductAmount", money.product(all))
                .with("initialProductAmount", money.product(all))
                .with("remainProductAmount", money.product(left))
                .with("unitPrice", money.unitPrice())
                .with("sellerBurdenDiscountAmount", money.discount(left))
                .with("commissionRatingType", "결제수수료")
                .with("commissionPrePayStatus", "GENERAL_PRD")
                .with("paymentCommission", money.paymentCommission(left))
                .with("saleCommission", 0L)
                .with("expectedSettlementAmount", money.expectedSettlement(left))
                .with("inflowPath", po.inflowPath)
                .with("itemNo", po.option.code())
                .with("optionManageCode", po.option.manageCode())
                .with("claimId", po.claim == null ? null : po.claim.claimId)
                .with("channelCommission", 0L)
                .with("productImediateDiscountAmount", money.immediateDiscount(all))
                .with("initialProductImmediateDiscountAmount", money.immediateDiscount(all))
                .with("remainProductImmediateDiscountAmount", money.immediateDiscount(left))
                .with("productProductDiscountAmount", money.couponDiscount(all))
                .with("initialProductProductDiscountAmount", money.couponDiscount(all))
                .with("remainProductProductDiscountAmount", money.couponDiscount(left))
                .with("productMultiplePurchaseDiscountAmount", 0L)
                .with("sellerBurdenImediateDiscountAmount", money.immediateDiscount(all))
                .with("initialSellerBurdenImmediateDiscountAmount", money.immediateDiscount(all))
                .with("remainSellerBurdenImmediateDiscountAmount", money.immediateDiscount(left))
                .with("sellerBurdenProductDiscountAmount", money.couponDiscount(all))
                .with("initialSellerBurdenProductDiscountAmount", money.couponDiscount(all))
                .with("remainSellerBurdenProductDiscountAmount", money.couponDiscount(left))
                .with("sellerBurdenMultiplePurchaseDiscountAmount", 0L)
                .with("knowledgeShoppingSellingInterlockCommission", money.shoppingCommission(left));
    }
}
