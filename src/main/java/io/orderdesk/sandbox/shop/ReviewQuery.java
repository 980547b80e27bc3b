package io.orderdesk.sandbox.shop;

import io.orderdesk.sandbox.ApiRequest;
import io.orderdesk.sandbox.ApiResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET reviews} (§4.20, §11). PROVISIONAL: the real contract is not public, so this follows the reference's
 * guess: {@code from} (required), {@code to} (default +24 h, at most 24 h), {@code reviewType} GENERAL|PREMIUM,
 * {@code page}/{@code pageSize}; data {@code {contents:[…], pagination:{page,size,hasNext}}} by createdDate.
 */
final class ReviewQuery {

    private ReviewQuery() {
    }

    static ApiResult answer(World world, ApiRequest request) {
        QueryParams query = new QueryParams(request.query());
        Instant[] window = query.window("from", "to");
        String type = query.optString("reviewType");
        if (type != null && !type.equals("GENERAL") && !type.equals("PREMIUM")) {
            throw BadRequest.invalid("reviewType", "GENERAL 또는 PREMIUM이어야 합니다 (" + type + ")");
        }
        Integer pageParam = query.optInt("page", 1, Integer.MAX_VALUE);
        Integer sizeParam = query.optInt("pageSize", 1, ConditionalQuery.MAX_PAGE_SIZE);
        int page = pageParam == null ? 1 : pageParam;
        int size = sizeParam == null ? ConditionalQuery.MAX_PAGE_SIZE : sizeParam;

        List<Review> matches = new ArrayList<>();
        for (Review review : world.reviews) {
            boolean inWindow = !review.createdDate().isBefore(window[0]) && !review.createdDate().isAfter(window[1]);
            if (inWindow && (type == null || type.equals(review.reviewType()))) {
                matches.add(review);
            }
        }
        matches.sort(Comparator.comparing(Review::createdDate).thenComparing(Review::reviewId));
        long skip = (long) (page - 1) * size;
        List<Fields> contents = new ArrayList<>();
        for (long i = skip; i < matches.size() && i < skip + size; i++) {
            contents.add(matches.get((int) i).toJson());
        }
        Fields pagination = new Fields().with("page", page).with("size", size)
                .with("hasNext", matches.size() > skip + size);
        return ApiResult.ok(new Fields().with("contents", contents).with("pagination", pagination));
    }
}
