package io.orderdesk.api.dto;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a wire type whose shape is our guess rather than a published contract. Anything carrying it must be checked
 * against the real (credential-gated) Naver Pay sandbox documentation before production use.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface Provisional {

    /** Where the guess comes from and what is uncertain. */
    String value();
}
