-- Every revision's values are packed into kpi_revision (V0011, V0012).
alter table kpi_revision alter column inputs set not null;
alter table kpi_revision alter column parameters set not null;
drop table kpi_value;
