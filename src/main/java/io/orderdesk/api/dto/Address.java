package io.orderdesk.api.dto;

import io.orderdesk.domain.AddressType;
import io.orderdesk.domain.Coded;
import io.orderdesk.domain.EntryMethod;
import io.orderdesk.domain.PickupLocationType;

/**
 * An address as Naver sends it in {@code shippingAddress}, {@code takingAddress}, {@code collectAddress},
 * {@code returnReceiveAddress} and {@code reDeliveryAddress}. One record holds the union of their fields; each kind
 * leaves the others absent (only shipping addresses carry pickup and entry details, only return-receive addresses a
 * logistics centre). Domestic addresses have {@code city} and {@code state} as empty strings.
 */
public record Address(
        Coded<AddressType> addressType,
        String baseAddress,
        String city,
        String country,
        String detailedAddress,
        String name,
        String state,
        String tel1,
        String tel2,
        String zipCode,
        Boolean isRoadNameAddress,
        Coded<PickupLocationType> pickupLocationType,
        String pickupLocationContent,
        Coded<EntryMethod> entryMethod,
        String entryMethodContent,
        String buildingManagementNo,
        String longitude,
        String latitude,
        String logisticsCenterId) {
}
