package io.orderdesk.sandbox.shop;

/**
 * A Naver member who places orders.
 *
 * @param name     full Korean name, e.g. 김민준
 * @param tel      mobile number {@code 010-XXXX-XXXX}
 * @param memberId masked Naver id as the API shows it, e.g. {@code minj****}
 * @param memberNo the member number ({@code ordererNo})
 */
record Person(String name, String tel, String memberId, String memberNo) {

    /** The name with its middle hidden, as gift orders show the giver: 김민준 → 김*준, 이솔 → 이*. */
    String maskedName() {
        if (name.length() <= 2) {
            return name.charAt(0) + "*";
        }
        return name.charAt(0) + "*".repeat(name.length() - 2) + name.charAt(name.length() - 1);
    }

    /** 010-1234-5678 → 010-****-5678. */
    String maskedTel() {
        return tel.substring(0, 4) + "****" + tel.substring(8);
    }
}
