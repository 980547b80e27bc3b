package io.orderdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewsTest extends OnEachDatabase {

    private static final Instant DAY = Instant.parse("2026-11-20T00:00:00Z");

    @Test
    void storesEachReviewOnceAndUpdatesItWhenFetchedAgain() {
        Reviews reviews = store.reviews();
        int first = reviews.upsert(List.of(review("r-1", DAY.plusSeconds(60), 5, "좋아요"),
                review("r-2", DAY.plusSeconds(120), 3, "무난합니다.")));
        int second = reviews.upsert(List.of(review("r-2", DAY.plusSeconds(120), 2, "마감이 아쉽습니다."),
                review("r-3", DAY.plusSeconds(180), 4, "재구매 의사 있습니다!")));

        List<StoredReview> all = reviews.list(DAY, DAY.plusSeconds(3600), 100);

        assertThat(first).isEqualTo(2);
        assertThat(second).as("r-2 was there already").isEqualTo(1);
        assertThat(all).extracting(StoredReview::reviewId).containsExactly("r-3", "r-2", "r-1");
        assertThat(all.get(1).score()).isEqualTo(2);
        assertThat(all.get(1).content()).isEqualTo("마감이 아쉽습니다.");
        assertThat(reviews.upsert(List.of())).isZero();
    }

    @Test
    void keepsEveryFieldAndMissingOnesStayMissing() {
        StoredReview full = new StoredReview("r-9", "2026112012345601", "P-77", "무선 이어폰 (화이트)", 5, "PREMIUM",
                "최고예요", "배송도 빠르고 상품도 마음에 들어요. 사진 첨부합니다.", "minj****", DAY,
                DAY.plusSeconds(7200));
        StoredReview bare = new StoredReview("r-10", null, null, null, null, null, null, null, null,
                DAY.plusSeconds(1), null);
        store.reviews().upsert(List.of(full, bare));

        assertThat(store.reviews().list(DAY, DAY.plusSeconds(2), 10)).containsExactly(bare, full);
    }

    @Test
    void listsOnlyThePeriodNewestFirstUpToTheLimit() {
        store.reviews().upsert(List.of(review("before", DAY.minusMillis(1), 1, "a"),
                review("start", DAY, 2, "b"), review("middle", DAY.plusSeconds(30), 3, "c"),
                review("end", DAY.plusSeconds(60), 4, "d")));

        assertThat(store.reviews().list(DAY, DAY.plusSeconds(60), 10)).extracting(StoredReview::reviewId)
                .as("from included, to excluded").containsExactly("middle", "start");
        assertThat(store.reviews().list(DAY.minusSeconds(1), DAY.plusSeconds(61), 2))
                .extracting(StoredReview::reviewId).containsExactly("end", "middle");
    }

    @Test
    void aSecondPcSeesTheSameReviews() throws Exception {
        store.reviews().upsert(List.of(review("shared", DAY, 5, "좋아요")));
        try (Store other = db.openAs("pc-b")) {
            assertThat(other.reviews().upsert(List.of(review("shared", DAY, 4, "생각보다 좋아요")))).isZero();
        }

        assertThat(store.reviews().list(DAY, DAY.plusSeconds(1), 10)).extracting(StoredReview::score)
                .containsExactly(4);
    }

    private static StoredReview review(String id, Instant created, int score, String content) {
        return new StoredReview(id, "PO-" + id, "P-1", "핸드드립 원두 500g", score, "GENERAL", content, content,
                "hana****", created, created);
    }
}
