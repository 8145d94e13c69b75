-- When a reply to a sent message was logged: a "not ready yet" pauses reaching out from that day,
-- and the wait after a cold reply counts from it. Replies logged before this have none; the rules
-- then count from when the message was sent.
alter table outreach_draft add column replied_at timestamp with time zone;
