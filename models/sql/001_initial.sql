-- Kempt workspace schema, version 1.
-- Designed for the whole product: later features use these tables rather than
-- reshaping the file. Timestamps are ISO 8601 UTC text; countries are ISO 3166-1
-- alpha-2; phones keep what was typed next to their E.164 form.
-- Journal and full-text triggers are generated in C++ (see journal.cpp, searchindex.cpp)
-- because they are derived from the column lists below.

CREATE TABLE kempt_state (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;
INSERT INTO kempt_state(key, value) VALUES ('batch', NULL);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    email      TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

CREATE TABLE change_batches (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    kind      TEXT NOT NULL CHECK (kind IN ('edit','bulk','import','merge','unmerge','fix','undo','redo','system')),
    label     TEXT NOT NULL DEFAULT '',
    author    TEXT NOT NULL DEFAULT '',
    origin_id INTEGER REFERENCES change_batches(id)   -- the batch an undo or redo replays
);

-- One row per changed row and column. Inserts and deletes carry the whole row as JSON
-- so that a batch can be reverted or replayed exactly.
CREATE TABLE change_log (
    id         INTEGER PRIMARY KEY,
    batch_id   INTEGER REFERENCES change_batches(id) ON DELETE CASCADE,
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    table_name TEXT NOT NULL,
    row_id     INTEGER NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('insert','update','delete')),
    column_name TEXT,
    old_value  ANY,
    new_value  ANY
);
CREATE INDEX change_log_batch ON change_log(batch_id, id);
CREATE INDEX change_log_row ON change_log(table_name, row_id);

