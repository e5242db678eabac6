-- The organisation an audit event concerns (issue 15 §4), so that the administrator can filter the log by it and a
-- sourcing manager reads the trail of their own organisation's data. Null for installation-wide events (a portal-wide
-- scoring profile, an administrator's own sign-in). No foreign key: an event outlives whatever it names.
alter table audit_event add column organisation_id bigint;

-- Earlier events get the organisation their subject belongs to: the client of a reporting unit (submissions, terms,
-- KPI definitions, exclusions, reopenings, reminders and disputes are about one), a token's organisation, a client's
-- own scoring profile.
update audit_event set organisation_id = (
    select u.client_organisation_id from kpi_submission s join reporting_unit u on u.id = s.unit_id
    where s.id = audit_event.subject_id)
where subject_type = 'kpi_submission';
update audit_event set organisation_id = (
    select u.client_organisation_id from reporting_unit u where u.id = audit_event.subject_id)
where subject_type in ('reporting_unit', 'contract_terms', 'kpi_definition');
update audit_event set organisation_id = (
    select u.client_organisation_id from scorecard_dispute d join reporting_unit u on u.id = d.contract_id
    where d.id = audit_event.subject_id)
where subject_type = 'scorecard_dispute';
update audit_event set organisation_id = (
    select t.organisation_id from api_token t where t.id = audit_event.subject_id)
where subject_type = 'api_token';
update audit_event set organisation_id = (
    select p.client_organisation_id from scoring_profile p where p.id = audit_event.subject_id)
where subject_type = 'scoring_profile';

-- The audit page lists newest first (by id) and filters by organisation, actor and period.
create index audit_event_organisation_idx on audit_event (organisation_id, id);
create index audit_event_actor_idx on audit_event (actor, id);
create index audit_event_occurred_idx on audit_event (occurred_at);
