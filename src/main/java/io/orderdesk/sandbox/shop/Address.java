package io.orderdesk.sandbox.shop;

/**
 * A domestic road-name address with its recipient. {@code remote} marks islands (제주 and the like) that pay the
 * section delivery fee.
 */
record Address(String name, String baseAddress, String detailedAddress, String zipCode, String tel1, String tel2,
               boolean remote) {

    Fields toJson() {
        return new Fields()
                .with("addressType", "DOMESTIC")
                .with("baseAddress", baseAddress)
                .with("city", baseAddress == null ? null : "")
                .with("country", baseAddress == null ? null : "한국")
                .with("detailedAddress", detailedAddress)
                .with("name", name)
                .with("state", baseAddress == null ? null : "")
                .with("tel1", tel1)
                .with("tel2", tel2)
                .with("zipCode", zipCode)
                .with("isRoadNameAddress", baseAddress == null ? null : Boolean.TRUE);
    }

    /** Only who receives it: a gift's address is unknown until the recipient accepts. */
    static Address recipientOnly(String name, String tel) {
        return new Address(name, null, null, null, tel, null, false);
    }
}
