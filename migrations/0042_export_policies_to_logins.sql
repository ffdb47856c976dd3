-- Up Migration
-- The export policies of 0021 were written without `TO`, so they applied to
-- every login, gated only by the roles of the transaction's identity: a
-- gateway, pipeline or lifecycle login that set itself `steward` or
-- `ml_engineer` would have matched them, had it been granted the table.
-- Each now names the logins that use it, so identity settings can only narrow
-- what a login may do (as 0008 did for the tables before them):
--   cordon_control   grants, settings, plans, approvals and downloads
--   cordon_exporter  re-plans under the requester's identity and runs exports
-- The restrictive plan limit on lake_slices stays on PUBLIC on purpose: it only
-- ever narrows, and must narrow any login that reads the catalog with a purpose set.
SET ROLE cordon_owner;

ALTER POLICY export_settings_org_read ON cordon.export_settings TO cordon_control, cordon_exporter;
ALTER POLICY export_settings_manage ON cordon.export_settings TO cordon_control;

ALTER POLICY grants_staff_read ON cordon.grants TO cordon_control;
ALTER POLICY grants_grantee_read ON cordon.grants TO cordon_control;
ALTER POLICY grants_steward_write ON cordon.grants TO cordon_control;

ALTER POLICY lake_slices_export_plan ON cordon.lake_slices TO cordon_control, cordon_exporter;

ALTER POLICY exports_requester_read ON cordon.exports TO cordon_control, cordon_exporter;
ALTER POLICY exports_requester_insert ON cordon.exports TO cordon_control;
ALTER POLICY exports_staff_read ON cordon.exports TO cordon_control;
ALTER POLICY exports_steward_decide ON cordon.exports TO cordon_control;
ALTER POLICY exports_exporter ON cordon.exports TO cordon_exporter;

ALTER POLICY export_subjects_read ON cordon.export_subjects TO cordon_control, cordon_exporter;
ALTER POLICY export_subjects_requester_insert ON cordon.export_subjects TO cordon_control, cordon_exporter;
ALTER POLICY export_subjects_exporter ON cordon.export_subjects TO cordon_exporter;
ALTER POLICY export_slices_read ON cordon.export_slices TO cordon_control, cordon_exporter;
ALTER POLICY export_slices_requester_insert ON cordon.export_slices TO cordon_control, cordon_exporter;
ALTER POLICY export_slices_exporter ON cordon.export_slices TO cordon_exporter;

RESET ROLE;
