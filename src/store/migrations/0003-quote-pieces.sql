-- Migration 3: a quote over several paragraphs is stored as one occurrence per paragraph; each
-- piece but the last goes on in the next one.

ALTER TABLE occurrence ADD COLUMN continues INTEGER NOT NULL DEFAULT 0;  -- 1 = goes on in the next quote occurrence
