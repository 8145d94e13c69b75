-- A trial with depth. The terms the two of them agreed when it started: how many weeks it lasts and,
-- in the person's own words, what will be different (ciphertext of up to 2,000 characters). Trials
-- begun before this have neither, and their pages invite adding them.
alter table trial_period add column agreed_weeks integer;
alter table trial_period add column what_will_differ varchar(10800);

-- At each checkpoint: what is missing, for each question answered "not yet" (ciphertext of up to
-- 1,000 characters each), and the red flags marked, by name, comma separated ('' for none).
alter table trial_checkpoint add column changes_missing varchar(5500);
alter table trial_checkpoint add column problems_missing varchar(5500);
alter table trial_checkpoint add column closeness_missing varchar(5500);
alter table trial_checkpoint add column past_missing varchar(5500);
alter table trial_checkpoint add column red_flags varchar(100) not null default '';
