-- Subscriptions: who wants which namings, and where to post them.
-- Groups are kept three ways, index by index: as given, resolved gazetteer id (null when unknown), normalised name.
create table subscription (
    id           uuid primary key,
    name         varchar(400)  not null,
    webhook_url  varchar(4096) not null,
    secret       varchar(200)  not null,
    group_names  text[]        not null,
    group_ids    text[]        not null,
    group_keys   text[]        not null,
    attributors  text[]        not null,
    sponsors     text[]        not null,
    kinds        text[]        not null,
    created_at   timestamptz   not null
);

-- One alert per naming of a statement; the unique constraint makes Kafka redelivery harmless.
create table alert (
    id                uuid primary key,
    statement_id      varchar(200) not null,
    state             varchar(8)   not null,
    group_name        text         not null,
    group_id          varchar(200),
    group_key         text         not null,
    resolved_group_id varchar(200),
    naming_key        text         not null,
    kind              varchar(16)  not null,
    stance            varchar(16)  not null,
    sponsor           varchar(2),
    confidence        varchar(32),
    evidence          text,
    publisher         text,
    url               text,
    published_at      varchar(64),
    analyzed_at       timestamptz,
    created_at        timestamptz  not null,
    constraint alert_once_per_naming unique (statement_id, state, naming_key, kind, stance)
);

create index alert_created_at on alert (created_at desc, id);
create index alert_resolved_group_id on alert (resolved_group_id);
create index alert_group_key on alert (group_key);

-- One delivery per alert and matching subscription, retried while PENDING.
create table delivery (
    id               uuid primary key,
    alert_id         uuid        not null references alert (id) on delete cascade,
    subscription_id  uuid        not null references subscription (id) on delete cascade,
    status           varchar(16) not null,
    attempts         integer     not null,
    last_status_code integer,
    last_error       text,
    next_attempt_at  timestamptz,
    last_attempt_at  timestamptz,
    delivered_at     timestamptz,
    created_at       timestamptz not null,
    constraint delivery_once unique (alert_id, subscription_id),
    constraint delivery_status check (status in ('PENDING', 'DELIVERED', 'FAILED'))
);

create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_subscription on delivery (subscription_id);
