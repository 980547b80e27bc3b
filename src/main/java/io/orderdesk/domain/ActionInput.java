package io.orderdesk.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What staff typed for one product order of an action: the body of the API call, in domain terms. Actions without a
 * body (발주 확인, approvals, holdback releases, 교환 수거 완료) take {@link None}. Values are kept as entered; the
 * dialogs validate them before an action is written to the outbox.
 */
public sealed interface ActionInput {

    /** No body: 발주 확인, 취소/반품 승인, 보류 해제, 교환 수거 완료. */
    record None() implements ActionInput {
        public static final None INSTANCE = new None();
    }

    /** 발송 처리 of one line; {@code company} and {@code trackingNumber} are {@code null} when the method needs none. */
    record Dispatch(DeliveryMethod method, DeliveryCompany company, String trackingNumber, Instant dispatchDate)
            implements ActionInput {
        public Dispatch {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(dispatchDate, "dispatchDate");
        }
    }

    /** 발송 지연: the new due date, a reason code and the detail text shown to the buyer. */
    record Delay(Instant dueDate, DelayedDispatchReason reason, String detail) implements ActionInput {
        public Delay {
            Objects.requireNonNull(dueDate, "dueDate");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** 판매 취소; {@code quantity} {@code null} cancels the whole remaining quantity. */
    record CancelRequest(CancelRequestReason reason, String detail, Integer quantity) implements ActionInput {
        public CancelRequest {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** 반품 요청; carrier and tracking are optional, {@code quantity} {@code null} returns everything. */
    record ReturnRequest(ReturnRequestReason reason, DeliveryMethod collectMethod, DeliveryCompany company,
                         String trackingNumber, Integer quantity) implements ActionInput {
        public ReturnRequest {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(collectMethod, "collectMethod");
        }
    }

    /** 반품 거부 or 교환 거부: the free-text reason the buyer will read. */
    record Reject(String reason) implements ActionInput {
        public Reject {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** 반품 보류 or 교환 보류: type, detail and an extra fee in won ({@code null} for none). */
    record Holdback(HoldbackReason reason, String detail, Long extraFee) implements ActionInput {
        public Holdback {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** 교환 재배송: method, and carrier and tracking number when sent by parcel. */
    record Redeliver(DeliveryMethod method, DeliveryCompany company, String trackingNumber) implements ActionInput {
        public Redeliver {
            Objects.requireNonNull(method, "method");
        }
    }
}
