-- A safety lock follows the person, not the journey. A journey begun after another one closed
-- reaching out, and found to be with the same person, records that here: lock_carried_how says why
-- it is the same person (SAME_NICKNAME: the nicknames match once case, spacing and accents are
-- ignored; SAID_SAME_PERSON: the person said so on the "Begin a journey" form), and
-- lock_carried_from names the earlier journey whose lock it carries. Reaching out stays closed
-- whenever lock_carried_how is set, even if the earlier journey were ever gone (set null).
-- No nickname is compared in SQL: nicknames are encrypted and compared in memory at the start.
alter table journey add column lock_carried_from bigint;
alter table journey add column lock_carried_how varchar(20);
alter table journey add constraint fk_journey_lock_carried_from
    foreign key (lock_carried_from) references journey (id) on delete set null;
alter table journey add constraint ck_journey_lock_carried_how
    check (lock_carried_how is null or lock_carried_how in ('SAME_NICKNAME', 'SAID_SAME_PERSON'));
