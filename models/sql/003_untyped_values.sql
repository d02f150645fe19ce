-- Kempt workspace schema, version 3: values kept exactly as written.
-- Columns declared ANY in an ordinary table have NUMERIC affinity, so SQLite stored the
-- text "01234" (a postcode) as the number 1234: an undo then wrote "1234" back. BLOB
-- columns have no affinity and keep every value with the type it came with. Values that
-- version 2 already turned into numbers cannot be told apart and stay as they are.

CREATE TABLE change_log_v3 (
    id         INTEGER PRIMARY KEY,
    batch_id   INTEGER REFERENCES change_batches(id) ON DELETE CASCADE,
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    table_name TEXT NOT NULL,
    row_id     INTEGER NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('insert','update','delete')),
    column_name TEXT,
    old_value  BLOB,
    new_value  BLOB
);
INSERT INTO change_log_v3 SELECT id, batch_id, at, table_name, row_id, action, column_name, old_value, new_value FROM change_log;
DROP TABLE change_log;
ALTER TABLE change_log_v3 RENAME TO change_log;
CREATE INDEX change_log_batch ON change_log(batch_id, id);
CREATE INDEX change_log_row ON change_log(table_name, row_id);

CREATE TABLE custom_values_v3 (
    field_id  INTEGER NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL,
    value     BLOB,
    PRIMARY KEY (field_id, entity_id)
);
INSERT INTO custom_values_v3 SELECT field_id, entity_id, value FROM custom_values;
DROP TABLE custom_values;
ALTER TABLE custom_values_v3 RENAME TO custom_values;
CREATE INDEX custom_values_entity ON custom_values(entity_id);
