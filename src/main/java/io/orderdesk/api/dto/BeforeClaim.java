package io.orderdesk.api.dto;

/** The earlier exchange on a product order that now has a newer claim ({@code beforeClaim}). */
public record BeforeClaim(ExchangeClaim exchange) {
}
