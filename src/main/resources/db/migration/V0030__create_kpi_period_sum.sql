-- Issue 18: each unit's approved months of a month, quarter or year summed once and kept, so that the Benchmark page
-- reads one row per unit of a period instead of every month's packed inputs. A derived cache, never the record: the
-- fingerprint names what a row was summed from (the approved revisions, the unit's version, the layout of the inputs),
-- and a row whose fingerprint no longer matches is summed again from the revisions when it is next read. No foreign
-- key: a row of a unit that is gone is simply never read.
create table kpi_period_sum (
    unit_id      bigint        not null,
    first_month  date          not null,
    months       integer       not null,
    fingerprint  varchar(200)  not null,
    inputs       bytea         not null,
    definitions  varchar(20000) not null,
    constraint kpi_period_sum_pk primary key (first_month, months, unit_id),
    constraint kpi_period_sum_months_check check (months in (1, 3, 12))
);

-- The fingerprints of a period's approved months (count, sum and largest approved revision id, per unit or in all) are
-- read on every Benchmark page request; with the period, unit and approved revision in one index they are read from
-- the index alone instead of looking up each submission row.
create index kpi_submission_period_approved_idx on kpi_submission (period, unit_id, approved_revision_id);
