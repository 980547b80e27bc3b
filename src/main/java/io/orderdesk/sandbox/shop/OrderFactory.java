package io.orderdesk.sandbox.shop;

import io.orderdesk.domain.DeliveryMethod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes new orders with consistent money: per-line discounts, a 3,000원 delivery fee on the first shipped line unless
 * the order reaches 30,000원, 3,000원 extra for remote areas, and payment split by the payment means. The order and
 * its lines are added to the world without a state; a {@code PLACE_*} transition gives them one.
 */
final class OrderFactory {

    static final String BANK_TRANSFER = "무통장입금";
    static final String FOREIGN_MALL = "np_otherstore";
    private static final long FREE_SHIPPING_FROM = 30_000;
    private static final List<String> MEANS = List.of("신용카드", "신용카드", "신용카드", "신용카드 간편결제",
            "신용카드 간편결제", "계좌 간편결제", "포인트/머니결제", "포인트/머니결제", "휴대폰 간편결제", "휴대폰",
            "후불결제", "패밀리결제", BANK_TRANSFER);
    private static final List<String> MEMOS = List.of("부재 시 문 앞에 놓아주세요", "배송 전 연락 바랍니다",
            "경비실에 맡겨주세요", "파손 주의 부탁드립니다");
    private static final List<String> INFLOW = List.of("네이버 쇼핑", "네이버 쇼핑", "네이버 쇼핑 외", "검색광고(SA)");

    /**
     * What kind of order to make.
     *
     * @param lines     number of product orders, 0 for a random 1–3
     * @param quantity  units per product order, 0 for a random one (mostly 1)
     * @param buyerName overrides the generated buyer's name when not null
     */
    record Spec(int lines, int quantity, boolean gift, boolean unpaid, String buyerName, String mallId) {

        Spec(int lines, boolean gift, boolean unpaid, String buyerName, String mallId) {
            this(lines, 0, gift, unpaid, buyerName, mallId);
        }
    }

    private OrderFactory() {
    }

    static OrderRecord create(World world, Instant at, Spec spec) {
        Random random = world.random;
        Person generated = People.buyer(random);
        Person buyer = spec.buyerName() == null ? generated
                : new Person(spec.buyerName(), generated.tel(), generated.memberId(), generated.memberNo());
        String means = spec.unpaid() ? BANK_TRANSFER : People.pick(random, MEANS.subList(0, MEANS.size() - 1));
        boolean otherRecipient = spec.gift() || random.nextInt(4) == 0;
        String recipient = otherRecipient ? People.name(random) : buyer.name();
        String recipientTel = otherRecipient ? People.mobile(random) : buyer.tel();
        Address address = Addresses.random(random, recipient, recipientTel);
        long points = random.nextInt(5) == 0 ? 500L * (1 + random.nextInt(6)) : 0;
        OrderRecord order = new OrderRecord(world.newId(at), spec.mallId(), at, buyer, spec.gift(), means,
                random.nextInt(10) < 7 ? "MOBILE" : "PC", random.nextInt(3) == 0, points, world.newId(at));
        if (spec.unpaid()) {
            order.paymentDueDate = Dates.endOfDayAfter(at, 2);
        }
        String memo = random.nextInt(3) == 0 ? People.pick(random, MEMOS) : null;
        String inflow = People.pick(random, INFLOW);
        Address shipTo = spec.gift() ? Address.recipientOnly(recipient, recipientTel) : address;
        addLines(world, order, spec.lines() > 0 ? spec.lines() : 1 + random.nextInt(3) / 2 + random.nextInt(2),
                spec.quantity(), shipTo, address.remote(), memo, inflow);
        world.add(order);
        return order;
    }

    private static void addLines(World world, OrderRecord order, int count, int fixedQuantity, Address shipTo,
                                 boolean remote, String memo, String inflow) {
        Random random = world.random;
        List<Product> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(Catalog.PRODUCTS.get(random.nextInt(Catalog.PRODUCTS.size())));
        }
        long orderValue = 0;
        List<Integer> quantities = new ArrayList<>();
        List<Product.Option> options = new ArrayList<>();
        for (Product product : chosen) {
            int roll = random.nextInt(10);
            int quantity = fixedQuantity > 0 ? fixedQuantity : roll < 7 ? 1 : roll < 9 ? 2 : 3 + random.nextInt(3);
            Product.Option option = People.pick(random, product.options());
            quantities.add(quantity);
            options.add(option);
            orderValue += (product.price() + option.price() - product.immediateDiscount()) * quantity;
        }
        double rate = commissionRate(order.paymentMeans);
        boolean feeCharged = false;
        for (int i = 0; i < count; i++) {
            Product product = chosen.get(i);
            boolean ships = product.deliveryMethod() != DeliveryMethod.NOTHING;
            boolean carriesFee = ships && !feeCharged;
            feeCharged |= carriesFee;
            long fee = carriesFee && orderValue < FREE_SHIPPING_FROM ? 3_000 : 0;
            long coupon = i == 0 && random.nextInt(5) == 0 ? 1_000L * (1 + random.nextInt(3)) : 0;
            Amounts amounts = new Amounts(product.price(), options.get(i).price(), quantities.get(i),
                    product.immediateDiscount(), coupon, fee, 0, carriesFee && remote ? 3_000 : 0, rate,
                    inflow.startsWith("네이버 쇼핑") && !inflow.endsWith("외"));
            String gift = random.nextInt(20) == 0 ? "미니 손거울 (사은품)" : null;
            order.lines.add(new ProductOrderRecord(world.newId(order.orderDate), order, product, options.get(i),
                    amounts, ships ? shipTo : null, inflow, ships ? memo : null, gift));
        }
    }

    private static double commissionRate(String means) {
        return switch (means) {
            case "신용카드", "신용카드 간편결제" -> 0.0363;
            case "계좌 간편결제", BANK_TRANSFER -> 0.0165;
            case "휴대폰", "휴대폰 간편결제" -> 0.0385;
            default -> 0.0374;
        };
    }
}
