package io.orderdesk.sandbox.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The sandbox's own record of every API call it received. Bounded so a demo left running for days does not grow
 * without end; the oldest calls fall off first. Thread-safe.
 */
public final class CallLog {

    static final int DEFAULT_CAPACITY = 100_000;

    private final int capacity;
    private final Deque<CallRecord> records = new ArrayDeque<>();

    public CallLog() {
        this(DEFAULT_CAPACITY);
    }

    CallLog(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(CallRecord record) {
        if (records.size() == capacity) {
            records.removeFirst();
        }
        records.addLast(record);
    }

    /** Every kept call, oldest first. */
    public synchronized List<CallRecord> calls() {
        return List.copyOf(records);
    }

    /** Forgets every call; returns how many there were. */
    public synchronized int clear() {
        int cleared = records.size();
        records.clear();
        return cleared;
    }
}
