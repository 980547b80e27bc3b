package io.orderdesk.api.dto;

/** A Naver SKU linked to a fulfilment product order ({@code productOrder.skuMappings[]}). */
public record SkuMapping(String nsId, String nsBarcode, Integer pickingQuantityPerOrder) {
}
