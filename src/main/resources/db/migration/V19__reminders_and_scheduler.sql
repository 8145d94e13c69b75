-- E-mail reminders (only with mail on) and the table db-scheduler keeps its tasks in.

-- A daily reminder by e-mail, opted into on the account page. remind_at is a time of day in the
-- account's time zone; next_due_at is the instant of the next one, moved on by whoever sends it (with a
-- check that it is still the value read, so it goes out once). unsubscribe_token is in every reminder's
-- unsubscribe link; all it can do is turn reminders off, so it is kept as it is.
create table mail_reminder (
    account_id         bigint      primary key,
    remind_at          time        not null,
    next_due_at        timestamp with time zone not null,
    unsubscribe_token  varchar(64) not null,
    created_at         timestamp with time zone not null,
    constraint fk_mail_reminder_account foreign key (account_id) references account (id) on delete cascade,
    constraint uk_mail_reminder_unsubscribe unique (unsubscribe_token)
);
create index ix_mail_reminder_next_due_at on mail_reminder (next_due_at);

-- db-scheduler's own table (its PostgreSQL schema, with sizes H2 accepts too): it runs the outbox relay and
-- the reminder sweep as recurring tasks, each on one instance at a time.
create table scheduled_tasks (
    task_name             varchar(100) not null,
    task_instance         varchar(100) not null,
    task_data             bytea,
    execution_time        timestamp with time zone not null,
    picked                boolean      not null,
    picked_by             varchar(50),
    last_success          timestamp with time zone,
    last_failure          timestamp with time zone,
    consecutive_failures  integer,
    last_heartbeat        timestamp with time zone,
    version               bigint       not null,
    priority              smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
