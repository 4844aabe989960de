//! Re-verifying everything stored: SQLite's own integrity check, every version's hashes and
//! chain link, every occurrence's span and hashes.

use rusqlite::params;
use serde::Serialize;

use super::write::chain_hash;
use super::{Store, StoreError};
use crate::fingerprint::{canonical, exact_hash, fingerprint, sha256_hex};

/// Something that no longer matches.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Problem {
    /// Article URL, where known.
    pub url: Option<String>,
    /// Version number, where known.
    pub seq: Option<i64>,
    /// What does not match.
    pub problem: String,
}

/// The outcome of [`Store::verify`].
#[derive(Clone, Debug, Serialize)]
pub struct VerifyReport {
    /// Articles checked.
    pub articles: i64,
    /// Versions checked.
    pub versions: i64,
    /// Occurrences checked.
    pub occurrences: i64,
    /// Claims checked.
    pub claims: i64,
    /// Everything that does not match; empty for a clean database.
    pub problems: Vec<Problem>,
}

struct VersionRow {
    id: i64,
    url: String,
    seq: i64,
    sha256: String,
    text_sha256: String,
    prev_chain: Option<String>,
    chain: String,
    raw: Option<Vec<u8>>,
    text: String,
}

impl Store {
    /// Recompute every hash and chain link; report what no longer matches.
    pub fn verify(&self) -> Result<VerifyReport, StoreError> {
        let mut problems = Vec::new();
        let problem = |url: Option<&str>, seq: Option<i64>, what: String| Problem {
            url: url.map(str::to_owned),
            seq,
            problem: what,
        };

        let integrity: Vec<String> =
            self.conn.prepare("PRAGMA integrity_check")?.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        if integrity != ["ok"] {
            for line in integrity {
                problems.push(problem(None, None, format!("SQLite integrity check: {line}")));
            }
        }
        let fk: Vec<(String, i64, String)> = self
            .conn
            .prepare("PRAGMA foreign_key_check")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        for (table, rowid, parent) in fk {
            problems.push(problem(None, None, format!("{table} row {rowid} points to a {parent} row that is gone")));
        }

        let mut versions = self.conn.prepare(
            "SELECT v.id, a.url, v.seq, v.sha256, v.text_sha256, v.prev_chain, v.chain, v.raw, v.text
             FROM version v JOIN article a ON a.id = v.article_id ORDER BY a.id, v.seq",
        )?;
        let rows = versions.query_map([], |r| {
            Ok(VersionRow {
                id: r.get(0)?,
                url: r.get(1)?,
                seq: r.get(2)?,
                sha256: r.get(3)?,
                text_sha256: r.get(4)?,
                prev_chain: r.get(5)?,
                chain: r.get(6)?,
                raw: r.get(7)?,
                text: r.get(8)?,
            })
        })?;
        let mut prev: Option<(String, i64, String)> = None; // url, seq, chain
        let (mut n_versions, mut n_occurrences) = (0i64, 0i64);
        for v in rows {
            let v = v?;
            n_versions += 1;
            let at = |what: String| problem(Some(&v.url), Some(v.seq), what);
            let text_hash = sha256_hex(v.text.as_bytes());
            if text_hash != v.text_sha256 {
                problems
                    .push(at(format!("text changed: its SHA-256 is {text_hash}, the version says {}", v.text_sha256)));
            }
            let input_hash = v.raw.as_deref().map_or_else(|| text_hash.clone(), sha256_hex);
            if input_hash != v.sha256 {
                problems.push(at(format!("input hash does not match: recomputed {input_hash}, stored {}", v.sha256)));
            }
            let expected_prev = match &prev {
                Some((url, seq, chain)) if *url == v.url => {
                    if v.seq != seq + 1 {
                        problems.push(at(format!("version(s) missing: the sequence jumps from v{seq} to v{}", v.seq)));
                    }
                    Some(chain.clone())
                }
                _ => {
                    if v.seq != 1 {
                        problems.push(at(format!("version(s) missing: the first stored version is v{}", v.seq)));
                    }
                    None
                }
            };
            if v.prev_chain != expected_prev {
                problems.push(at("chain broken: prev_chain does not match the previous version's chain".to_owned()));
            }
            let recomputed = chain_hash(v.prev_chain.as_deref(), v.seq, &v.sha256, &v.text_sha256);
            if recomputed != v.chain {
                problems.push(at(format!("chain hash does not match: recomputed {recomputed}, stored {}", v.chain)));
            }
            n_occurrences += self.verify_occurrences(&v, &mut problems)?;
            prev = Some((v.url, v.seq, v.chain));
        }

        let mut claims = self.conn.prepare("SELECT fingerprint, canonical_text FROM claim")?;
        let mut n_claims = 0i64;
        for row in claims.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
            let (fp, canon) = row?;
            n_claims += 1;
            if sha256_hex(canon.as_bytes()) != fp {
                problems.push(problem(
                    None,
                    None,
                    format!("claim {}: canonical text does not hash to its fingerprint", &fp[..12.min(fp.len())]),
                ));
            }
        }
        let articles: i64 = self.conn.query_row("SELECT COUNT(*) FROM article", [], |r| r.get(0))?;
        Ok(VerifyReport { articles, versions: n_versions, occurrences: n_occurrences, claims: n_claims, problems })
    }

    fn verify_occurrences(&self, v: &VersionRow, problems: &mut Vec<Problem>) -> Result<i64, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT o.id, o.exact_text, o.exact_sha256, o.start, o.end, c.fingerprint
             FROM occurrence o JOIN claim c ON c.id = o.claim_id WHERE o.version_id = ?1 ORDER BY o.id",
        )?;
        let mut n = 0;
        let rows = stmt.query_map(params![v.id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        for row in rows {
            let (id, exact, exact_sha, start, end, fp) = row?;
            n += 1;
            let at = |what: String| Problem {
                url: Some(v.url.clone()),
                seq: Some(v.seq),
                problem: format!("occurrence {id}: {what}"),
            };
            let slice = usize::try_from(start).ok().zip(usize::try_from(end).ok()).and_then(|(s, e)| v.text.get(s..e));
            if slice != Some(exact.as_str()) {
                problems.push(at(format!("the text at bytes {start}..{end} is not the claim's text")));
            }
            if exact_hash(&exact) != exact_sha {
                problems.push(at("exact hash does not match its text".to_owned()));
            }
            if fingerprint(&exact) != fp {
                problems.push(at(format!(
                    "text does not have the claim's fingerprint (canonical: {:?})",
                    canonical(&exact)
                )));
            }
        }
        Ok(n)
    }
}
