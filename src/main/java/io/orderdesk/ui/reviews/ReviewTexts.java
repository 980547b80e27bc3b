package io.orderdesk.ui.reviews;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Turns stored reviews into table rows: Korean time, stars, the review type's name and a masked writer id. */
final class ReviewTexts {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Seoul"));
    private static final String HIDDEN = "****";

    private final ResourceBundle bundle;

    ReviewTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    ReviewItem item(ReviewRow row) {
        String content = row.content() == null || row.content().isBlank() ? row.title() : row.content();
        return new ReviewItem(row, row.createdAt() == null ? "" : CREATED.format(row.createdAt()),
                score(row.score()), type(row.reviewType()), content == null ? "" : content.strip(),
                writer(row.writerId()));
    }

    /** 1–5 as stars and the number; other scales (the legacy API had 0–2 and 10–13) as the number alone. */
    static String score(Integer score) {
        if (score == null) {
            return "";
        }
        if (score < 1 || score > 5) {
            return score.toString();
        }
        return "★".repeat(score) + "☆".repeat(5 - score) + " " + score;
    }

    String type(String reviewType) {
        if (reviewType == null || reviewType.isBlank()) {
            return "";
        }
        try {
            return bundle.getString("reviews.type." + reviewType);
        } catch (MissingResourceException unknown) {
            return reviewType;
        }
    }

    /**
     * Naver sends writer ids masked already ({@code minj****}); one that is not gets the same treatment: its first
     * half, at most four characters, and stars.
     */
    static String writer(String writerId) {
        if (writerId == null || writerId.isBlank()) {
            return "";
        }
        String id = writerId.strip();
        if (id.indexOf('*') >= 0) {
            return id;
        }
        return id.substring(0, Math.max(1, Math.min(4, id.length() / 2))) + HIDDEN;
    }
}
