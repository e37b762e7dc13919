-- Statements accepted by ingest-service. A row is written PENDING before its StatementReceived record is sent to
-- Kafka and marked PUBLISHED once the broker acknowledged it, so a broker outage loses nothing.
create table statements (
    -- "st_" + 32 hex digits, time-ordered; C collation so that listing by id is listing in arrival order
    id            varchar(64) collate "C" primary key,
    -- hex SHA-256 of normalised publisher, line feed, normalised text: the deduplication key
    content_hash  varchar(64)   not null,
    text          text          not null,
    publisher     varchar(500),
    url           varchar(2048),
    -- ISO-8601 date or date-time exactly as the publisher gave it
    published_at  text,
    language      varchar(3),
    received_at   timestamptz   not null,
    status        varchar(16)   not null,
    constraint statements_content_hash_key unique (content_hash),
    constraint statements_status_check check (status in ('PENDING', 'PUBLISHED'))
);

-- the re-publisher's query: few rows are ever pending
create index statements_pending_idx on statements (received_at) where status = 'PENDING';
