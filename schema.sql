-- claimtrail database schema: migration 1.
--
-- This file is embedded in the binary and applied once, tracked with PRAGMA user_version.
-- It is never edited after release; later changes are appended as new migrations
-- (src/store/migrations/NNNN-*.sql).

-- An article is a URL (or, without one, the path it was recorded from).
CREATE TABLE article (
    id          INTEGER PRIMARY KEY,
    url         TEXT NOT NULL UNIQUE,
    outlet      TEXT,
    first_seen  TEXT NOT NULL                      -- RFC 3339, UTC
);

-- Every distinct content of an article is a version; versions form a hash chain.
CREATE TABLE version (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES article(id),
    seq          INTEGER NOT NULL,                 -- 1, 2, 3 ... per article
    sha256       TEXT NOT NULL,                    -- of the exact input bytes
    text_sha256  TEXT NOT NULL,                    -- of `text`
    prev_chain   TEXT,                             -- `chain` of version seq-1, NULL for seq 1
    chain        TEXT NOT NULL,                    -- sha256 of prev_chain, seq, sha256, text_sha256
    recorded_at  TEXT NOT NULL,                    -- RFC 3339, UTC
    published_at TEXT,                             -- as given: 2024-07, 2024-07-03, or a timestamp
    title        TEXT,
    lang         TEXT NOT NULL,
    format       TEXT NOT NULL CHECK (format IN ('text', 'html')),
    encoding     TEXT NOT NULL,
    source_path  TEXT,
    size         INTEGER NOT NULL,                 -- input bytes
    raw          BLOB,                             -- the input bytes, when they differ from `text`
    text         TEXT NOT NULL,                    -- what spans point into
    UNIQUE (article_id, seq)
);

-- People, institutions and agencies.
CREATE TABLE entity (
    id    INTEGER PRIMARY KEY,
    kind  TEXT NOT NULL CHECK (kind IN ('person', 'institution', 'agency', 'outlet')),
    name  TEXT NOT NULL,
    code  TEXT,                                    -- agencies: dpa, afp, reuters ...
    UNIQUE (kind, name)
);

CREATE TABLE alias (
    entity_id  INTEGER NOT NULL REFERENCES entity(id),
    alias      TEXT NOT NULL,
    UNIQUE (entity_id, alias)
);

-- A claim is a canonical wording, shared by every article and version it appears in.
CREATE TABLE claim (
    id              INTEGER PRIMARY KEY,
    fingerprint     TEXT NOT NULL UNIQUE,          -- sha256 of canonical_text
    canonical_text  TEXT NOT NULL
);

-- One appearance of a claim in one version.
CREATE TABLE occurrence (
    id                INTEGER PRIMARY KEY,
    claim_id          INTEGER NOT NULL REFERENCES claim(id),
    version_id        INTEGER NOT NULL REFERENCES version(id),
    kind              TEXT NOT NULL CHECK (kind IN ('quote', 'reported', 'statement')),
    exact_text        TEXT NOT NULL,
    exact_sha256      TEXT NOT NULL,               -- sha256 of NFC(exact_text)
    start             INTEGER NOT NULL,            -- byte span into version.text
    end               INTEGER NOT NULL,
    paragraph         INTEGER NOT NULL,
    sentence          INTEGER NOT NULL,
    speaker_id        INTEGER REFERENCES entity(id),
    speaker_role      TEXT,
    speaker_start     INTEGER,
    speaker_end       INTEGER,
    speaker_inferred  INTEGER NOT NULL DEFAULT 0,
    cue               TEXT,
    cue_spans         TEXT,                        -- JSON [[start, end], ...]
    attribution       TEXT NOT NULL CHECK (attribution IN ('named', 'vague', 'anonymous', 'none')),
    source_text       TEXT,                        -- wording of a vague or anonymous source
    check_worthy      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX occurrence_claim ON occurrence(claim_id);
CREATE INDEX occurrence_version ON occurrence(version_id);
CREATE INDEX occurrence_speaker ON occurrence(speaker_id);

CREATE TABLE occurrence_agency (
    occurrence_id  INTEGER NOT NULL REFERENCES occurrence(id),
    agency_id      INTEGER NOT NULL REFERENCES entity(id),
    PRIMARY KEY (occurrence_id, agency_id)
);

CREATE TABLE version_agency (
    version_id  INTEGER NOT NULL REFERENCES version(id),
    agency_id   INTEGER NOT NULL REFERENCES entity(id),
    PRIMARY KEY (version_id, agency_id)
);

-- Boilerplate and structure marked in a version's text.
CREATE TABLE mark (
    version_id  INTEGER NOT NULL REFERENCES version(id),
    class       TEXT NOT NULL CHECK (class IN ('boilerplate', 'structure')),
    reason      TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL
);
CREATE INDEX mark_version ON mark(version_id);
