-- A covering index for the first page a window shows while the in-memory index is still loading: walking it newest
-- payment first gives each line's tab (from its status codes) without reading the line itself, so the page is found
-- without reading the table. It also serves every "by payment date" query the old single-column index served.
create index product_order_browse on product_order (payment_date, product_order_status, place_order_status,
    claim_type, claim_status, holdback_status, delayed, product_order_id);
drop index product_order_payment_date;
