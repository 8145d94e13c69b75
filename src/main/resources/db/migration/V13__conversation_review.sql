-- Looking back on a conversation, kept with it: four answers of the person to themselves (YES,
-- PARTLY or NO) and an optional note (ciphertext, up to 2,000 characters). All of them are null
-- until the person looks back, and all are set together; removing the conversation removes them.
alter table outreach_conversation add column review_listened varchar(10);
alter table outreach_conversation add column review_spoke_for_myself varchar(10);
alter table outreach_conversation add column review_stayed_calm varchar(10);
alter table outreach_conversation add column review_pushed varchar(10);
alter table outreach_conversation add column review_note varchar(10800);
alter table outreach_conversation add column reviewed_at timestamp with time zone;
alter table outreach_conversation add constraint ck_outreach_conversation_review check (
    (reviewed_at is null and review_listened is null and review_spoke_for_myself is null
        and review_stayed_calm is null and review_pushed is null and review_note is null)
    or (reviewed_at is not null
        and review_listened in ('YES', 'PARTLY', 'NO')
        and review_spoke_for_myself in ('YES', 'PARTLY', 'NO')
        and review_stayed_calm in ('YES', 'PARTLY', 'NO')
        and review_pushed in ('YES', 'PARTLY', 'NO')));
