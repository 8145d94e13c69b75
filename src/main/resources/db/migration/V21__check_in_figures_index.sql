-- The figures of the check-ins (day, mood, urge, contact, late) are read in ranges of days by the pages that
-- gate on them or draw them: every journey's gate reads its check-ins since it began, Today its recent days,
-- history and the summary their charts. With the figures in the index, H2 and PostgreSQL answer those reads
-- from the index alone, instead of reading each check-in's whole row with its encrypted note.
create index if not exists ix_check_in_figures on check_in (account_id, check_in_day, mood, urge, contact, late);
