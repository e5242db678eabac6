-- Failed sign-ins (issue 15): one row per e-mail address typed (known or not, so an unknown address is throttled like
-- a known one) and per client address, kept in the database so every node counts the same attempts. A row holds the
-- failures of the current window, how often the subject was locked before (each lock lasts twice as long, up to a
-- cap), and the end of the current lock. A successful sign-in deletes the account's row; rows without failures for a
-- day are deleted as new failures come in.
create table sign_in_throttle (
    subject_kind    varchar(10)  not null,
    subject         varchar(320) not null,
    failures        integer      not null,
    window_started  timestamp with time zone not null,
    last_failure_at timestamp with time zone not null,
    lockouts        integer      not null,
    locked_until    timestamp with time zone,
    constraint sign_in_throttle_pk primary key (subject_kind, subject),
    constraint sign_in_throttle_kind_check check (subject_kind in ('ACCOUNT', 'ADDRESS'))
);
create index sign_in_throttle_last_failure_idx on sign_in_throttle (last_failure_at);
