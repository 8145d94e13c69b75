-- "Can it be fixed?": a part of reflection with four honest questions, at most one answer sheet per
-- journey. The choices are stored by name; the person's own words (three notes and what would have
-- to be different) are encrypted, ciphertext of up to 2,000 characters each. The part is offered,
-- not required: no gate reads this table.
create table fixable_check (
    journey_id        bigint primary key,
    unforgivable      varchar(20)    not null,
    unforgivable_note varchar(10800),
    changed           varchar(20)    not null,
    changed_note      varchar(10800),
    must_be_different varchar(10800),
    whose_hands       varchar(20)    not null,
    others_view       varchar(20)    not null,
    others_note       varchar(10800),
    answered_at       timestamp with time zone not null,
    version           bigint not null default 0,
    constraint fk_fixable_check_journey foreign key (journey_id) references journey (id) on delete cascade
);
