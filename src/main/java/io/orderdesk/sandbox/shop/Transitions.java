package io.orderdesk.sandbox.shop;

import static io.orderdesk.domain.ClaimStatus.ADMIN_CANCELING;
import static io.orderdesk.domain.ClaimStatus.CANCELING;
import static io.orderdesk.domain.ClaimStatus.CANCEL_REQUEST;
import static io.orderdesk.domain.ClaimStatus.COLLECTING;
import static io.orderdesk.domain.ClaimStatus.EXCHANGE_REDELIVERING;
import static io.orderdesk.domain.ClaimStatus.EXCHANGE_REQUEST;
import static io.orderdesk.domain.ClaimStatus.PURCHASE_DECISION_HOLDBACK;
import static io.orderdesk.domain.ClaimStatus.PURCHASE_DECISION_REQUEST;
import static io.orderdesk.domain.ClaimStatus.RETURN_REQUEST;
import static io.orderdesk.domain.LastChangedType.CLAIM_COMPLETED;
import static io.orderdesk.domain.LastChangedType.CLAIM_REDELIVERING;
import static io.orderdesk.domain.LastChangedType.CLAIM_REJECTED;
import static io.orderdesk.domain.LastChangedType.CLAIM_REQUESTED;
import static io.orderdesk.domain.LastChangedType.COLLECT_DONE;
import static io.orderdesk.domain.LastChangedType.DELIVERY_ADDRESS_CHANGED;
import static io.orderdesk.domain.LastChangedType.DISPATCHED;
import static io.orderdesk.domain.LastChangedType.GIFT_RECEIVED;
import static io.orderdesk.domain.LastChangedType.PAYED;
import static io.orderdesk.domain.LastChangedType.PAY_WAITING;
import static io.orderdesk.domain.LastChangedType.PURCHASE_DECIDED;

import io.orderdesk.domain.ClaimType;
import io.orderdesk.domain.LastChangedType;

