package io.orderdesk.api.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API interface method that changes nothing on the server even though it may use POST (the
 * detail query {@code POST product-orders/query}). Such calls may be retried freely; every unmarked
 * POST/PUT/DELETE is a write and is never re-sent once the server may have acted on it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadOnly {
}
