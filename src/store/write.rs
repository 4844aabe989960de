//! Recording a version: one transaction, prepared statements cached across claims.

use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};

use super::{Store, StoreError};
use crate::article::Article;
use crate::document::Format;
use crate::extract::Claim;
use crate::fingerprint::{canonical, sha256_hex};
use crate::lexicon::agencies::AGENCIES;

/// What to record.
pub struct RecordRequest<'a> {
    /// The analysed article.
    pub article: &'a Article,
    /// Its identity: URL or path.
    pub url: &'a str,
    /// Outlet name, if known.
    pub outlet: Option<&'a str>,
    /// File it was read from.
    pub source_path: Option<&'a str>,
    /// Publication date, overriding what the article says.
    pub published: Option<&'a str>,
    /// Time of recording, RFC 3339.
    pub recorded_at: &'a str,
}

/// What recording did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordOutcome {
    /// The latest version has the same bytes; nothing was written.
    Unchanged {
        /// Its sequence number.
        seq: i64,
    },
    /// A new version was written.
    Recorded {
        /// Its sequence number (1 for a new article).
        seq: i64,
        /// Claims in it.
        claims: usize,
        /// Claims never seen before in any article.
        new_claims: usize,
    },
}

/// The chain hash of a version: binds it to its predecessor, so that rewriting or deleting an
/// earlier version breaks every later link.
pub fn chain_hash(prev_chain: Option<&str>, seq: i64, sha256: &str, text_sha256: &str) -> String {
    sha256_hex(format!("{}\n{seq}\n{sha256}\n{text_sha256}", prev_chain.unwrap_or("")).as_bytes())
}

impl Store {
    /// Record a version of an article in one transaction.
    pub fn record(&mut self, req: &RecordRequest<'_>) -> Result<RecordOutcome, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let outcome = record_in(&tx, req)?;
        tx.commit()?;
        Ok(outcome)
    }
}

