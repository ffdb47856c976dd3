-- Up Migration
-- An index for the plan's time window. A slice overlaps [from, to) when
-- first_ts < to AND last_ts >= from; a btree on first_ts bounds only one side,
-- so a window in the middle of a large catalog would read every slice before
-- it. The longest span of any slice of the organisation gives the other
-- bound (first_ts >= from - longest span), kept here as slices are inserted.
-- (A range index with && would be the natural tool, but the range operator
-- is not leakproof, so Postgres does not use it under row-level security.)
SET ROLE cordon_owner;

CREATE TABLE cordon.lake_slice_spans (
  org_id text PRIMARY KEY,
  longest_span interval NOT NULL
);
ALTER TABLE cordon.lake_slice_spans ENABLE ROW LEVEL SECURITY;
ALTER TABLE cordon.lake_slice_spans FORCE ROW LEVEL SECURITY;

-- Once per inserting statement (the pipeline inserts a file's slices in one),
-- and it writes only when a longer span arrives, so commits rarely wait on it.
CREATE FUNCTION cordon.record_slice_spans() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
  AS $$
BEGIN
  INSERT INTO cordon.lake_slice_spans AS spans (org_id, longest_span)
  SELECT i.org_id, max(i.last_ts - i.first_ts) FROM inserted i GROUP BY i.org_id
  ON CONFLICT (org_id) DO UPDATE SET longest_span = excluded.longest_span
    WHERE spans.longest_span < excluded.longest_span;
  RETURN NULL;
END
$$;
CREATE TRIGGER lake_slices_record_spans AFTER INSERT ON cordon.lake_slices
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION cordon.record_slice_spans();

-- The longest slice span of the caller's organisation (zero when it has none).
CREATE FUNCTION cordon.caller_longest_slice_span() RETURNS interval
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
  AS $$
    SELECT coalesce((SELECT s.longest_span FROM cordon.lake_slice_spans s
                      WHERE s.org_id = cordon.current_org_id()), interval '0')
  $$;

-- Spans already in the catalog.
INSERT INTO cordon.lake_slice_spans (org_id, longest_span)
SELECT org_id, max(last_ts - first_ts) FROM cordon.lake_slices GROUP BY org_id;

RESET ROLE;