/**
 * The rule table: every way a product order's state can change, whoever causes it. Each row names its actor, the
 * {@code lastChangedType} it puts on the change feed (none for 발주 확인, 발송 지연, 배송 완료, holdbacks and other
 * steps the enum has no value for; those leave {@code lastChangedDate} alone), the reference section it comes from,
 * and whether the reference marks the rule [INFERRED]. Preconditions live in {@link Guards}, effects in the
 * {@code *Effects} classes.
 *
 * <table>
 * <caption>Transitions</caption>
 * <tr><th>row</th><th>actor</th><th>from → to</th><th>feed</th><th>source</th></tr>
 * <tr><td>PLACE_UNPAID</td><td>B</td><td>new → PAYMENT_WAITING/NOT_YET</td><td>PAY_WAITING</td><td>§7.1, §9.2</td></tr>
 * <tr><td>PLACE_PAID</td><td>B</td><td>new → PAYED/NOT_YET</td><td>PAYED</td><td>§7.1, §9.2</td></tr>
 * <tr><td>PAY</td><td>B</td><td>PAYMENT_WAITING → PAYED</td><td>PAYED</td><td>§7.1</td></tr>
 * <tr><td>NO_PAYMENT_CANCEL</td><td>N</td><td>PAYMENT_WAITING past due → CANCELED_BY_NOPAYMENT</td><td>CLAIM_COMPLETED</td><td>§7.1 [INFERRED]</td></tr>
 * <tr><td>CONFIRM</td><td>S</td><td>PAYED/NOT_YET → PAYED/OK (again: 105306)</td><td>—</td><td>§4.5, §7.1 [INFERRED]</td></tr>
 * <tr><td>DELAY</td><td>S</td><td>PAYED/OK → new shippingDueDate (NOT_YET: 104443)</td><td>—</td><td>§4.6, §7.1 [INFERRED]</td></tr>
 * <tr><td>DISPATCH</td><td>S</td><td>PAYED/OK → DELIVERING (NOT_YET: 104443; gift not accepted: 104442)</td><td>DISPATCHED</td><td>§4.7, §7.1 [INFERRED]</td></tr>
 * <tr><td>DISPATCH_OVER_CANCEL_REQUEST</td><td>S</td><td>CANCEL_REQUEST → CANCEL_REJECT + DELIVERING</td><td>DISPATCHED</td><td>§7.2 [INFERRED]</td></tr>
 * <tr><td>PARCEL_PICKUP</td><td>N</td><td>DELIVERING → pickupDate set</td><td>—</td><td>§5.7, §6.10 [INFERRED]</td></tr>
 * <tr><td>DELIVER</td><td>N</td><td>DELIVERING → DELIVERED</td><td>—</td><td>§7.1 [INFERRED]</td></tr>
 * <tr><td>DECIDE</td><td>B</td><td>DELIVERING/DELIVERED/EXCHANGED → PURCHASE_DECIDED</td><td>PURCHASE_DECIDED</td><td>§7.1</td></tr>
 * <tr><td>AUTO_DECIDE</td><td>N</td><td>DELIVERED/EXCHANGED, 8 days on → PURCHASE_DECIDED</td><td>PURCHASE_DECIDED</td><td>§7.1 (period [INFERRED])</td></tr>
 * <tr><td>CHANGE_ADDRESS</td><td>B</td><td>before dispatch → receiverAddressChanged</td><td>DELIVERY_ADDRESS_CHANGED</td><td>§7.1</td></tr>
 * <tr><td>ACCEPT_GIFT</td><td>B</td><td>WAIT_FOR_RECEIVING → RECEIVED</td><td>GIFT_RECEIVED</td><td>§7.1, §6.7</td></tr>
 * <tr><td>BUYER_CANCEL_UNPAID</td><td>B</td><td>PAYMENT_WAITING → CANCEL/CANCELING</td><td>CLAIM_REQUESTED</td><td>§7.2, §9.2</td></tr>
 * <tr><td>CANCELING_DONE</td><td>N</td><td>CANCELING → CANCEL_DONE, CANCELED</td><td>CLAIM_COMPLETED</td><td>§7.2 [INFERRED]</td></tr>
 * <tr><td>BUYER_CANCEL_BEFORE_CONFIRM</td><td>B</td><td>PAYED/NOT_YET → CANCEL_DONE (auto-approved)</td><td>CLAIM_COMPLETED</td><td>§7.2 [INFERRED]</td></tr>
 * <tr><td>BUYER_CANCEL_REQUEST</td><td>B</td><td>PAYED/OK → CANCEL_REQUEST</td><td>CLAIM_REQUESTED</td><td>§7.2</td></tr>
 * <tr><td>CANCEL_APPROVE</td><td>S</td><td>CANCEL_REQUEST → CANCEL_DONE, CANCELED or partial</td><td>CLAIM_COMPLETED</td><td>§4.9, §7.2 [INFERRED]</td></tr>
 * <tr><td>BUYER_CANCEL_WITHDRAW</td><td>B</td><td>CANCEL_REQUEST → CANCEL_REJECT</td><td>CLAIM_REJECTED</td><td>§7.2 [INFERRED]</td></tr>
 * <tr><td>SELLER_CANCEL</td><td>S</td><td>PAYED → CANCEL_DONE, CANCELED or partial</td><td>CLAIM_COMPLETED</td><td>§4.8, §7.2 [INFERRED]</td></tr>
 * <tr><td>ADMIN_CANCEL</td><td>N</td><td>PAYMENT_WAITING…DELIVERED, no open claim → ADMIN_CANCEL/ADMIN_CANCELING</td><td>CLAIM_REQUESTED</td><td>§7.2</td></tr>
 * <tr><td>ADMIN_CANCEL_DONE</td><td>N</td><td>ADMIN_CANCELING → ADMIN_CANCEL_DONE, CANCELED</td><td>CLAIM_COMPLETED</td><td>§7.2</td></tr>
 * <tr><td>ADMIN_CANCEL_REJECT</td><td>N</td><td>ADMIN_CANCELING → ADMIN_CANCEL_REJECT</td><td>CLAIM_REJECTED</td><td>§7.2 [INFERRED]</td></tr>
 * <tr><td>BUYER_RETURN_REQUEST</td><td>B</td><td>DELIVERING/DELIVERED/EXCHANGED → RETURN_REQUEST</td><td>CLAIM_REQUESTED</td><td>§7.3</td></tr>
 * <tr><td>SELLER_RETURN_REQUEST</td><td>S</td><td>same → RETURN_REQUEST, or COLLECTING with a tracking number</td><td>CLAIM_REQUESTED</td><td>§4.10, §7.3 [INFERRED]</td></tr>
 * <tr><td>RETURN_PICKUP</td><td>N</td><td>RETURN_REQUEST → COLLECTING</td><td>—</td><td>§7.3 [INFERRED]</td></tr>
 * <tr><td>RETURN_COLLECT_DONE</td><td>N</td><td>RETURN_REQUEST/COLLECTING → COLLECT_DONE</td><td>COLLECT_DONE</td><td>§7.3</td></tr>
 * <tr><td>RETURN_APPROVE</td><td>S</td><td>open return, not held → RETURN_DONE, RETURNED or partial</td><td>CLAIM_COMPLETED</td><td>§4.11, §7.3 [INFERRED]</td></tr>
 * <tr><td>RETURN_REJECT</td><td>S</td><td>open return → RETURN_REJECT</td><td>CLAIM_REJECTED</td><td>§4.12, §7.3</td></tr>
 * <tr><td>BUYER_RETURN_WITHDRAW</td><td>B</td><td>open return → RETURN_REJECT</td><td>CLAIM_REJECTED</td><td>§7.3</td></tr>
 * <tr><td>RETURN_HOLDBACK</td><td>S</td><td>open return → HOLDBACK (held: 105306)</td><td>—</td><td>§4.13, §7.3 [INFERRED]</td></tr>
 * <tr><td>RETURN_HOLDBACK_RELEASE</td><td>S</td><td>HOLDBACK → RELEASED (not held: 105306)</td><td>—</td><td>§4.14, §7.3 [INFERRED]</td></tr>
 * <tr><td>BUYER_EXCHANGE_REQUEST</td><td>B</td><td>DELIVERING/DELIVERED/EXCHANGED → EXCHANGE_REQUEST (held when buyer's fault)</td><td>CLAIM_REQUESTED</td><td>§7.4, §4.18 [INFERRED hold]</td></tr>
 * <tr><td>EXCHANGE_PICKUP</td><td>N</td><td>EXCHANGE_REQUEST → COLLECTING</td><td>—</td><td>§7.4 [INFERRED]</td></tr>
 * <tr><td>EXCHANGE_COLLECT_COMPLETE</td><td>S</td><td>EXCHANGE_REQUEST/COLLECTING → COLLECT_DONE</td><td>COLLECT_DONE</td><td>§4.15, §7.4</td></tr>
 * <tr><td>EXCHANGE_COLLECT_DONE</td><td>N</td><td>same, reported by the courier</td><td>COLLECT_DONE</td><td>§7.4 [INFERRED]</td></tr>
 * <tr><td>EXCHANGE_REDISPATCH</td><td>S</td><td>COLLECT_DONE, not held → EXCHANGE_REDELIVERING (else 104417)</td><td>CLAIM_REDELIVERING</td><td>§4.16, §7.4 [INFERRED]</td></tr>
 * <tr><td>EXCHANGE_REDELIVERED</td><td>N</td><td>EXCHANGE_REDELIVERING → EXCHANGE_DONE, EXCHANGED</td><td>CLAIM_COMPLETED</td><td>§7.4 [INFERRED]</td></tr>
 * <tr><td>EXCHANGE_REJECT</td><td>S</td><td>open exchange → EXCHANGE_REJECT</td><td>CLAIM_REJECTED</td><td>§4.17, §7.4 [INFERRED]</td></tr>
 * <tr><td>BUYER_EXCHANGE_WITHDRAW</td><td>B</td><td>open exchange → EXCHANGE_REJECT</td><td>CLAIM_REJECTED</td><td>§7.4 [INFERRED]</td></tr>
 * <tr><td>EXCHANGE_HOLDBACK</td><td>S</td><td>open exchange → HOLDBACK (held: 105306)</td><td>—</td><td>§4.18, §7.4</td></tr>
 * <tr><td>EXCHANGE_HOLDBACK_RELEASE</td><td>S</td><td>HOLDBACK → RELEASED (not held: 105306)</td><td>—</td><td>§4.19, §7.4</td></tr>
 * <tr><td>DECISION_HOLDBACK</td><td>N</td><td>DELIVERED → PURCHASE_DECISION_HOLDBACK</td><td>CLAIM_REQUESTED</td><td>§7.5 [INFERRED]</td></tr>
 * <tr><td>DECISION_REQUEST</td><td>N</td><td>PURCHASE_DECISION_HOLDBACK → PURCHASE_DECISION_REQUEST</td><td>—</td><td>§7.5 [INFERRED]</td></tr>
 * <tr><td>DECISION_HOLDBACK_RELEASE</td><td>N</td><td>→ PURCHASE_DECISION_HOLDBACK_RELEASE</td><td>CLAIM_COMPLETED</td><td>§7.5 [INFERRED]</td></tr>
 * </table>
 */
