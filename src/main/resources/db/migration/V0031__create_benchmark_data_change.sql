-- Issue 18: what the Benchmark page's kept periods were read from, stamped by every write that changes it. An approval
-- or correction stamps its month, a change of any reporting unit or contact center stamps 'units', an exclusion added or
-- lifted stamps 'exclusions', each with a new number of the sequence, in the writing transaction. A node then reads a
-- period's few stamps instead of aggregating its submissions on every request. Stamps come from one sequence, so a
-- scope never gets a number it had before, even after its rows were deleted.
create sequence benchmark_data_change_seq;

create table benchmark_data_change (
    scope  varchar(20) not null,
    stamp  bigint      not null,
    constraint benchmark_data_change_pk primary key (scope)
);
