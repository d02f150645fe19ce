-- Kempt workspace schema, version 4: the groups of the last duplicate scan, so that the
-- Duplicates section and the data-quality dashboard open without scanning again.
-- Derived data, never journaled: a new scan replaces it. What a person decides is kept
-- elsewhere (merges, not_duplicates); a group only remembers that it was skipped.

-- The last scan of each kind of record.
CREATE TABLE duplicate_scans (
    id           INTEGER PRIMARY KEY,
    entity       TEXT NOT NULL UNIQUE,
    at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    records      INTEGER NOT NULL,   -- records compared
    pairs        INTEGER NOT NULL,   -- pairs that matched
    milliseconds INTEGER NOT NULL,
    seen_batch   INTEGER NOT NULL,   -- the last change batch the groups reflect
    outdated     INTEGER NOT NULL DEFAULT 0 -- too much changed since to follow group by group
);

-- A group of records that look like one person. band and score follow the records: a
-- group whose records changed is scored again, and one that no longer matches gets band
-- 'none' (it comes back when an undo restores the records).
CREATE TABLE duplicate_groups (
    id       INTEGER PRIMARY KEY,
    scan_id  INTEGER NOT NULL REFERENCES duplicate_scans(id) ON DELETE CASCADE,
    band     TEXT NOT NULL CHECK (band IN ('sure','possible','none')),
    score    REAL NOT NULL,
    skipped  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX duplicate_groups_scan ON duplicate_groups(scan_id);

-- The records of each group. active: still part of the group as last scored (a record
-- edited so that it no longer matches drops out without being forgotten).
CREATE TABLE duplicate_group_members (
    group_id   INTEGER NOT NULL REFERENCES duplicate_groups(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (group_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX duplicate_group_members_contact ON duplicate_group_members(contact_id);
