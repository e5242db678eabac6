-- The benchmark administrator may exclude a submitted response (duplicate, ineligible, a quality failure such as
-- straight-lining) with a recorded reason. Excluded responses stay stored but count in no result.
alter table response add column excluded_reason varchar(500);
alter table response add column excluded_on date;
alter table response add column excluded_by varchar(320);
