-- Kempt workspace schema, version 5: a digest of each record's stored findings, so that a
-- full audit compares one number per record with its new findings instead of reading
-- millions of stored rows again (see audit/issuemerger.h, audit/issuedigest.h).
-- Derived data, never journaled. A digest is trusted only while the full audit was the
-- last to write that record's findings: every other write to quality_issues (the
-- incremental audit, a hand-edited file) sets it to NULL, unknown, and the next full
-- audit compares that record's rows one by one. The full audit itself keeps the digests
-- and takes the triggers out while it writes (TriggerSuspension).
--
-- Every record that has rows in quality_issues has a row here.
CREATE TABLE quality_digests (
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    digest    INTEGER, -- NULL: unknown
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;

INSERT INTO quality_digests(entity, entity_id) SELECT DISTINCT entity, entity_id FROM quality_issues;

-- No UPSERT and no OR REPLACE: an outer INSERT OR ... would change their meaning.
CREATE TRIGGER quality_issues_digest_ins AFTER INSERT ON quality_issues BEGIN
    UPDATE quality_digests SET digest = NULL WHERE entity = NEW.entity AND entity_id = NEW.entity_id;
    INSERT INTO quality_digests(entity, entity_id) SELECT NEW.entity, NEW.entity_id
        WHERE NOT EXISTS (SELECT 1 FROM quality_digests WHERE entity = NEW.entity AND entity_id = NEW.entity_id);
END;

CREATE TRIGGER quality_issues_digest_del AFTER DELETE ON quality_issues BEGIN
    UPDATE quality_digests SET digest = NULL WHERE entity = OLD.entity AND entity_id = OLD.entity_id;
END;

CREATE TRIGGER quality_issues_digest_upd AFTER UPDATE ON quality_issues BEGIN
    UPDATE quality_digests SET digest = NULL WHERE entity = OLD.entity AND entity_id = OLD.entity_id;
    UPDATE quality_digests SET digest = NULL WHERE entity = NEW.entity AND entity_id = NEW.entity_id;
    INSERT INTO quality_digests(entity, entity_id) SELECT NEW.entity, NEW.entity_id
        WHERE NOT EXISTS (SELECT 1 FROM quality_digests WHERE entity = NEW.entity AND entity_id = NEW.entity_id);
END;
