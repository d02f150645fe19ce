-- Kempt workspace schema, version 2: what duplicate detection keeps between runs.
-- Derived data only, never journaled: it is rebuilt from contacts whenever it is missing.

-- Blocking keys of every contact in the trash or not: a new or edited contact meets its
-- possible duplicates through these without reading the whole table. A key is a 64-bit
-- hash of a normalized value (e-mail, phone, name, name with company ...) whose top bits
-- say which kind of key it is.
CREATE TABLE dedup_keys (
    key        INTEGER NOT NULL,
    contact_id INTEGER NOT NULL,
    PRIMARY KEY (key, contact_id)
) WITHOUT ROWID;

-- The keys of each contact as one blob, so that an edit removes the old keys exactly.
CREATE TABLE dedup_records (
    contact_id INTEGER PRIMARY KEY,
    keys       BLOB NOT NULL
);

-- The match model and the bookkeeping of the key index (the last change batch seen).
CREATE TABLE dedup_state (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- How many contacts have each key, for skipping keys too common to mean anything and for
-- weighing agreement on a value by how rare it is (term frequency). Also holds, under
-- keys of their own, the number of contacts with a value of each kind and in all.
CREATE TABLE dedup_counts (
    key INTEGER PRIMARY KEY,
    n   INTEGER NOT NULL
);