enum Transitions {

    PLACE_UNPAID(Actor.BUYER, PAY_WAITING, "§7.1, §9.2", false, Guards::isNew, ShippingEffects::placeUnpaid),
    PLACE_PAID(Actor.BUYER, PAYED, "§7.1, §9.2", false, Guards::isNew, ShippingEffects::pay),
    PAY(Actor.BUYER, PAYED, "§7.1", false, Guards::unpaid, ShippingEffects::pay),
    NO_PAYMENT_CANCEL(Actor.NAVER, CLAIM_COMPLETED, "§7.1", true, Guards::unpaid, ShippingEffects::noPayment),
    CONFIRM(Actor.SELLER, null, "§4.5, §7.1", true, Guards::confirm, ShippingEffects::confirm),
    DELAY(Actor.SELLER, null, "§4.6, §7.1", true, Guards::confirmedAndFree, ShippingEffects::delay),
    DISPATCH(Actor.SELLER, DISPATCHED, "§4.7, §7.1", true, Guards::dispatch, ShippingEffects::dispatch),
    DISPATCH_OVER_CANCEL_REQUEST(Actor.SELLER, DISPATCHED, "§7.2", true, Guards::dispatchOverCancelRequest,
            ShippingEffects::dispatchOverCancelRequest),
    PARCEL_PICKUP(Actor.NAVER, null, "§5.7, §6.10", true, Guards::parcelPickup, ShippingEffects::parcelPickup),
    DELIVER(Actor.NAVER, null, "§7.1", true, Guards::delivering, ShippingEffects::deliver),
    DECIDE(Actor.BUYER, PURCHASE_DECIDED, "§7.1", false, Guards::decide, ShippingEffects::decide),
    AUTO_DECIDE(Actor.NAVER, PURCHASE_DECIDED, "§7.1", true, Guards::autoDecide, ShippingEffects::decide),
    CHANGE_ADDRESS(Actor.BUYER, DELIVERY_ADDRESS_CHANGED, "§7.1", false, Guards::addressChange,
            ShippingEffects::changeAddress),
    ACCEPT_GIFT(Actor.BUYER, GIFT_RECEIVED, "§7.1, §6.7", false, Guards::giftWaiting, ShippingEffects::acceptGift),

