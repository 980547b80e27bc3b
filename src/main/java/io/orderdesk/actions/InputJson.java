package io.orderdesk.actions;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.orderdesk.domain.ActionInput;
import io.orderdesk.domain.CancelRequestReason;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.CodedEnum;
import io.orderdesk.domain.DelayedDispatchReason;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.DeliveryMethod;
import io.orderdesk.domain.HoldbackReason;
import io.orderdesk.domain.OrderAction;
import io.orderdesk.domain.ReturnRequestReason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@link ActionInput} as the JSON text the outbox keeps: enum members by their API code, instants in ISO-8601.
 * The action says which input type to read back, so the text carries no type tag.
 */
final class InputJson {

    private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

    private InputJson() {
    }

    static String write(ActionInput input) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (input instanceof ActionInput.Dispatch d) {
            put(fields, "method", d.method(), "company", d.company(), "trackingNumber", d.trackingNumber(),
                    "dispatchDate", d.dispatchDate());
        } else if (input instanceof ActionInput.Delay d) {
            put(fields, "dueDate", d.dueDate(), "reason", d.reason(), "detail", d.detail());
        } else if (input instanceof ActionInput.CancelRequest c) {
            put(fields, "reason", c.reason(), "detail", c.detail(), "quantity", c.quantity());
        } else if (input instanceof ActionInput.ReturnRequest r) {
            put(fields, "reason", r.reason(), "collectMethod", r.collectMethod(), "company", r.company(),
                    "trackingNumber", r.trackingNumber(), "quantity", r.quantity());
        } else if (input instanceof ActionInput.Reject r) {
            put(fields, "reason", r.reason());
        } else if (input instanceof ActionInput.Holdback h) {
            put(fields, "reason", h.reason(), "detail", h.detail(), "extraFee", h.extraFee());
        } else if (input instanceof ActionInput.Redeliver r) {
            put(fields, "method", r.method(), "company", r.company(), "trackingNumber", r.trackingNumber());
        }
        return JSON.toJson(fields);
    }

    static ActionInput read(OrderAction action, String json) {
        Fields f = new Fields(parse(json));
        Class<? extends ActionInput> type = InputKinds.of(action);
        if (type == ActionInput.Dispatch.class) {
            return new ActionInput.Dispatch(f.code(DeliveryMethod.class, "method"),
                    f.code(DeliveryCompany.class, "company"), f.text("trackingNumber"), f.instant("dispatchDate"));
        } else if (type == ActionInput.Delay.class) {
            return new ActionInput.Delay(f.instant("dueDate"), f.code(DelayedDispatchReason.class, "reason"),
                    f.text("detail"));
        } else if (type == ActionInput.CancelRequest.class) {
            return new ActionInput.CancelRequest(f.code(CancelRequestReason.class, "reason"), f.text("detail"),
                    f.integer("quantity"));
        } else if (type == ActionInput.ReturnRequest.class) {
            return new ActionInput.ReturnRequest(f.code(ReturnRequestReason.class, "reason"),
                    f.code(DeliveryMethod.class, "collectMethod"), f.code(DeliveryCompany.class, "company"),
                    f.text("trackingNumber"), f.integer("quantity"));
        } else if (type == ActionInput.Reject.class) {
            return new ActionInput.Reject(f.text("reason"));
        } else if (type == ActionInput.Holdback.class) {
            Number fee = (Number) f.map.get("extraFee");
            return new ActionInput.Holdback(f.code(HoldbackReason.class, "reason"), f.text("detail"),
                    fee == null ? null : fee.longValue());
        } else if (type == ActionInput.Redeliver.class) {
            return new ActionInput.Redeliver(f.code(DeliveryMethod.class, "method"),
                    f.code(DeliveryCompany.class, "company"), f.text("trackingNumber"));
        }
        return ActionInput.None.INSTANCE;
    }

    /** Puts name/value pairs, leaving out absent values; codes and instants become strings. */
    private static void put(Map<String, Object> fields, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value instanceof CodedEnum coded) {
                value = coded.code();
            } else if (value instanceof Instant instant) {
                value = instant.toString();
            }
            if (value != null) {
                fields.put((String) pairs[i], value);
            }
        }
    }

    private static Map<?, ?> parse(String json) {
        try {
            Object value = JSON.fromJson(json);
            if (value instanceof Map<?, ?> map) {
                return map;
            }
            throw new IllegalArgumentException("Stored action input is not a JSON object: " + json);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored action input is not JSON: " + json, e);
        }
    }

    private record Fields(Map<?, ?> map) {

        String text(String name) {
            return (String) map.get(name);
        }

        Integer integer(String name) {
            Number number = (Number) map.get(name);
            return number == null ? null : number.intValue();
        }

        Instant instant(String name) {
            String text = text(name);
            return text == null ? null : Instant.parse(text);
        }

        <E extends Enum<E> & CodedEnum> E code(Class<E> type, String name) {
            String code = text(name);
            return code == null ? null : Coded.lookup(type, code);
        }
    }
}