CREATE TABLE companies (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL DEFAULT '',
    legal_form TEXT NOT NULL DEFAULT '',
    industry   TEXT NOT NULL DEFAULT '',
    size       TEXT NOT NULL DEFAULT '',
    website    TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    street     TEXT NOT NULL DEFAULT '',
    city       TEXT NOT NULL DEFAULT '',
    region     TEXT NOT NULL DEFAULT '',
    postcode   TEXT NOT NULL DEFAULT '',
    country    TEXT NOT NULL DEFAULT '',
    owner_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT '',
    import_batch_id INTEGER,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    deleted_at TEXT
);
CREATE INDEX companies_name ON companies(name COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_city ON companies(city COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_country ON companies(country, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_industry ON companies(industry COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_updated ON companies(updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_deleted ON companies(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    salutation   TEXT NOT NULL DEFAULT '',
    first_name   TEXT NOT NULL DEFAULT '',
    middle_name  TEXT NOT NULL DEFAULT '',
    last_name    TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    job_title    TEXT NOT NULL DEFAULT '',
    department   TEXT NOT NULL DEFAULT '',
    company_id   INTEGER REFERENCES companies(id) ON DELETE SET NULL,
    street       TEXT NOT NULL DEFAULT '',
    city         TEXT NOT NULL DEFAULT '',
    region       TEXT NOT NULL DEFAULT '',
    postcode     TEXT NOT NULL DEFAULT '',
    country      TEXT NOT NULL DEFAULT '',
    birthday     TEXT NOT NULL DEFAULT '',
    website      TEXT NOT NULL DEFAULT '',
    lead_source  TEXT NOT NULL DEFAULT '',
    owner_id     INTEGER REFERENCES users(id) ON DELETE SET NULL,
    do_not_email INTEGER NOT NULL DEFAULT 0,
    do_not_call  INTEGER NOT NULL DEFAULT 0,
    unsubscribed_at TEXT NOT NULL DEFAULT '',
    unsubscribe_reason TEXT NOT NULL DEFAULT '',
    import_batch_id INTEGER,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    last_contacted_at TEXT NOT NULL DEFAULT '',
    deleted_at   TEXT,
    -- Derived, kept by triggers so that the table sorts on indexes; never journaled.
    company_name  TEXT NOT NULL DEFAULT '',
    primary_email TEXT NOT NULL DEFAULT '',
    primary_phone TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_display ON contacts(display_name COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_first ON contacts(first_name COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_last ON contacts(last_name COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_job ON contacts(job_title COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_company_name ON contacts(company_name COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_company ON contacts(company_id);
CREATE INDEX contacts_email ON contacts(primary_email COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_phone ON contacts(primary_phone, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_city ON contacts(city COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_country ON contacts(country, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_owner ON contacts(owner_id, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_source ON contacts(lead_source COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_created ON contacts(created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_updated ON contacts(updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_contacted ON contacts(last_contacted_at, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_deleted ON contacts(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX contacts_import ON contacts(import_batch_id) WHERE import_batch_id IS NOT NULL;

CREATE TABLE contact_emails (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    address    TEXT NOT NULL,
    label      TEXT NOT NULL DEFAULT 'work' CHECK (label IN ('work','home','mobile','other')),
    is_primary INTEGER NOT NULL DEFAULT 0,
    position   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_emails_contact ON contact_emails(contact_id, position);
CREATE INDEX contact_emails_address ON contact_emails(address COLLATE NOCASE);

CREATE TABLE contact_phones (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    number     TEXT NOT NULL,
    e164       TEXT NOT NULL DEFAULT '',
    label      TEXT NOT NULL DEFAULT 'work' CHECK (label IN ('work','home','mobile','other')),
    is_primary INTEGER NOT NULL DEFAULT 0,
    position   INTEGER NOT NULL DEFAULT 0,
    digits     TEXT GENERATED ALWAYS AS (replace(replace(replace(replace(replace(replace(replace(number,' ',''),'-',''),'(',''),')',''),'.',''),'+',''),'/','')) VIRTUAL
);
CREATE INDEX contact_phones_contact ON contact_phones(contact_id, position);
CREATE INDEX contact_phones_e164 ON contact_phones(e164) WHERE e164 <> '';

CREATE TABLE social_profiles (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    network    TEXT NOT NULL,
    url        TEXT NOT NULL,
    position   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX social_profiles_contact ON social_profiles(contact_id);

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color TEXT NOT NULL DEFAULT ''
);

CREATE TABLE contact_tags (
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
);
CREATE INDEX contact_tags_tag ON contact_tags(tag_id, contact_id);

CREATE TABLE company_tags (
    company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (company_id, tag_id)
);
CREATE INDEX company_tags_tag ON company_tags(tag_id, company_id);

CREATE TABLE custom_fields (
    id       INTEGER PRIMARY KEY,
    entity   TEXT NOT NULL CHECK (entity IN ('contact','company','deal')),
    key      TEXT NOT NULL,
    label    TEXT NOT NULL,
    type     TEXT NOT NULL CHECK (type IN ('text','number','date','choice','checkbox')),
    choices  TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (entity, key)
);

CREATE TABLE custom_values (
    field_id  INTEGER NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL,
    value     ANY,
    PRIMARY KEY (field_id, entity_id)
);
CREATE INDEX custom_values_entity ON custom_values(entity_id);

CREATE TABLE pipelines (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE stages (
    id           INTEGER PRIMARY KEY,
    pipeline_id  INTEGER NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    position     INTEGER NOT NULL DEFAULT 0,
    probability  REAL NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 1),
    rotting_days INTEGER NOT NULL DEFAULT 0,
    required_fields TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX stages_pipeline ON stages(pipeline_id, position);

CREATE TABLE deals (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL DEFAULT '',
    value_minor    INTEGER NOT NULL DEFAULT 0,   -- in the currency's minor unit, so sums are exact
    currency       TEXT NOT NULL DEFAULT 'EUR',
    company_id     INTEGER REFERENCES companies(id) ON DELETE SET NULL,
    contact_id     INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    owner_id       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    pipeline_id    INTEGER NOT NULL REFERENCES pipelines(id),
    stage_id       INTEGER NOT NULL REFERENCES stages(id),
    rank           REAL NOT NULL DEFAULT 0,
    expected_close TEXT NOT NULL DEFAULT '',
    probability    REAL CHECK (probability IS NULL OR probability BETWEEN 0 AND 1),
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','won','lost')),
    lost_reason    TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    closed_at      TEXT NOT NULL DEFAULT '',
    deleted_at     TEXT
);
CREATE INDEX deals_stage ON deals(stage_id, rank) WHERE deleted_at IS NULL;
CREATE INDEX deals_company ON deals(company_id);
CREATE INDEX deals_contact ON deals(contact_id);

CREATE TABLE deal_contacts (
    deal_id    INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    PRIMARY KEY (deal_id, contact_id)
);
CREATE INDEX deal_contacts_contact ON deal_contacts(contact_id);

CREATE TABLE deal_stage_history (
    id         INTEGER PRIMARY KEY,
    deal_id    INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    stage_id   INTEGER NOT NULL REFERENCES stages(id),
    entered_at TEXT NOT NULL,
    left_at    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX deal_stage_history_deal ON deal_stage_history(deal_id, entered_at);

CREATE TABLE notes (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
    company_id INTEGER REFERENCES companies(id) ON DELETE CASCADE,
    deal_id    INTEGER REFERENCES deals(id) ON DELETE CASCADE,
    body       TEXT NOT NULL,
    author_id  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX notes_contact ON notes(contact_id, created_at) WHERE contact_id IS NOT NULL;
CREATE INDEX notes_company ON notes(company_id, created_at) WHERE company_id IS NOT NULL;
CREATE INDEX notes_deal ON notes(deal_id, created_at) WHERE deal_id IS NOT NULL;

CREATE TABLE activities (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
    company_id  INTEGER REFERENCES companies(id) ON DELETE CASCADE,
    deal_id     INTEGER REFERENCES deals(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('call','email','meeting','task')),
    subject     TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    occurred_at TEXT NOT NULL,
    due_at      TEXT NOT NULL DEFAULT '',
    done        INTEGER NOT NULL DEFAULT 0,
    author_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX activities_contact ON activities(contact_id, occurred_at) WHERE contact_id IS NOT NULL;
CREATE INDEX activities_company ON activities(company_id, occurred_at) WHERE company_id IS NOT NULL;
CREATE INDEX activities_deal ON activities(deal_id, occurred_at) WHERE deal_id IS NOT NULL;

CREATE TABLE saved_views (
    id       INTEGER PRIMARY KEY,
    entity   TEXT NOT NULL CHECK (entity IN ('contact','company','deal')),
    name     TEXT NOT NULL,
    filter   TEXT NOT NULL DEFAULT '{}',
    columns  TEXT NOT NULL DEFAULT '[]',
    sort     TEXT NOT NULL DEFAULT '{}',
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (entity, name)
);

CREATE TABLE import_batches (
    id           INTEGER PRIMARY KEY,
    file_name    TEXT NOT NULL,
    format       TEXT NOT NULL,
    options      TEXT NOT NULL DEFAULT '{}',
    mapping      TEXT NOT NULL DEFAULT '{}',
    started_at   TEXT NOT NULL,
    finished_at  TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL CHECK (status IN ('running','done','cancelled','failed','undone')),
    counts       TEXT NOT NULL DEFAULT '{}',
    change_batch_id INTEGER REFERENCES change_batches(id)
);

CREATE TABLE mapping_profiles (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    header_key TEXT NOT NULL,
    mapping    TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX mapping_profiles_header ON mapping_profiles(header_key);

CREATE TABLE style_guides (
    id         INTEGER PRIMARY KEY,
    version    INTEGER NOT NULL,
    rules      TEXT NOT NULL,
    author     TEXT NOT NULL DEFAULT '',
    comment    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE UNIQUE INDEX style_guides_version ON style_guides(version);

CREATE TABLE quality_issues (
    id         INTEGER PRIMARY KEY,
    entity     TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    rule       TEXT NOT NULL,
    field      TEXT NOT NULL DEFAULT '',
    severity   TEXT NOT NULL CHECK (severity IN ('error','warning','fix')),
    message    TEXT NOT NULL DEFAULT '',
    suggestion TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quality_issues_entity ON quality_issues(entity, entity_id);
CREATE INDEX quality_issues_rule ON quality_issues(rule, entity_id);

CREATE TABLE quality_snapshots (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    guide_version INTEGER,
    records      INTEGER NOT NULL DEFAULT 0,
    overall      REAL NOT NULL,
    completeness REAL NOT NULL,
    validity     REAL NOT NULL,
    consistency  REAL NOT NULL,
    uniqueness   REAL NOT NULL,
    freshness    REAL NOT NULL,
    details      TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE not_duplicates (
    entity  TEXT NOT NULL,
    a_id    INTEGER NOT NULL,
    b_id    INTEGER NOT NULL,
    decided_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    PRIMARY KEY (entity, a_id, b_id),
    CHECK (a_id < b_id)
) WITHOUT ROWID;

CREATE TABLE merges (
    id             INTEGER PRIMARY KEY,
    entity         TEXT NOT NULL,
    survivor_id    INTEGER NOT NULL,
    merged_ids     TEXT NOT NULL,
    change_batch_id INTEGER REFERENCES change_batches(id),
    at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    undone_at      TEXT NOT NULL DEFAULT ''
);

-- Derived columns on contacts, kept in SQL so every writer (the app, an import, a
-- hand-edited file) leaves them right.
CREATE TRIGGER contacts_company_name_ins AFTER INSERT ON contacts WHEN NEW.company_id IS NOT NULL
BEGIN
    UPDATE contacts SET company_name = (SELECT name FROM companies WHERE id = NEW.company_id) WHERE id = NEW.id;
END;
CREATE TRIGGER contacts_company_name_upd AFTER UPDATE OF company_id ON contacts
BEGIN
    UPDATE contacts SET company_name = coalesce((SELECT name FROM companies WHERE id = NEW.company_id), '') WHERE id = NEW.id;
END;
CREATE TRIGGER companies_name_to_contacts AFTER UPDATE OF name ON companies
BEGIN
    UPDATE contacts SET company_name = NEW.name WHERE company_id = NEW.id;
END;

CREATE TRIGGER contact_emails_primary_ins AFTER INSERT ON contact_emails
BEGIN
    UPDATE contacts SET primary_email = coalesce((SELECT address FROM contact_emails WHERE contact_id = NEW.contact_id ORDER BY is_primary DESC, position, id LIMIT 1), '') WHERE id = NEW.contact_id;
END;
CREATE TRIGGER contact_emails_primary_upd AFTER UPDATE ON contact_emails
BEGIN
    UPDATE contacts SET primary_email = coalesce((SELECT address FROM contact_emails WHERE contact_id = NEW.contact_id ORDER BY is_primary DESC, position, id LIMIT 1), '') WHERE id = NEW.contact_id;
    UPDATE contacts SET primary_email = coalesce((SELECT address FROM contact_emails WHERE contact_id = OLD.contact_id ORDER BY is_primary DESC, position, id LIMIT 1), '') WHERE id = OLD.contact_id AND OLD.contact_id <> NEW.contact_id;
END;
CREATE TRIGGER contact_emails_primary_del AFTER DELETE ON contact_emails
BEGIN
    UPDATE contacts SET primary_email = coalesce((SELECT address FROM contact_emails WHERE contact_id = OLD.contact_id ORDER BY is_primary DESC, position, id LIMIT 1), '') WHERE id = OLD.contact_id;
END;

CREATE TRIGGER contact_phones_primary_ins AFTER INSERT ON contact_phones
BEGIN
    UPDATE contacts SET primary_phone = coalesce((SELECT number FROM contact_phones WHERE contact_id = NEW.contact_id ORDER BY is_primary DESC, position, id LIMIT 1), '') WHERE id = NEW.contact_id;
END;
CREATE TRIGGER contact_phones_primary_upd AFTER UPDATE ON contact_phones
BEGIN
    UPDATE contacts SET primary_phone = coalesce((SELECT number FROM contact_phones WHERE contact_id = NEW.contact_id ORDER BY is_primary DESC, position, id LIMIT 1), '') WHERE id = NEW.contact_id;
    UPDATE contacts SET primary_phone = coalesce((SELECT number FROM contact_phones WHERE contact_id = OLD.contact_id ORDER BY is_primary DESC, position, id LIMIT 1), '') WHERE id = OLD.contact_id AND OLD.contact_id <> NEW.contact_id;
END;
CREATE TRIGGER contact_phones_primary_del AFTER DELETE ON contact_phones
BEGIN
    UPDATE contacts SET primary_phone = coalesce((SELECT number FROM contact_phones WHERE contact_id = OLD.contact_id ORDER BY is_primary DESC, position, id LIMIT 1), '') WHERE id = OLD.contact_id;
END;

-- Full-text search over what people type into the search box. It keeps its own copy of
-- the text because a contact's document spans several tables. The one-letter prefix index
-- serves the first keystroke: without it "m"* merges every term starting with m (~0.4 s
-- at a million contacts instead of ~30 ms), for about 5% more file.
CREATE VIRTUAL TABLE contacts_fts USING fts5(name, email, phone, company, notes,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
CREATE VIRTUAL TABLE companies_fts USING fts5(name, details,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