    BUYER_CANCEL_UNPAID(Actor.BUYER, CLAIM_REQUESTED, "§7.2, §9.2", false, Guards::unpaid,
            CancelEffects::buyerCancelUnpaid),
    CANCELING_DONE(Actor.NAVER, CLAIM_COMPLETED, "§7.2", true, (po, c) -> Guards.claimIn(po, ClaimType.CANCEL, CANCELING),
            CancelEffects::cancelingDone),
    BUYER_CANCEL_BEFORE_CONFIRM(Actor.BUYER, CLAIM_COMPLETED, "§7.2", true, Guards::cancelBeforeConfirm,
            CancelEffects::buyerCancelApproved),
    BUYER_CANCEL_REQUEST(Actor.BUYER, CLAIM_REQUESTED, "§7.2", false, Guards::cancelAfterConfirm,
            CancelEffects::buyerCancelRequest),
    CANCEL_APPROVE(Actor.SELLER, CLAIM_COMPLETED, "§4.9, §7.2", true,
            (po, c) -> Guards.claimIn(po, ClaimType.CANCEL, CANCEL_REQUEST), CancelEffects::approve),
    BUYER_CANCEL_WITHDRAW(Actor.BUYER, CLAIM_REJECTED, "§7.2", true,
            (po, c) -> Guards.claimIn(po, ClaimType.CANCEL, CANCEL_REQUEST), CancelEffects::withdraw),
    SELLER_CANCEL(Actor.SELLER, CLAIM_COMPLETED, "§4.8, §7.2", true, Guards::sellerCancel,
            CancelEffects::sellerCancel),
    ADMIN_CANCEL(Actor.NAVER, CLAIM_REQUESTED, "§7.2", false, Guards::adminCancel, CancelEffects::adminCancel),
    ADMIN_CANCEL_DONE(Actor.NAVER, CLAIM_COMPLETED, "§7.2", false,
            (po, c) -> Guards.claimIn(po, ClaimType.ADMIN_CANCEL, ADMIN_CANCELING), CancelEffects::adminCancelDone),
    ADMIN_CANCEL_REJECT(Actor.NAVER, CLAIM_REJECTED, "§7.2", true,
            (po, c) -> Guards.claimIn(po, ClaimType.ADMIN_CANCEL, ADMIN_CANCELING), CancelEffects::adminCancelReject),

