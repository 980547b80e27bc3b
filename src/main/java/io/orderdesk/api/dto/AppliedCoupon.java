package io.orderdesk.api.dto;

import io.orderdesk.domain.Coded;
import io.orderdesk.domain.CouponClassCode;

/** A coupon used on a product order ({@code productOrder.appliedCoupons[]}); the ratio is a percentage. */
public record AppliedCoupon(
        String couponPublishNumber,
        Coded<CouponClassCode> couponClassCode,
        Long couponDiscountAmount,
        Integer naverBurdenRatio) {
}
