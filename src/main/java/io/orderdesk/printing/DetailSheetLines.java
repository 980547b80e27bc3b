package io.orderdesk.printing;

import io.orderdesk.domain.OrderDetail;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Turns stored order details into sheet lines, so the app only has to hand over its detail loader. */
public final class DetailSheetLines {

    private DetailSheetLines() {
    }

    /** A source that loads each id with {@code loader} (e.g. {@code orderDetailService::load}). */
    public static OrderSheetSource source(Function<String, OrderDetail> loader) {
        return ids -> {
            List<SheetLine> lines = new ArrayList<>();
            for (String id : ids) {
                from(loader.apply(id)).ifPresent(lines::add);
            }
            return lines;
        };
    }

    /** The sheet line of a readable detail; empty when the detail cannot be shown. */
    public static Optional<SheetLine> from(OrderDetail detail) {
        if (detail == null || !detail.readable()) {
            return Optional.empty();
        }
        OrderDetail.Payment payment = detail.payment();
        OrderDetail.Party orderer = detail.orderer();
        OrderDetail.Recipient to = detail.recipient();
        OrderDetail.Line line = detail.line();
        return Optional.of(new SheetLine(
                payment == null ? null : payment.orderId(),
                detail.productOrderId(),
                payment == null ? null : payment.orderDate(),
                orderer == null ? null : orderer.name(),
                orderer == null ? null : orderer.tel(),
                to == null ? null : to.name(),
                to == null ? null : to.tel1(),
                to == null ? null : to.zipCode(),
                to == null ? null : join(to.baseAddress(), to.detailedAddress()),
                to == null ? null : to.memo(),
                line == null ? null : line.productName(),
                line == null ? null : line.productOption(),
                line == null || line.quantity() == null ? 0 : line.quantity()));
    }

    private static String join(String base, String detailed) {
        if (base == null || base.isBlank()) {
            return detailed;
        }
        return detailed == null || detailed.isBlank() ? base : base + " " + detailed;
    }
}