fn record_in(tx: &Transaction<'_>, req: &RecordRequest<'_>) -> Result<RecordOutcome, StoreError> {
    let a = req.article;
    tx.prepare_cached("INSERT INTO article (url, outlet, first_seen) VALUES (?1, ?2, ?3) ON CONFLICT(url) DO UPDATE SET outlet = COALESCE(article.outlet, excluded.outlet)")?
        .execute(params![req.url, req.outlet, req.recorded_at])?;
    let article_id: i64 =
        tx.prepare_cached("SELECT id FROM article WHERE url = ?1")?.query_row([req.url], |r| r.get(0))?;
    let latest: Option<(i64, String, String)> = tx
        .prepare_cached("SELECT seq, sha256, chain FROM version WHERE article_id = ?1 ORDER BY seq DESC LIMIT 1")?
        .query_row([article_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    if let Some((seq, sha, _)) = &latest {
        if *sha == a.sha256 {
            return Ok(RecordOutcome::Unchanged { seq: *seq });
        }
    }
    let seq = latest.as_ref().map_or(1, |l| l.0 + 1);
    let prev_chain = latest.as_ref().map(|l| l.2.as_str());
    let text_sha256 = sha256_hex(a.doc.text.as_bytes());
    let chain = chain_hash(prev_chain, seq, &a.sha256, &text_sha256);
    // Keep the input bytes only when the text is not them (HTML, other encodings, a BOM).
    let raw: Option<&[u8]> = a.raw.as_deref();
    let published = req.published.or(a.doc.meta.published.as_deref());
    tx.prepare_cached(
        "INSERT INTO version (article_id, seq, sha256, text_sha256, prev_chain, chain, recorded_at, published_at, title, lang, format, encoding, source_path, size, raw, text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?
    .execute(params![
        article_id,
        seq,
        a.sha256,
        text_sha256,
        prev_chain,
        chain,
        req.recorded_at,
        published,
        a.doc.meta.title,
        a.doc.lang.code(),
        match a.doc.format {
            Format::Text => "text",
            Format::Html => "html",
        },
        a.doc.encoding.label(),
        req.source_path,
        a.size as i64,
        raw,
        a.doc.text,
    ])?;
    let version_id = tx.last_insert_rowid();
    for code in &a.extraction.agencies {
        let agency = agency_id(tx, code)?;
        tx.prepare_cached("INSERT OR IGNORE INTO version_agency (version_id, agency_id) VALUES (?1, ?2)")?
            .execute(params![version_id, agency])?;
    }
    for (class, marks) in [("boilerplate", &a.doc.boilerplate), ("structure", &a.doc.structure)] {
        for m in marks {
            tx.prepare_cached("INSERT INTO mark (version_id, class, reason, start, end) VALUES (?1, ?2, ?3, ?4, ?5)")?
                .execute(params![version_id, class, m.reason, m.span.start as i64, m.span.end as i64])?;
        }
    }
    let mut new_claims = 0;
    for c in &a.extraction.claims {
        new_claims += usize::from(insert_occurrence(tx, version_id, c)?);
    }
    Ok(RecordOutcome::Recorded { seq, claims: a.extraction.claims.len(), new_claims })
}

/// Insert one occurrence; returns whether its claim is new.
fn insert_occurrence(tx: &Transaction<'_>, version_id: i64, c: &Claim) -> Result<bool, StoreError> {
    let inserted = tx
        .prepare_cached(
            "INSERT INTO claim (fingerprint, canonical_text) VALUES (?1, ?2) ON CONFLICT(fingerprint) DO NOTHING",
        )?
        .execute(params![c.fingerprint, canonical(&c.text)])?;
    let claim_id: i64 =
        tx.prepare_cached("SELECT id FROM claim WHERE fingerprint = ?1")?.query_row([&c.fingerprint], |r| r.get(0))?;
    let speaker_id = match &c.speaker {
        Some(s) => Some(entity_id(tx, s.kind.as_str(), &s.name, None)?),
        None => None,
    };
    let cue_spans = c
        .cue
        .as_ref()
        .map(|cue| serde_json::to_string(&cue.spans))
        .transpose()
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let outlets = (!c.outlets.is_empty()).then(|| c.outlets.join(","));
    tx.prepare_cached(
        "INSERT INTO occurrence (claim_id, version_id, kind, exact_text, exact_sha256, start, end, paragraph, sentence, speaker_id, speaker_role, speaker_start, speaker_end, speaker_inferred, cue, cue_spans, attribution, source_text, check_worthy, outlets, continues)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
    )?
    .execute(params![
        claim_id,
        version_id,
        c.kind.as_str(),
        c.text,
        c.exact_sha256,
        c.span.start as i64,
        c.span.end as i64,
        c.paragraph as i64,
        c.sentence as i64,
        speaker_id,
        c.speaker.as_ref().and_then(|s| s.role.as_deref()),
        c.speaker.as_ref().map(|s| s.span.start as i64),
        c.speaker.as_ref().map(|s| s.span.end as i64),
        c.speaker.as_ref().is_some_and(|s| s.inferred),
        c.cue.as_ref().map(|cue| cue.text.as_str()),
        cue_spans,
        c.attribution.as_str(),
        c.source.as_ref().map(|s| s.text.as_str()),
        c.check_worthy,
        outlets,
        c.continues,
    ])?;
    let occurrence_id = tx.last_insert_rowid();
    for code in &c.agencies {
        let agency = agency_id(tx, code)?;
        tx.prepare_cached("INSERT OR IGNORE INTO occurrence_agency (occurrence_id, agency_id) VALUES (?1, ?2)")?
            .execute(params![occurrence_id, agency])?;
    }
    Ok(inserted > 0)
}

fn agency_id(tx: &Transaction<'_>, code: &str) -> Result<i64, StoreError> {
    let name = AGENCIES.iter().find(|a| a.code == code).map_or(code, |a| a.name);
    entity_id(tx, "agency", name, Some(code))
}

fn entity_id(tx: &Transaction<'_>, kind: &str, name: &str, code: Option<&str>) -> Result<i64, StoreError> {
    tx.prepare_cached("INSERT INTO entity (kind, name, code) VALUES (?1, ?2, ?3) ON CONFLICT(kind, name) DO NOTHING")?
        .execute(params![kind, name, code])?;
    Ok(tx
        .prepare_cached("SELECT id FROM entity WHERE kind = ?1 AND name = ?2")?
        .query_row(params![kind, name], |r| r.get(0))?)
}
