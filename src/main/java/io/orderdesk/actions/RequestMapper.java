package io.orderdesk.actions;

import io.orderdesk.api.dto.CancelRequest;
import io.orderdesk.api.dto.DelayRequest;
import io.orderdesk.api.dto.DispatchProductOrder;
import io.orderdesk.api.dto.ExchangeHoldbackRequest;
import io.orderdesk.api.dto.ExchangeRedeliveryRequest;
import io.orderdesk.api.dto.RejectExchangeRequest;
import io.orderdesk.api.dto.RejectReturnRequest;
import io.orderdesk.api.dto.ReturnHoldbackRequest;
import io.orderdesk.api.dto.ReturnRequest;
import io.orderdesk.api.json.NpayDateTime;
import io.orderdesk.domain.ActionInput;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Turns what staff entered ({@link ActionInput}, domain terms) into the request bodies of the API (wire terms). */
final class RequestMapper {

    private RequestMapper() {
    }

    static DispatchProductOrder dispatch(String productOrderId, ActionInput.Dispatch input) {
        return new DispatchProductOrder(productOrderId, input.method(), input.company(), input.trackingNumber(),
                kst(input.dispatchDate()));
    }

    static DelayRequest delay(ActionInput.Delay input) {
        return new DelayRequest(kst(input.dueDate()), input.reason(), input.detail());
    }

    static CancelRequest cancel(ActionInput.CancelRequest input) {
        return new CancelRequest(input.reason(), input.detail(), input.quantity());
    }

    static ReturnRequest returnRequest(ActionInput.ReturnRequest input) {
        return new ReturnRequest(input.reason(), input.collectMethod(), input.company(), input.trackingNumber(),
                input.quantity());
    }

    static RejectReturnRequest rejectReturn(ActionInput.Reject input) {
        return new RejectReturnRequest(input.reason());
    }

    static RejectExchangeRequest rejectExchange(ActionInput.Reject input) {
        return new RejectExchangeRequest(input.reason());
    }

    static ReturnHoldbackRequest returnHoldback(ActionInput.Holdback input) {
        return new ReturnHoldbackRequest(input.reason(), input.detail(), input.extraFee());
    }

    static ExchangeHoldbackRequest exchangeHoldback(ActionInput.Holdback input) {
        return new ExchangeHoldbackRequest(input.reason(), input.detail(), input.extraFee());
    }

    static ExchangeRedeliveryRequest redeliver(ActionInput.Redeliver input) {
        return new ExchangeRedeliveryRequest(input.method(), input.company(), input.trackingNumber());
    }

    /** Naver wants Korea time ({@code +09:00}) on every date it is sent. */
    private static OffsetDateTime kst(Instant instant) {
        return instant == null ? null : instant.atOffset(NpayDateTime.KST);
    }
}