    BUYER_RETURN_REQUEST(Actor.BUYER, CLAIM_REQUESTED, "§7.3", false, Guards::afterShipping,
            CollectEffects::buyerReturnRequest),
    SELLER_RETURN_REQUEST(Actor.SELLER, CLAIM_REQUESTED, "§4.10, §7.3", true, Guards::afterShipping,
            CollectEffects::sellerReturnRequest),
    RETURN_PICKUP(Actor.NAVER, null, "§7.3", true, (po, c) -> Guards.claimIn(po, ClaimType.RETURN, RETURN_REQUEST),
            CollectEffects::pickup),
    RETURN_COLLECT_DONE(Actor.NAVER, COLLECT_DONE, "§7.3", false,
            (po, c) -> Guards.claimIn(po, ClaimType.RETURN, RETURN_REQUEST, COLLECTING), CollectEffects::collectDone),
    RETURN_APPROVE(Actor.SELLER, CLAIM_COMPLETED, "§4.11, §7.3", true, Guards::approveReturn,
            CollectEffects::approveReturn),
    RETURN_REJECT(Actor.SELLER, CLAIM_REJECTED, "§4.12, §7.3", false,
            (po, c) -> Guards.openReturnOrExchange(po, ClaimType.RETURN), CollectEffects::rejectReturn),
    BUYER_RETURN_WITHDRAW(Actor.BUYER, CLAIM_REJECTED, "§7.3", false,
            (po, c) -> Guards.openReturnOrExchange(po, ClaimType.RETURN), CollectEffects::rejectReturn),
    RETURN_HOLDBACK(Actor.SELLER, null, "§4.13, §7.3", true, (po, c) -> Guards.holdback(po, ClaimType.RETURN),
            CollectEffects::hold),
    RETURN_HOLDBACK_RELEASE(Actor.SELLER, null, "§4.14, §7.3", true, (po, c) -> Guards.release(po, ClaimType.RETURN),
            CollectEffects::release),

