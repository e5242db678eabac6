-- GDPR (issue 15 §5). A campaign keeps its invitees' e-mail addresses and its free-text answers for
-- retention_months after its close date; then the retention job erases them and dates the campaign in
-- personal_data_erased_on (null until then). Invitations keep their status and dates, responses their closed
-- answers, so response rates and results stay as they were. Nodes claim a campaign by setting that date.
alter table campaign add column retention_months integer default 24 not null;
alter table campaign add column personal_data_erased_on date;
alter table campaign add constraint campaign_retention_months_check check (retention_months between 1 and 120);
