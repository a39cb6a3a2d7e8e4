-- Each assessment's layer levels in one row, for the dashboards (DESIGN.md §7): its levels, scores
-- and "all not applicable" flags as arrays in the content's layer order (lib/content/schema.ts
-- LAYER_IDS; a null element is a layer not scored yet). A trigger keeps it in step with
-- AssessmentLayerScore in the same statement as each score write, so a dashboard reads one row per
-- program instead of aggregating seven.

-- CreateTable
CREATE TABLE "AssessmentLevels" (
    "assessmentId" TEXT NOT NULL,
    "levels" INTEGER[],
    "scores" DOUBLE PRECISION[],
    "notApplicable" BOOLEAN[],

    CONSTRAINT "AssessmentLevels_pkey" PRIMARY KEY ("assessmentId")
);

-- AddForeignKey
ALTER TABLE "AssessmentLevels" ADD CONSTRAINT "AssessmentLevels_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Writes one layer's element. Each write sets only its own element of the newest row version (an
-- upsert that waited for another applies its update to the row as the other left it), so saves of
-- different layers compose. A layer at level 4 with no applicable answer is all not applicable
-- (level 4 needs every applicable practice met, so an unanswered one rules it out); the answers
-- written by the same statement are visible.
CREATE FUNCTION "assessment_levels_after_write"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  layer_order CONSTANT text[] := ARRAY['network', 'os-host', 'data', 'application', 'identity', 'apis', 'monitoring'];
  pos int;
  all_not_applicable boolean;
  new_levels int[] := array_fill(NULL::int, ARRAY[7]);
  new_scores float8[] := array_fill(NULL::float8, ARRAY[7]);
  new_flags boolean[] := array_fill(NULL::boolean, ARRAY[7]);
BEGIN
  IF TG_OP = 'DELETE' THEN
    pos := array_position(layer_order, OLD."layerId");
    IF pos IS NOT NULL THEN
      UPDATE "AssessmentLevels" SET "levels"[pos] = NULL, "scores"[pos] = NULL, "notApplicable"[pos] = NULL
      WHERE "assessmentId" = OLD."assessmentId";
    END IF;
    RETURN NULL;
  END IF;
  pos := array_position(layer_order, NEW."layerId");
  IF pos IS NULL THEN
    RETURN NULL;
  END IF;
  all_not_applicable := NEW."level" = 4 AND NOT EXISTS (
    SELECT 1 FROM "Answer" x
    WHERE x."assessmentId" = NEW."assessmentId" AND x."layerId" = NEW."layerId" AND x."value" <> 'NOT_APPLICABLE');
  new_levels[pos] := NEW."level";
  new_scores[pos] := NEW."score";
  new_flags[pos] := all_not_applicable;
  -- One statement: the first score of an assessment creates its row, later ones set their element.
  INSERT INTO "AssessmentLevels" ("assessmentId", "levels", "scores", "notApplicable")
  VALUES (NEW."assessmentId", new_levels, new_scores, new_flags)
  ON CONFLICT ("assessmentId") DO UPDATE
  SET "levels"[pos] = NEW."level", "scores"[pos] = NEW."score", "notApplicable"[pos] = all_not_applicable;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "AssessmentLayerScore_levels" AFTER INSERT OR UPDATE OR DELETE ON "AssessmentLayerScore"
  FOR EACH ROW EXECUTE FUNCTION "assessment_levels_after_write"();

-- Existing scores.
INSERT INTO "AssessmentLevels" ("assessmentId", "levels", "scores", "notApplicable")
SELECT o."assessmentId",
       array_agg(s."level" ORDER BY o.pos), array_agg(s."score" ORDER BY o.pos),
       array_agg(s."level" = 4 AND NOT EXISTS (
         SELECT 1 FROM "Answer" x
         WHERE x."assessmentId" = s."assessmentId" AND x."layerId" = s."layerId" AND x."value" <> 'NOT_APPLICABLE') ORDER BY o.pos)
FROM (
  SELECT a."id" AS "assessmentId", o.pos, o."layerId" FROM "Assessment" a
  CROSS JOIN unnest(ARRAY['network', 'os-host', 'data', 'application', 'identity', 'apis', 'monitoring']) WITH ORDINALITY AS o("layerId", pos)
  WHERE EXISTS (SELECT 1 FROM "AssessmentLayerScore" e WHERE e."assessmentId" = a."id")
) o
LEFT JOIN "AssessmentLayerScore" s ON s."assessmentId" = o."assessmentId" AND s."layerId" = o."layerId"
GROUP BY o."assessmentId";
