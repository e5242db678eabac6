-- Issue 16 §1: the e-mail digest of a user's to-do list. One row per user who chose a frequency or was sent a
-- digest; without a row the role's default applies (weekly for vendors' account managers and sourcing managers,
-- off for everyone else). last_sent_on is the day the last digest was claimed: the job sets it in the same
-- transaction that writes the e-mail to the outbox, so with two nodes only one sends it.
create table todo_digest (
    user_id      bigint      not null primary key references app_user (id) on delete cascade,
    frequency    varchar(10),
    last_sent_on date,
    constraint todo_digest_frequency_check check (frequency in ('DAILY', 'WEEKLY', 'OFF'))
);
