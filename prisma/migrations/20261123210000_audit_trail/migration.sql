-- The head of each audit chain (an organisation's id, or "instance"): the last event's seq and
-- hash. Appending an event updates this row first, so concurrent appends to one chain queue on
-- its row lock and each links to the one committed before it.
CREATE TABLE "AuditChainHead" (
    "chain" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditChainHead_pkey" PRIMARY KEY ("chain")
);

-- Browsing an organisation's events newest first, and filtering by action.
CREATE INDEX "AuditEvent_organisationId_action_idx" ON "AuditEvent"("organisationId", "action");

-- Append-only: the application never updates or deletes an audit event, and the database refuses
-- to. Verification does not rely on this (someone with the rights can drop the trigger); the hash
-- chain and signatures are what detect tampering.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
