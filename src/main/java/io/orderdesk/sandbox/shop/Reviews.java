package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.ProductOrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Buyer reviews for delivered and decided product orders. Provisional like the reviews endpoint itself: the real
 * contract is not public (reference §11); scores are 1–5, PREMIUM reviews are the longer photo reviews.
 */
final class Reviews {

    private static final List<String> GOOD = List.of("배송도 빠르고 상품도 마음에 들어요.", "재구매 의사 있습니다!",
            "가격 대비 품질이 좋네요.", "포장이 꼼꼼하게 되어 왔어요.", "선물용으로 샀는데 반응이 좋았어요.");
    private static final List<String> SO_SO = List.of("무난합니다.", "사진이랑 색이 조금 달라요.",
            "배송이 조금 늦었지만 상품은 괜찮아요.");
    private static final List<String> BAD = List.of("생각했던 것과 많이 달라요.", "마감이 아쉽습니다.",
            "포장이 부실해서 내용물이 샜어요.");

    private Reviews() {
    }

    /** Maybe writes a review for {@code po}, some time after delivery but not after {@code now}. */
    static void maybeWrite(World world, Random random, ProductOrderRecord po, Instant now, int percent) {
        boolean eligible = po.isIn(ProductOrderStatus.DELIVERED, ProductOrderStatus.PURCHASE_DECIDED)
                && po.delivery != null && po.delivery.deliveredDate != null;
        if (!eligible || random.nextInt(100) >= percent) {
            return;
        }
        Instant created = po.delivery.deliveredDate.plus(Duration.ofMinutes(60 + random.nextInt(5 * 24 * 60)));
        if (created.isAfter(now)) {
            return;
        }
        int roll = random.nextInt(100);
        int score = roll < 55 ? 5 : roll < 80 ? 4 : roll < 90 ? 3 : roll < 96 ? 2 : 1;
        boolean premium = random.nextInt(4) == 0;
        List<String> texts = score >= 4 ? GOOD : score == 3 ? SO_SO : BAD;
        String content = People.pick(random, texts);
        if (premium) {
            content = content + " " + People.pick(random, texts) + " 사진 첨부합니다.";
        }
        Instant modified = random.nextInt(10) == 0 ? created.plus(Duration.ofHours(1 + random.nextInt(48))) : created;
        world.reviews.add(new Review(world.newId(created), po.productOrderId, po.product.productId(),
                po.product.name(), score, premium ? "PREMIUM" : "GENERAL", content.substring(0,
                Math.min(20, content.length())), content, po.order.orderer.memberId(), created,
                modified.isAfter(now) ? created : modified));
    }

    /** A review written right now by a buyer who just decided the purchase. */
    static void writeNow(World world, Random random, ProductOrderRecord po, Instant now) {
        int score = random.nextInt(10) < 7 ? 5 : 4;
        String content = People.pick(random, GOOD);
        world.reviews.add(new Review(world.newId(now), po.productOrderId, po.product.productId(), po.product.name(),
                score, "GENERAL", content.substring(0, Math.min(20, content.length())), content,
                po.order.orderer.memberId(), now, now));
    }
}
