-- Several nodes share one database. A queued e-mail is claimed by one node for one attempt (claimed_until is the
-- lease; a node that dies mid-send lets it expire), and a failed attempt is retried no sooner than next_attempt_at.
alter table mail_message add column next_attempt_at timestamp with time zone;
alter table mail_message add column claimed_until timestamp with time zone;
alter table mail_message add column claimed_by varchar(200);

-- The installation's one row: a starting node locks it while it writes start-up data (templates, the first
-- administrator, demo data), so nodes that start together write that data once.
create table installation (
    id  integer primary key,
    constraint installation_one_row check (id = 1)
);
insert into installation (id) values (1);

-- A check value derived from the secret key by the first node: a node started with another key refuses to start,
-- because its survey links and anonymous respondent keys would not match the stored ones.
create table secret_key_check (
    id         integer primary key,
    check_value varchar(64) not null,
    created_at timestamp with time zone not null,
    constraint secret_key_check_one_row check (id = 1)
);
