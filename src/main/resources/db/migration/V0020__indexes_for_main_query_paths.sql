-- Indexes for the main query paths (issue 14).
-- Every benchmark query selects the approved months of a period across all units: the unique (unit_id, period)
-- index serves only queries that name the unit, so without this one each benchmark read the whole table.
create index kpi_submission_period_idx on kpi_submission (period);

-- Foreign keys without an index: a look-up by them read the whole table, and so did PostgreSQL's check of each
-- reference when the referenced row is deleted (an invitation, an organisation).
create index response_invitation_idx on response (invitation_id);
create index response_organisation_idx on response (organisation_id);
create index invitation_organisation_idx on invitation (organisation_id);
-- who submits a unit's figures (KPI reminders, the overview's remind button) and whether an organisation has users
create index app_user_organisation_idx on app_user (organisation_id);
