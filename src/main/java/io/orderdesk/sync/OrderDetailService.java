package io.orderdesk.sync;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import io.orderdesk.api.dto.ProductOrderDetail;
import io.orderdesk.api.json.NpayJson;
import io.orderdesk.domain.ClaimStatus;
import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.CodedEnum;
import io.orderdesk.domain.DeliveryCompany;
import io.orderdesk.domain.GiftReceivingStatus;
import io.orderdesk.domain.HistoryItem;
import io.orderdesk.domain.HoldbackStatus;
import io.orderdesk.domain.LastChangedType;
import io.orderdesk.domain.OrderDetail;
import io.orderdesk.domain.PlaceOrderStatus;
import io.orderdesk.domain.ProductOrderStatus;
import io.orderdesk.domain.ShippingContact;
import io.orderdesk.store.HistoryEntry;
import io.orderdesk.store.ProductOrders;
import io.orderdesk.store.StoredProductOrder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what the detail pane and the order list need beyond the summary columns: the stored detail JSON, parsed and
 * mapped to domain records, and the line's local history. A detail this version cannot read comes back as an
 * {@link OrderDetail} with a {@link OrderDetail.Problem} (and is logged once per call), never as an exception; only a
 * store failure throws. Thread-safe; call it off the FX thread.
 */
public final class OrderDetailService {

    private static final Logger LOG = LoggerFactory.getLogger(OrderDetailService.class);
    private static final Map<String, Class<? extends CodedEnum>> CODED_COLUMNS = Map.of(
            "productOrderStatus", ProductOrderStatus.class, "placeOrderStatus", PlaceOrderStatus.class,
            "claimType", ClaimType.class, "claimStatus", ClaimStatus.class, "holdbackStatus", HoldbackStatus.class,
            "deliveryCompany", DeliveryCompany.class, "giftReceivingStatus", GiftReceivingStatus.class);
    private static final Set<String> INSTANT_COLUMNS = Set.of("orderDate", "paymentDate", "shippingDueDate",
            "dispatchedDate", "claimRequestDate", "lastChangedDate");
    private static final Set<String> FLAG_COLUMNS = Set.of("addressChanged", "delayed");

    private final ProductOrders productOrders;
    private final JsonAdapter<ProductOrderDetail> adapter = NpayJson.moshi().adapter(ProductOrderDetail.class);

    public OrderDetailService(ProductOrders productOrders) {
        this.productOrders = productOrders;
    }

    /** The detail and history of one product order; a detail with a problem when it is missing or unreadable. */
    public OrderDetail load(String productOrderId) {
        List<HistoryItem> history = history(productOrders.history(productOrderId));
        Optional<StoredProductOrder> stored = productOrders.find(productOrderId);
        if (stored.isEmpty()) {
            return OrderDetail.cannotShow(productOrderId, OrderDetail.Problem.NOT_FOUND, history);
        }
        try {
            ProductOrderDetail detail = adapter.fromJson(stored.get().detailJson());
            if (detail == null) {
                throw new IOException("the stored detail is null");
            }
            return OrderDetailMapper.map(detail, stored.get().summary().addressChanged(), history);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the stored detail of product order {}: {}", productOrderId, e.toString());
            return OrderDetail.cannotShow(productOrderId, OrderDetail.Problem.UNREADABLE, history);
        }
    }

    /**
     * The recipient's phone and base address of each stored product order among the ids; an unreadable detail gives
     * {@link ShippingContact#NONE}, an unknown id no entry.
     */
    public Map<String, ShippingContact> contacts(Collection<String> productOrderIds) {
        Map<String, ShippingContact> contacts = new HashMap<>();
        for (StoredProductOrder row : productOrders.findAll(productOrderIds)) {
            contacts.put(row.productOrderId(), contact(row));
        }
        return contacts;
    }

    /**
     * Reads {@code productOrder.shippingAddress.tel1} and {@code baseAddress} as a stream, skipping everything else:
     * a page of the list needs this for a hundred lines at a time, and binding whole details is five times slower.
     */
    private static ShippingContact contact(StoredProductOrder row) {
        try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(row.detailJson()))) {
            return enter(reader, "productOrder") && enter(reader, "shippingAddress") ? address(reader)
                    : ShippingContact.NONE;
        } catch (IOException | RuntimeException e) {
            LOG.debug("No contact for product order {}: {}", row.productOrderId(), e.toString());
            return ShippingContact.NONE;
        }
    }

    /** Moves into the object under {@code name} of the object the reader is at; false when there is none. */
    private static boolean enter(JsonReader reader, String name) throws IOException {
        if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
            return false;
        }
        reader.beginObject();
        while (reader.hasNext()) {
            if (reader.nextName().equals(name) && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
                return true;
            }
            reader.skipValue();
        }
        return false;
    }

    private static ShippingContact address(JsonReader reader) throws IOException {
        String tel = null;
        String base = null;
        reader.beginObject();
        while (reader.hasNext()) {
            String name = reader.nextName();
            if (name.equals("tel1") && reader.peek() == JsonReader.Token.STRING) {
                tel = reader.nextString();
            } else if (name.equals("baseAddress") && reader.peek() == JsonReader.Token.STRING) {
                base = reader.nextString();
            } else {
                reader.skipValue();
            }
        }
        return new ShippingContact(tel, base);
    }

    /** The store's history as the timeline shows it: codes as their Korean labels, each value with its kind. */
    static List<HistoryItem> history(List<HistoryEntry> entries) {
        List<HistoryItem> items = new ArrayList<>(entries.size());
        for (HistoryEntry entry : entries) {
            List<HistoryItem.FieldChange> changes = new ArrayList<>();
            entry.changes().forEach((field, change) -> changes.add(change(field, change)));
            Coded<LastChangedType> type = entry.lastChangedType() == null ? null
                    : Coded.of(LastChangedType.class, entry.lastChangedType());
            items.add(new HistoryItem(entry.seenAt(), entry.lastChangedDate(), type, changes));
        }
        return items;
    }

    private static HistoryItem.FieldChange change(String field, HistoryEntry.Change change) {
        Class<? extends CodedEnum> coded = CODED_COLUMNS.get(field);
        if (coded != null) {
            return new HistoryItem.FieldChange(field, HistoryItem.Kind.TEXT, label(coded, change.before()),
                    label(coded, change.after()));
        }
        HistoryItem.Kind kind = INSTANT_COLUMNS.contains(field) ? HistoryItem.Kind.INSTANT
                : FLAG_COLUMNS.contains(field) ? HistoryItem.Kind.FLAG
                : field.equals("totalPaymentAmount") ? HistoryItem.Kind.AMOUNT : HistoryItem.Kind.TEXT;
        return new HistoryItem.FieldChange(field, kind, change.before(), change.after());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String label(Class<? extends CodedEnum> type, String code) {
        return code == null ? null : Coded.of((Class) type, code).label();
    }
}
