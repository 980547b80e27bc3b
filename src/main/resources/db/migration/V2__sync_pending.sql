-- Product orders the sync saw in the change feed but could not read or store; the next run fetches them again.
create table sync_pending (
    product_order_id varchar(40) primary key,
    reason           varchar(500),
    attempts         integer not null,
    first_seen       timestamp with time zone not null,
    last_tried       timestamp with time zone not null
);
