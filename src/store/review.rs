//! Fact-checking data: latest versions to check, other articles' attributions, primary
//! sources, verdicts.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::query::{row, ClaimRow, ROW_SELECT};
use super::{Store, StoreError};
use crate::check::conflicts::Attributed;
use crate::lexicon::agencies::find_agencies;

/// The verdict statuses, in order of how they rate the claim (worst first).
pub const STATUSES: &[&str] = &["false", "misattributed", "misleading", "disputed", "unverified", "verified"];

/// A version to check.
#[derive(Clone, Debug)]
pub struct VersionRef {
    /// Row id.
    pub id: i64,
    /// Article URL.
    pub url: String,
    /// Sequence number.
    pub seq: i64,
    /// Publication date.
    pub published: Option<String>,
}

/// One recorded verdict.
#[derive(Clone, Debug, Serialize)]
pub struct Verdict {
    /// Status.
    pub status: String,
    /// The fact-checker's note.
    pub note: Option<String>,
    /// Where the evidence is.
    pub evidence_url: Option<String>,
    /// When it was recorded.
    pub recorded_at: String,
}

impl Store {
    /// The latest version of every article, or of one.
    pub fn latest_versions(&self, url: Option<&str>) -> Result<Vec<VersionRef>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT v.id, a.url, v.seq, v.published_at FROM version v JOIN article a ON a.id = v.article_id
             WHERE v.seq = (SELECT MAX(v2.seq) FROM version v2 WHERE v2.article_id = a.id) AND (?1 IS NULL OR a.url = ?1)
             ORDER BY a.id",
        )?;
        let rows = stmt.query_map([url], |r| {
            Ok(VersionRef { id: r.get(0)?, url: r.get(1)?, seq: r.get(2)?, published: r.get(3)? })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The claims of a version, in text order.
    pub fn claims_of_version(&self, version_id: i64) -> Result<Vec<ClaimRow>, StoreError> {
        let sql = format!("{ROW_SELECT} WHERE v.id = ?1 ORDER BY o.start, o.id");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([version_id], row)?.collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// Agencies credited for a version as a whole, read from its dateline, byline and source
    /// lines as marked when it was recorded.
    pub fn credited_agencies(&self, version_id: i64) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT substr(CAST(v.text AS BLOB), m.start + 1, m.end - m.start) FROM mark m JOIN version v ON v.id = m.version_id
             WHERE m.version_id = ?1 AND m.reason IN ('byline', 'source-credit', 'dateline')",
        )?;
        let mut out: Vec<String> = Vec::new();
        for bytes in stmt.query_map([version_id], |r| r.get::<_, Vec<u8>>(0))? {
            let text = String::from_utf8_lossy(&bytes?).into_owned();
            for m in find_agencies(&text) {
                if !out.iter().any(|c| c == m.code) {
                    out.push(m.code.to_owned());
                }
            }
        }
        Ok(out)
    }

    /// Every quote with a speaker in the latest version of every article.
    pub fn quote_attributions(&self) -> Result<Vec<Attributed>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.fingerprint, o.exact_text, e.name, a.url, v.published_at, v.recorded_at
             FROM occurrence o JOIN claim c ON c.id = o.claim_id JOIN version v ON v.id = o.version_id
             JOIN article a ON a.id = v.article_id JOIN entity e ON e.id = o.speaker_id
             WHERE o.kind = 'quote' AND v.seq = (SELECT MAX(v2.seq) FROM version v2 WHERE v2.article_id = a.id)",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Attributed {
                fingerprint: r.get(0)?,
                text: r.get(1)?,
                speaker: r.get(2)?,
                url: r.get(3)?,
                published: r.get(4)?,
                recorded_at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Keep a primary source; returns whether it was new.
    pub fn add_source(&mut self, label: &str, sha256: &str, text: &str, recorded_at: &str) -> Result<bool, StoreError> {
        let n = self
            .conn
            .prepare_cached("INSERT INTO source_document (sha256, label, text, recorded_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT(sha256) DO NOTHING")?
            .execute(params![sha256, label, text, recorded_at])?;
        Ok(n > 0)
    }

    /// Record a verdict on the claim with this exact fingerprint.
    pub fn add_verdict(
        &mut self,
        fingerprint: &str,
        status: &str,
        note: Option<&str>,
        evidence_url: Option<&str>,
        recorded_at: &str,
    ) -> Result<(), StoreError> {
        let claim_id: i64 = self
            .conn
            .prepare_cached("SELECT id FROM claim WHERE fingerprint = ?1")?
            .query_row([fingerprint], |r| r.get(0))?;
        self.conn
            .prepare_cached(
                "INSERT INTO verdict (claim_id, status, note, evidence_url, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![claim_id, status, note, evidence_url, recorded_at])?;
        Ok(())
    }

    /// Every verdict on a claim, oldest first.
    pub fn verdicts(&self, fingerprint: &str) -> Result<Vec<Verdict>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.status, d.note, d.evidence_url, d.recorded_at FROM verdict d JOIN claim c ON c.id = d.claim_id
             WHERE c.fingerprint = ?1 ORDER BY d.recorded_at, d.id",
        )?;
        let rows = stmt.query_map([fingerprint], |r| {
            Ok(Verdict { status: r.get(0)?, note: r.get(1)?, evidence_url: r.get(2)?, recorded_at: r.get(3)? })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Fingerprints of every claim with a verdict, with its latest verdict.
    pub fn reviewed(&self) -> Result<Vec<(String, String, Verdict)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.fingerprint, c.canonical_text, d.status, d.note, d.evidence_url, d.recorded_at
             FROM verdict d JOIN claim c ON c.id = d.claim_id
             WHERE d.id = (SELECT d2.id FROM verdict d2 WHERE d2.claim_id = d.claim_id ORDER BY d2.recorded_at DESC, d2.id DESC LIMIT 1)
             ORDER BY d.recorded_at, d.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                Verdict { status: r.get(2)?, note: r.get(3)?, evidence_url: r.get(4)?, recorded_at: r.get(5)? },
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every occurrence of a claim, first seen first.
    pub fn occurrences(&self, fingerprint: &str) -> Result<Vec<ClaimRow>, StoreError> {
        let sql = format!("{ROW_SELECT} WHERE c.fingerprint = ?1 ORDER BY v.recorded_at, v.id, o.start");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([fingerprint], row)?.collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// Every claim's fingerprint and canonical text, in order of first appearance.
    pub fn all_claims(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self.conn.prepare_cached("SELECT fingerprint, canonical_text FROM claim ORDER BY id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The latest verdict status of a claim, if any.
    pub fn latest_status(&self, fingerprint: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT d.status FROM verdict d JOIN claim c ON c.id = d.claim_id WHERE c.fingerprint = ?1
                 ORDER BY d.recorded_at DESC, d.id DESC LIMIT 1",
            )?
            .query_row([fingerprint], |r| r.get(0))
            .optional()?)
    }
}
