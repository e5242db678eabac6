-- A revision's raw inputs and definition parameters move from one row per value (kpi_value) into two JSON text
-- columns of the revision, e.g. {"offered[phone]":10000,"total_cost":96000.5}. An upload of 24,000 unit-months then
-- writes 24,000 revision rows instead of almost two million value rows, and a month is read in one row.
-- V0012 (a Java migration in org.ccbench.kpi.internal) copies the stored values; V0013 drops kpi_value.
alter table kpi_revision add column inputs varchar(60000);
alter table kpi_revision add column parameters varchar(10000);