    BUYER_EXCHANGE_REQUEST(Actor.BUYER, CLAIM_REQUESTED, "§7.4, §4.18", true, Guards::afterShipping,
            ExchangeEffects::buyerRequest),
    EXCHANGE_PICKUP(Actor.NAVER, null, "§7.4", true, (po, c) -> Guards.claimIn(po, ClaimType.EXCHANGE, EXCHANGE_REQUEST),
            CollectEffects::pickup),
    EXCHANGE_COLLECT_COMPLETE(Actor.SELLER, COLLECT_DONE, "§4.15, §7.4", false, Guards::collectExchange,
            CollectEffects::collectDone),
    EXCHANGE_COLLECT_DONE(Actor.NAVER, COLLECT_DONE, "§7.4", true, Guards::collectExchange,
            CollectEffects::collectDone),
    EXCHANGE_REDISPATCH(Actor.SELLER, CLAIM_REDELIVERING, "§4.16, §7.4", true, Guards::redispatchExchange,
            ExchangeEffects::redispatch),
    EXCHANGE_REDELIVERED(Actor.NAVER, CLAIM_COMPLETED, "§7.4", true,
            (po, c) -> Guards.claimIn(po, ClaimType.EXCHANGE, EXCHANGE_REDELIVERING), ExchangeEffects::redelivered),
    EXCHANGE_REJECT(Actor.SELLER, CLAIM_REJECTED, "§4.17, §7.4", true,
            (po, c) -> Guards.openReturnOrExchange(po, ClaimType.EXCHANGE), ExchangeEffects::reject),
    BUYER_EXCHANGE_WITHDRAW(Actor.BUYER, CLAIM_REJECTED, "§7.4", true,
            (po, c) -> Guards.openReturnOrExchange(po, ClaimType.EXCHANGE), ExchangeEffects::reject),
    EXCHANGE_HOLDBACK(Actor.SELLER, null, "§4.18, §7.4", false, (po, c) -> Guards.holdback(po, ClaimType.EXCHANGE),
            CollectEffects::hold),
    EXCHANGE_HOLDBACK_RELEASE(Actor.SELLER, null, "§4.19, §7.4", false, (po, c) -> Guards.release(po, ClaimType.EXCHANGE),
            CollectEffects::release),

    DECISION_HOLDBACK(Actor.NAVER, CLAIM_REQUESTED, "§7.5", true, Guards::decisionHoldback,
            CancelEffects::decisionHoldback),
    DECISION_REQUEST(Actor.NAVER, null, "§7.5", true,
            (po, c) -> Guards.claimIn(po, ClaimType.PURCHASE_DECISION_HOLDBACK,
                    PURCHASE_DECISION_HOLDBACK), CancelEffects::decisionRequest),
    DECISION_HOLDBACK_RELEASE(Actor.NAVER, CLAIM_COMPLETED, "§7.5", true,
            (po, c) -> Guards.claimIn(po, ClaimType.PURCHASE_DECISION_HOLDBACK,
                    PURCHASE_DECISION_HOLDBACK, PURCHASE_DECISION_REQUEST), CancelEffects::decisionRelease);

    /** Who causes a transition: the buyer, the seller through the API, or Naver / the courier. */
    enum Actor { BUYER, SELLER, NAVER }

    @FunctionalInterface
    interface Guard {
        /** The error code refusing the transition, or null when it is allowed. */
        String refuse(ProductOrderRecord po, Change change);
    }

    @FunctionalInterface
    interface Effect {
        void apply(World world, ProductOrderRecord po, Change change);
    }

    final Actor actor;
    /** The feed type this transition records; null when it is invisible in the change feed. */
    final LastChangedType emits;
    final String source;
    final boolean inferred;
    private final Guard guard;
    private final Effect effect;

    Transitions(Actor actor, LastChangedType emits, String source, boolean inferred, Guard guard, Effect effect) {
        this.actor = actor;
        this.emits = emits;
        this.source = source;
        this.inferred = inferred;
        this.guard = guard;
        this.effect = effect;
    }

    String refusal(ProductOrderRecord po, Change change) {
        return guard.refuse(po, change);
    }

    /** Applies the transition when its guard allows it; returns the refusal code otherwise (and changes nothing). */
    String fire(World world, ProductOrderRecord po, Change change) {
        String refusal = guard.refuse(po, change);
        if (refusal != null) {
            return refusal;
        }
        effect.apply(world, po, change);
        if (emits != null) {
            world.touch(po, emits, change.now);
        }
        return null;
    }

    /** Fires the first candidate whose guard allows it; when none does, returns the first candidate's refusal. */
    static String fireFirst(World world, ProductOrderRecord po, Change change, Transitions... candidates) {
        for (Transitions candidate : candidates) {
            if (candidate.refusal(po, change) == null) {
                return candidate.fire(world, po, change);
            }
        }
        return candidates[0].refusal(po, change);
    }
}
