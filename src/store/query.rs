//! Reading claims back: listings with filters, and one claim traced through every version.

use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

use super::{Store, StoreError};

/// Filters for [`Store::claims`]; `None` matches everything.
#[derive(Clone, Debug, Default)]
pub struct ClaimFilter {
    /// Only this article.
    pub url: Option<String>,
    /// Only this kind (`quote`, `reported`, `statement`).
    pub kind: Option<String>,
    /// Speaker name contains this (case-insensitive for ASCII letters).
    pub speaker: Option<String>,
    /// Relayed through this agency code.
    pub agency: Option<String>,
    /// Every version, not only the latest of each article.
    pub all_versions: bool,
    /// Only claims whose latest verdict has this status.
    pub status: Option<String>,
}

/// One occurrence of a claim, as listed.
#[derive(Clone, Debug, Serialize)]
pub struct ClaimRow {
    /// Claim fingerprint.
    pub fingerprint: String,
    /// quote, reported, statement.
    pub kind: String,
    /// Text as it appears in this version.
    pub text: String,
    /// Speaker's canonical name.
    pub speaker: Option<String>,
    /// Speaker's role in this article.
    pub role: Option<String>,
    /// The speaker was carried over from context.
    pub inferred: bool,
    /// Cue words.
    pub cue: Option<String>,
    /// Agency codes the claim was relayed through.
    pub agencies: Vec<String>,
    /// named, vague, anonymous, none.
    pub attribution: String,
    /// Wording of a vague or anonymous source.
    pub source: Option<String>,
    /// Carries a number, date or amount.
    pub check_worthy: bool,
    /// Article URL (or path).
    pub url: String,
    /// Version number.
    pub seq: i64,
    /// SHA-256 of that version's input.
    pub version_sha256: String,
    /// When that version was recorded.
    pub recorded_at: String,
    /// Publication date of that version.
    pub published: Option<String>,
    /// Paragraph number.
    pub paragraph: i64,
    /// Byte span into the version text.
    pub span: [i64; 2],
    /// SHA-256 of the NFC text.
    pub exact_sha256: String,
    /// Outlet codes the claim was relayed through.
    pub outlets: Vec<String>,
    /// The quote goes on in the next quote occurrence of the version (left out when false).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub continues: bool,
    /// Row id of the occurrence.
    #[serde(skip)]
    pub occurrence_id: i64,
    /// Row id of the version.
    #[serde(skip)]
    pub version_id: i64,
}

impl ClaimRow {
    /// The claim kind (a stored kind the code does not know reads as a statement).
    pub fn claim_kind(&self) -> crate::extract::ClaimKind {
        crate::extract::ClaimKind::parse(&self.kind).unwrap_or(crate::extract::ClaimKind::Statement)
    }

    /// The byte span as a [`Span`](crate::document::Span).
    pub fn byte_span(&self) -> crate::document::Span {
        crate::document::Span::new(self.span[0].max(0) as usize, self.span[1].max(0) as usize)
    }

    /// The paragraph number.
    pub fn paragraph_number(&self) -> usize {
        self.paragraph.max(0) as usize
    }
}

/// A claim with all its occurrences.
#[derive(Clone, Debug, Serialize)]
pub struct ClaimDetail {
    /// Fingerprint.
    pub fingerprint: String,
    /// Canonical text.
    pub canonical_text: String,
    /// Every occurrence, first seen first.
    pub occurrences: Vec<ClaimRow>,
    /// Every verdict, oldest first.
    pub verdicts: Vec<super::Verdict>,
}

/// Result of looking up a fingerprint prefix.
#[derive(Clone, Debug)]
pub enum ShowResult {
    /// No claim has that prefix.
    NotFound,
    /// Several do: `(fingerprint, canonical text)`.
    Ambiguous(Vec<(String, String)>),
    /// Exactly one.
    Found(ClaimDetail),
}

pub(super) const ROW_SELECT: &str = "
SELECT c.fingerprint, o.kind, o.exact_text, e.name, o.speaker_role, o.speaker_inferred, o.cue,
       (SELECT group_concat(ag.code, ',') FROM occurrence_agency oa JOIN entity ag ON ag.id = oa.agency_id
         WHERE oa.occurrence_id = o.id),
       o.attribution, o.source_text, o.check_worthy, a.url, v.seq, v.sha256, v.recorded_at,
       v.published_at, o.paragraph, o.start, o.end, o.exact_sha256, o.outlets, o.id, v.id,
       o.continues
FROM occurrence o
JOIN claim c ON c.id = o.claim_id
JOIN version v ON v.id = o.version_id
JOIN article a ON a.id = v.article_id
LEFT JOIN entity e ON e.id = o.speaker_id";

pub(super) fn row(r: &Row<'_>) -> rusqlite::Result<ClaimRow> {
    let agencies: Option<String> = r.get(7)?;
    let mut agencies: Vec<String> = agencies.map(|a| a.split(',').map(str::to_owned).collect()).unwrap_or_default();
    agencies.sort();
    Ok(ClaimRow {
        fingerprint: r.get(0)?,
        kind: r.get(1)?,
        text: r.get(2)?,
        speaker: r.get(3)?,
        role: r.get(4)?,
        inferred: r.get(5)?,
        cue: r.get(6)?,
        agencies,
        attribution: r.get(8)?,
        source: r.get(9)?,
        check_worthy: r.get(10)?,
        url: r.get(11)?,
        seq: r.get(12)?,
        version_sha256: r.get(13)?,
        recorded_at: r.get(14)?,
        published: r.get(15)?,
        paragraph: r.get(16)?,
        span: [r.get(17)?, r.get(18)?],
        exact_sha256: r.get(19)?,
        outlets: r.get::<_, Option<String>>(20)?.map(|o| o.split(',').map(str::to_owned).collect()).unwrap_or_default(),
        occurrence_id: r.get(21)?,
        version_id: r.get(22)?,
        continues: r.get(23)?,
    })
}

fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

impl Store {
    /// Claims matching `f`, by article, version and position.
    pub fn claims(&self, f: &ClaimFilter) -> Result<Vec<ClaimRow>, StoreError> {
        let sql = format!(
            "{ROW_SELECT}
WHERE (?1 IS NULL OR a.url = ?1)
  AND (?2 IS NULL OR o.kind = ?2)
  AND (?3 IS NULL OR e.name LIKE '%' || ?3 || '%' ESCAPE '\\')
  AND (?4 IS NULL OR EXISTS (SELECT 1 FROM occurrence_agency oa JOIN entity ag ON ag.id = oa.agency_id
                             WHERE oa.occurrence_id = o.id AND ag.code = ?4))
  AND (?5 OR v.seq = (SELECT MAX(v2.seq) FROM version v2 WHERE v2.article_id = a.id))
  AND (?6 IS NULL OR (SELECT d.status FROM verdict d WHERE d.claim_id = c.id
                      ORDER BY d.recorded_at DESC, d.id DESC LIMIT 1) = ?6)
ORDER BY a.id, v.seq, o.start, o.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            params![
                f.url,
                f.kind,
                f.speaker.as_deref().map(like_escape),
                f.agency.as_deref().map(str::to_lowercase),
                f.all_versions,
                f.status
            ],
            row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Look up a claim by fingerprint prefix and trace it through every article and version.
    pub fn show(&self, prefix: &str) -> Result<ShowResult, StoreError> {
        let prefix = prefix.to_ascii_lowercase();
        let mut stmt = self.conn.prepare_cached(
            "SELECT fingerprint, canonical_text FROM claim WHERE fingerprint >= ?1 AND fingerprint < ?1 || 'g' ORDER BY fingerprint LIMIT 21",
        )?;
        let candidates: Vec<(String, String)> =
            stmt.query_map([&prefix], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
        match candidates.len() {
            0 => Ok(ShowResult::NotFound),
            1 => {
                let (fingerprint, canonical_text) = candidates.into_iter().next().unwrap_or_default();
                let occurrences = self.occurrences(&fingerprint)?;
                let verdicts = self.verdicts(&fingerprint)?;
                Ok(ShowResult::Found(ClaimDetail { fingerprint, canonical_text, occurrences, verdicts }))
            }
            _ => Ok(ShowResult::Ambiguous(candidates)),
        }
    }

    /// Number of articles, versions and claims.
    pub fn counts(&self) -> Result<(i64, i64, i64), StoreError> {
        Ok(self.conn.query_row(
            "SELECT (SELECT COUNT(*) FROM article), (SELECT COUNT(*) FROM version), (SELECT COUNT(*) FROM claim)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?)
    }
}

/// One stored version, as `history` lists it.
#[derive(Clone, Debug, Serialize)]
pub struct VersionInfo {
    /// Article URL.
    pub url: String,
    /// Sequence number.
    pub seq: i64,
    /// When it was recorded.
    pub recorded_at: String,
    /// Publication date as given.
    pub published: Option<String>,
    /// SHA-256 of the input.
    pub sha256: String,
    /// Input size in bytes.
    pub size: i64,
    /// Number of claims.
    pub claims: i64,
    /// Headline.
    pub title: Option<String>,
}

impl Store {
    /// Every version of an article, oldest first; empty if the URL is unknown.
    pub fn versions(&self, url: &str) -> Result<Vec<VersionInfo>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.url, v.seq, v.recorded_at, v.published_at, v.sha256, v.size,
                    (SELECT COUNT(*) FROM occurrence o WHERE o.version_id = v.id), v.title
             FROM version v JOIN article a ON a.id = v.article_id
             WHERE a.url = ?1 ORDER BY v.seq",
        )?;
        let rows = stmt.query_map([url], |r| {
            Ok(VersionInfo {
                url: r.get(0)?,
                seq: r.get(1)?,
                recorded_at: r.get(2)?,
                published: r.get(3)?,
                sha256: r.get(4)?,
                size: r.get(5)?,
                claims: r.get(6)?,
                title: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The text and claims of one version.
    pub fn version_claims(&self, url: &str, seq: i64) -> Result<Option<(String, Vec<ClaimRow>)>, StoreError> {
        let text: Option<String> = self
            .conn
            .prepare_cached(
                "SELECT v.text FROM version v JOIN article a ON a.id = v.article_id WHERE a.url = ?1 AND v.seq = ?2",
            )?
            .query_row(params![url, seq], |r| r.get(0))
            .optional()?;
        let Some(text) = text else { return Ok(None) };
        let sql = format!("{ROW_SELECT} WHERE a.url = ?1 AND v.seq = ?2 ORDER BY o.start, o.id");
        let rows = self.conn.prepare_cached(&sql)?.query_map(params![url, seq], row)?.collect::<Result<_, _>>()?;
        Ok(Some((text, rows)))
    }
}
