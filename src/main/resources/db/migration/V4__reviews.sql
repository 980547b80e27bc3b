-- Buyer reviews as fetched from the (provisional, reference §11) reviews endpoint, one row per review id.
-- Portable between H2 2.x and PostgreSQL 15 like V1: plain varchar, UTC timestamps with time zone.
create table review (
    review_id        varchar                  not null primary key,
    product_order_id varchar,
    product_id       varchar,
    product_name     varchar,
    score            integer,
    review_type      varchar,
    title            varchar,
    content          varchar,
    writer_id        varchar,
    created_at       timestamp with time zone not null,
    modified_at      timestamp with time zone,
    stored_at        timestamp with time zone not null
);

create index review_created_at on review (created_at);
