-- The dashboards' roadmap progress (DESIGN.md §7), counted per assessment: for each layer ("" is
-- the whole roadmap) and each dimension (phase, owner party by name, accountable actor), the items
-- open, in progress and done. Triggers keep it in step with the roadmap items, the RACI cells and the
-- party names in the same transaction as each write, so a dashboard sums a few rows per program
-- instead of joining every item to the RACI matrix.

-- CreateTable
CREATE TABLE "RoadmapTally" (
    "assessmentId" TEXT NOT NULL,
    "layerId" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "open" INTEGER NOT NULL,
    "inProgress" INTEGER NOT NULL,
    "done" INTEGER NOT NULL,

    CONSTRAINT "RoadmapTally_pkey" PRIMARY KEY ("assessmentId","layerId","dimension","key")
);

-- AddForeignKey
ALTER TABLE "RoadmapTally" ADD CONSTRAINT "RoadmapTally_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Recounts the given assessments' tallies from their current (non-obsolete) roadmap items. An item's
-- accountable actor is its effective RACI row's: the practice's override row if it has one, else its
-- layer's row; "" unless exactly one actor is Accountable. A missing owner party is "". Concurrent
-- recounts of one assessment queue on a transaction lock, and each statement of this volatile
-- function reads what has committed by then, so the last recount sees every write before it.
CREATE FUNCTION "roadmap_tally_refresh"(assessment_ids text[]) RETURNS void LANGUAGE sql VOLATILE AS $$
  SELECT pg_advisory_xact_lock(7301, hashtext(s."id")) FROM (SELECT id FROM unnest(assessment_ids) AS id ORDER BY id) AS s("id");
  DELETE FROM "RoadmapTally" WHERE "assessmentId" = ANY (assessment_ids);
  INSERT INTO "RoadmapTally" ("assessmentId", "layerId", "dimension", "key", "open", "inProgress", "done")
  WITH "rows" AS (
    SELECT c."assessmentId", c."rowKey",
           CASE WHEN count(*) FILTER (WHERE c."role" = 'A') = 1 THEN min(c."actorId") FILTER (WHERE c."role" = 'A') END AS "actorId"
    FROM "RaciCell" c
    WHERE c."assessmentId" = ANY (assessment_ids)
    GROUP BY c."assessmentId", c."rowKey"
  ), "items" AS (
    -- The join to Assessment skips an assessment being deleted in this transaction.
    SELECT i."assessmentId", i."layerId", i."phase"::text AS "phase", i."status",
           COALESCE(pt."name", '') AS "party", COALESCE(acc."actorId", '') AS "actor"
    FROM "RoadmapItem" i
    JOIN "Assessment" a ON a."id" = i."assessmentId"
    LEFT JOIN "Party" pt ON pt."id" = i."ownerPartyId"
    LEFT JOIN "rows" o ON o."assessmentId" = i."assessmentId" AND o."rowKey" = i."practiceId"
    LEFT JOIN "rows" acc ON acc."assessmentId" = i."assessmentId"
      AND acc."rowKey" = CASE WHEN o."rowKey" IS NULL THEN i."layerId" ELSE i."practiceId" END
    WHERE i."assessmentId" = ANY (assessment_ids) AND NOT i."obsolete"
  )
  SELECT i."assessmentId", COALESCE(i."layerId", ''), d."dimension", d."key",
         count(*) FILTER (WHERE i."status" = 'OPEN')::int,
         count(*) FILTER (WHERE i."status" = 'IN_PROGRESS')::int,
         count(*) FILTER (WHERE i."status" = 'DONE')::int
  FROM "items" i
  CROSS JOIN LATERAL (VALUES ('phase', i."phase"), ('party', i."party"), ('actor', i."actor")) AS d("dimension", "key")
  GROUP BY GROUPING SETS ((i."assessmentId", d."dimension", d."key"), (i."assessmentId", i."layerId", d."dimension", d."key"));
$$;

-- One statement-level trigger per table and event (transition tables allow one event each): the
-- assessments a statement touched are recounted once, however many rows it wrote.
CREATE FUNCTION "roadmap_tally_after_write"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    ids := ARRAY(SELECT DISTINCT "assessmentId" FROM "new_rows");
  ELSIF TG_OP = 'DELETE' THEN
    ids := ARRAY(SELECT DISTINCT "assessmentId" FROM "old_rows");
  ELSE
    ids := ARRAY(SELECT "assessmentId" FROM "old_rows" UNION SELECT "assessmentId" FROM "new_rows");
  END IF;
  IF cardinality(ids) > 0 THEN
    PERFORM "roadmap_tally_refresh"(ids);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "RoadmapItem_tally_insert" AFTER INSERT ON "RoadmapItem"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "roadmap_tally_after_write"();
CREATE TRIGGER "RoadmapItem_tally_update" AFTER UPDATE ON "RoadmapItem"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "roadmap_tally_after_write"();
CREATE TRIGGER "RoadmapItem_tally_delete" AFTER DELETE ON "RoadmapItem"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "roadmap_tally_after_write"();
CREATE TRIGGER "RaciCell_tally_insert" AFTER INSERT ON "RaciCell"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "roadmap_tally_after_write"();
CREATE TRIGGER "RaciCell_tally_update" AFTER UPDATE ON "RaciCell"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "roadmap_tally_after_write"();
CREATE TRIGGER "RaciCell_tally_delete" AFTER DELETE ON "RaciCell"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "roadmap_tally_after_write"();
-- A party's name is a tally key; a deleted party's items lose their owner through the foreign key
-- (ON DELETE SET NULL), which is an update of RoadmapItem.
CREATE TRIGGER "Party_tally_update" AFTER UPDATE ON "Party"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "roadmap_tally_after_write"();

-- Existing roadmaps.
SELECT "roadmap_tally_refresh"(ARRAY(SELECT DISTINCT "assessmentId" FROM "RoadmapItem"));
