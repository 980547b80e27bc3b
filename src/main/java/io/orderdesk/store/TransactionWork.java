package io.orderdesk.store;

/** Work done inside {@link Store#inTransaction}; whatever it throws rolls the transaction back. */
@FunctionalInterface
public interface TransactionWork<T> {

    /** Does the work with repositories bound to the transaction and returns its result. */
    T run(Transaction transaction);
}
