-- The calendar feed: one secret address per account that a calendar app subscribes to.
-- A request is looked up by token_hash (SHA-256 of the token, hex), never by decrypting; token holds
-- the token itself as ciphertext, only so the account page can show the address again.
-- created_at is when the current address was made (a new address replaces it).
-- Deleting the account deletes the feed with it.
create table calendar_feed (
    account_id    bigint       primary key,
    token         varchar(320) not null,
    token_hash    varchar(64)  not null,
    reminder_time time         not null,
    created_at    timestamp with time zone not null,
    version       bigint       not null default 0,
    constraint fk_calendar_feed_account foreign key (account_id) references account (id) on delete cascade,
    constraint uk_calendar_feed_token_hash unique (token_hash)
);
