package io.orderdesk.store;

/** The claim-state filter of the order list. */
public enum ClaimFilter {
    /** No restriction. */
    ANY,
    /** Lines that never had a claim. */
    NONE,
    /** Lines with a cancel, return, exchange or admin cancel still in progress. */
    OPEN,
    /** Lines whose claim was completed or withdrawn, or that ended cancelled, returned or exchanged. */
    FINISHED
}
