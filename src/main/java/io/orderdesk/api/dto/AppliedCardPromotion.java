package io.orderdesk.api.dto;

/** A card-company promotion applied to a product order ({@code productOrder.appliedCardPromotion}). */
public record AppliedCardPromotion(
        String promotionName,
        String cardCompanyName,
        Long promotionApplyAmount,
        Integer brandCompanyBurdenRatio) {
}
