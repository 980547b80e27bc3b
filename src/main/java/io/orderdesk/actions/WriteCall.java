package io.orderdesk.actions;

import io.orderdesk.api.NpayOrderClient;
import io.orderdesk.api.NpayResponse;
import io.orderdesk.api.dto.BulkResult;
import io.orderdesk.api.dto.ConfirmResult;
import io.orderdesk.api.dto.ConfirmSuccess;
import io.orderdesk.api.dto.DispatchProductOrder;
import io.orderdesk.api.dto.FailInfo;
import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.OrderAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Makes the one API call for a batch of lines of one action and reads its per-line answer. */
final class WriteCall {

    /** A line about to be sent: its product order and decoded input. */
    record Item(String productOrderId, ActionInput input) {
    }

    private WriteCall() {
    }

    /** Sends the batch; API errors for the whole call are thrown as the client throws them. */
    static BatchAnswer send(NpayOrderClient client, OrderAction action, List<Item> items) {
        if (action == OrderAction.CONFIRM) {
            return confirmed(client.confirm(items.stream().map(Item::productOrderId).toList()));
        }
        if (action == OrderAction.DISPATCH) {
            List<DispatchProductOrder> lines = new ArrayList<>();
            items.forEach(item -> lines.add(RequestMapper.dispatch(item.productOrderId(),
                    (ActionInput.Dispatch) item.input())));
            return bulk(client.dispatch(lines));
        }
        if (items.size() != 1) {
            throw new IllegalArgumentException(action + " takes one product order per call, not " + items.size());
        }
        return bulk(single(client, action, items.get(0).productOrderId(), items.get(0).input()));
    }

    private static NpayResponse<BulkResult> single(NpayOrderClient client, OrderAction action, String id,
                                                   ActionInput input) {
        return switch (action) {
            case DELAY -> client.delay(id, RequestMapper.delay((ActionInput.Delay) input));
            case CANCEL_REQUEST -> client.cancelRequest(id, RequestMapper.cancel((ActionInput.CancelRequest) input));
            case CANCEL_APPROVE -> client.cancelApprove(id);
            case RETURN_REQUEST -> client.returnRequest(id,
                    RequestMapper.returnRequest((ActionInput.ReturnRequest) input));
            case RETURN_APPROVE -> client.returnApprove(id);
            case RETURN_REJECT -> client.returnReject(id, RequestMapper.rejectReturn((ActionInput.Reject) input));
            case RETURN_HOLDBACK -> client.returnHoldback(id,
                    RequestMapper.returnHoldback((ActionInput.Holdback) input));
            case RETURN_HOLDBACK_RELEASE -> client.returnHoldbackRelease(id);
            case EXCHANGE_COLLECT_COMPLETE -> client.exchangeCollectComplete(id);
            case EXCHANGE_REDELIVER -> client.exchangeDispatch(id,
                    RequestMapper.redeliver((ActionInput.Redeliver) input));
            case EXCHANGE_REJECT -> client.exchangeReject(id,
                    RequestMapper.rejectExchange((ActionInput.Reject) input));
            case EXCHANGE_HOLDBACK -> client.exchangeHoldback(id,
                    RequestMapper.exchangeHoldback((ActionInput.Holdback) input));
            case EXCHANGE_HOLDBACK_RELEASE -> client.exchangeHoldbackRelease(id);
            case CONFIRM, DISPATCH -> throw new IllegalArgumentException(action + " is a bulk call");
        };
    }

    private static BatchAnswer confirmed(NpayResponse<ConfirmResult> response) {
        Map<String, Boolean> succeeded = new LinkedHashMap<>();
        ConfirmResult data = response.data();
        if (data.successProductOrderInfos() != null) {
            for (ConfirmSuccess success : data.successProductOrderInfos()) {
                succeeded.put(success.productOrderId(), success.isReceiverAddressChanged());
            }
        }
        return new BatchAnswer(response.traceId(), succeeded, failures(data.failProductOrderInfos()));
    }

    private static BatchAnswer bulk(NpayResponse<BulkResult> response) {
        Map<String, Boolean> succeeded = new LinkedHashMap<>();
        BulkResult data = response.data();
        if (data.successProductOrderIds() != null) {
            data.successProductOrderIds().forEach(id -> succeeded.put(id, null));
        }
        return new BatchAnswer(response.traceId(), succeeded, failures(data.failProductOrderInfos()));
    }

    private static Map<String, FailInfo> failures(List<FailInfo> infos) {
        Map<String, FailInfo> failed = new HashMap<>();
        if (infos != null) {
            infos.forEach(info -> failed.put(info.productOrderId(), info));
        }
        return failed;
    }
}
