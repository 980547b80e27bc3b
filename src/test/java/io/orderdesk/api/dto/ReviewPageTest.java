package io.orderdesk.api.dto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The provisional reviews shape (reference §11) parses tolerantly like the other paged lists. */
class ReviewPageTest {

    @Test
    void parsesReviewsAndSkipsABadOne() {
        String json = "{\"timestamp\":\"2024-03-20T09:00:00.000+09:00\",\"traceId\":\"t-1\",\"data\":{\"contents\":["
                + "{\"reviewId\":\"R1001\",\"productOrderId\":\"2024030498765431\",\"productId\":\"9284716350\","
                + "\"productName\":\"오늘의니트 여성 울 라운드 가디건\",\"score\":5,\"reviewType\":\"PREMIUM\","
                + "\"title\":\"색감이 예뻐요\",\"content\":\"사진보다 실물이 더 좋아요.\",\"writerId\":\"minj****\","
                + "\"createdDate\":\"2024-03-19T21:10:00.000+09:00\",\"modifiedDate\":\"2024-03-19T12:10:00Z\"},"
                + "{\"reviewId\":\"R1002\",\"productOrderId\":\"2024030498765448\",\"score\":\"five\"}],"
                + "\"pagination\":{\"page\":1,\"size\":300,\"hasNext\":false}}}";

        Envelope<ReviewPage> envelope = Fixtures.fromJson(json, Fixtures.envelopeOf(ReviewPage.class));

        ReviewPage page = envelope.data();
        assertThat(page.pagination()).isEqualTo(new Pagination(1, 300, false));
        assertThat(page.contents().items()).hasSize(1);
        Review review = page.contents().items().get(0);
        assertThat(review.score()).isEqualTo(5);
        assertThat(review.writerId()).isEqualTo("minj****");
        assertThat(review.modifiedDate())
                .isEqualTo(OffsetDateTime.of(2024, 3, 19, 21, 10, 0, 0, ZoneOffset.ofHours(9)));
        assertThat(page.contents().rejected()).extracting(r -> r.productOrderId()).containsExactly("2024030498765448");
    }
}
