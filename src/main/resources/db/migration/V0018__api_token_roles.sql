-- A token acts with its creator's roles (vendor; center manager; sourcing manager), never with more: a center
-- manager's token cannot read what only sourcing managers may. Tokens made before are vendors' or center managers'.
alter table api_token add column roles varchar(100);
update api_token set roles = (select case when o.kind = 'VENDOR' then 'VENDOR' else 'CENTER_MANAGER' end
                              from organisation o where o.id = api_token.organisation_id);
alter table api_token alter column roles set not null;
