//! The SQLite store: the only module that speaks SQL.
//!
//! `schema.sql` is migration 1; later migrations are appended to [`MIGRATIONS`] and applied in
//! one exclusive transaction, tracked with `PRAGMA user_version`. Every statement binds its
//! values as parameters.

mod query;
mod review;
mod verify;
mod write;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use thiserror::Error;

pub use query::{ClaimDetail, ClaimFilter, ClaimRow, ShowResult, VersionInfo};
pub use review::{Verdict, VersionRef, STATUSES};
pub use verify::{Problem, VerifyReport};
pub use write::{chain_hash, RecordOutcome, RecordRequest};

/// Schema migrations in order; index + 1 is the `user_version` after applying it.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../schema.sql"),
    include_str!("migrations/0002-relays-sources-verdicts.sql"),
    include_str!("migrations/0003-quote-pieces.sql"),
];

/// Errors of the store.
#[derive(Debug, Error)]
pub enum StoreError {
    /// The file exists but is not an SQLite database.
    #[error(
        "{path} is not a claimtrail database (SQLite says: {source}); pass another --db path or move the file away"
    )]
    NotADatabase {
        /// The database path.
        path: PathBuf,
        /// What SQLite said.
        source: rusqlite::Error,
    },
    /// A newer claimtrail wrote the database.
    #[error("{path} has schema version {found}, but this claimtrail knows only up to {supported}; upgrade claimtrail")]
    NewerSchema {
        /// The database path.
        path: PathBuf,
        /// Its user_version.
        found: i64,
        /// The highest this build knows.
        supported: i64,
    },
    /// Any other SQLite failure.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A stored JSON column that does not parse.
    #[error("database holds malformed data: {0}")]
    Corrupt(String),
}

/// An open claimtrail database.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Open (creating if needed) and migrate the database at `path`.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE)?;
        let not_db = |source| StoreError::NotADatabase { path: path.to_owned(), source };
        conn.pragma_update(None, "journal_mode", "WAL").map_err(not_db)?;
        // In WAL mode NORMAL never corrupts the database; a power cut can lose only the last
        // committed version, which re-recording restores.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        Self::setup(conn, path)
    }

    /// An in-memory database, for tests and one-off runs.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Self::setup(Connection::open_in_memory()?, Path::new(":memory:"))
    }

    fn setup(mut conn: Connection, path: &Path) -> Result<Store, StoreError> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrate(&mut conn, path)?;
        Ok(Store { conn })
    }

    /// The underlying connection, for checks that read the database as it is.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    let supported = MIGRATIONS.len() as i64;
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Exclusive)
        .map_err(|source| StoreError::NotADatabase { path: path.to_owned(), source })?;
    let current: i64 = tx
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|source| StoreError::NotADatabase { path: path.to_owned(), source })?;
    if current > supported {
        return Err(StoreError::NewerSchema { path: path.to_owned(), found: current, supported });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
    }
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_set_user_version_and_are_idempotent() -> Result<(), StoreError> {
        let dir = tempfile::tempdir().map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let path = dir.path().join("t.db");
        drop(Store::open(&path)?);
        let store = Store::open(&path)?;
        let v: i64 = store.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        assert_eq!(v, MIGRATIONS.len() as i64);
        let fk: i64 = store.conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
        assert_eq!(fk, 1);
        Ok(())
    }

    #[test]
    fn a_text_file_is_not_a_database() -> Result<(), std::io::Error> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("notes.db");
        std::fs::write(
            &path,
            "this is not sqlite, just some text that is long enough to be a header....................................",
        )?;
        assert!(matches!(Store::open(&path), Err(StoreError::NotADatabase { .. })));
        Ok(())
    }
}

#[cfg(test)]
mod record_tests {
    use super::*;
    use crate::analyse;
    use crate::document::ParseOptions;

    const V1: &str = "Berlin (dpa) - „Wir bleiben hier“, sagte Bürgermeisterin Anna Weber am Montag. Es kann nicht ewig so weitergehen, so die Stadt.";

    fn request<'a>(article: &'a crate::Article, url: &'a str) -> RecordRequest<'a> {
        RecordRequest {
            article,
            url,
            outlet: None,
            source_path: None,
            published: None,
            recorded_at: "2024-07-01T00:00:00Z",
        }
    }

    #[test]
    fn a_database_of_the_schema_before_is_migrated_with_its_data() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("t.db");
        {
            let mut store = Store::open(&path)?;
            let a = analyse(V1.as_bytes(), None, &ParseOptions::default())?;
            store.record(&request(&a, "u"))?;
            // Back to the schema as migration 2 left it.
            store.conn.execute_batch("ALTER TABLE occurrence DROP COLUMN continues; PRAGMA user_version = 2;")?;
        }
        let store = Store::open(&path)?;
        let v: i64 = store.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        assert_eq!(v, MIGRATIONS.len() as i64);
        let rows = store.claims(&ClaimFilter::default())?;
        assert!(!rows.is_empty() && rows.iter().all(|r| !r.continues));
        assert!(store.verify()?.problems.is_empty());
        Ok(())
    }

    #[test]
    fn versions_chain_and_dedupe() -> Result<(), Box<dyn std::error::Error>> {
        let mut store = Store::open_in_memory()?;
        let a1 = analyse(V1.as_bytes(), None, &ParseOptions::default())?;
        assert!(matches!(store.record(&request(&a1, "u"))?, RecordOutcome::Recorded { seq: 1, .. }));
        assert_eq!(store.record(&request(&a1, "u"))?, RecordOutcome::Unchanged { seq: 1 });
        let a2 = analyse(V1.replace("hier", "dort").as_bytes(), None, &ParseOptions::default())?;
        let RecordOutcome::Recorded { seq, new_claims, .. } = store.record(&request(&a2, "u"))? else {
            panic!("second version not recorded");
        };
        assert_eq!((seq, new_claims), (2, 1), "only the changed quote is a new claim");
        let (prev, chain1): (Option<String>, String) =
            store
                .conn
                .query_row("SELECT prev_chain, chain FROM version WHERE seq = 1", [], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let prev2: Option<String> =
            store.conn.query_row("SELECT prev_chain FROM version WHERE seq = 2", [], |r| r.get(0))?;
        assert_eq!(prev, None);
        assert_eq!(prev2, Some(chain1));
        Ok(())
    }

    #[test]
    fn a_failed_write_leaves_nothing_behind() -> Result<(), Box<dyn std::error::Error>> {
        let mut store = Store::open_in_memory()?;
        // Make the second claim's insert fail, half-way through the version.
        store.conn.execute_batch(
            "CREATE TRIGGER fail_late BEFORE INSERT ON occurrence WHEN NEW.exact_text LIKE '%ewig%'
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
        )?;
        let a = analyse(V1.as_bytes(), None, &ParseOptions::default())?;
        assert!(store.record(&request(&a, "u")).is_err());
        let (articles, versions, claims) = store.counts()?;
        assert_eq!((articles, versions, claims), (0, 0, 0));
        Ok(())
    }

    #[test]
    fn prefixes_resolve_or_list_candidates() -> Result<(), Box<dyn std::error::Error>> {
        let mut store = Store::open_in_memory()?;
        let a = analyse(V1.as_bytes(), None, &ParseOptions::default())?;
        store.record(&request(&a, "u"))?;
        let fp = &a.extraction.claims[0].fingerprint;
        assert!(matches!(store.show(&fp[..10])?, ShowResult::Found(d) if d.fingerprint == *fp));
        assert!(matches!(store.show("")?, ShowResult::Ambiguous(c) if c.len() >= 2));
        assert!(matches!(store.show("zzzz")?, ShowResult::NotFound));
        Ok(())
    }
}

#[cfg(test)]
mod verdict_tests {
    use super::*;
    use crate::analyse;
    use crate::document::ParseOptions;

    #[test]
    fn verdicts_are_append_only() -> Result<(), Box<dyn std::error::Error>> {
        let mut store = Store::open_in_memory()?;
        let a = analyse("„Wir bleiben hier“, sagte Anna Weber.".as_bytes(), None, &ParseOptions::default())?;
        store.record(&RecordRequest {
            article: &a,
            url: "u",
            outlet: None,
            source_path: None,
            published: None,
            recorded_at: "2024-07-01T00:00:00Z",
        })?;
        let fp = &a.extraction.claims[0].fingerprint;
        store.add_verdict(fp, "false", Some("erfunden"), None, "2024-07-02T00:00:00Z")?;
        store.add_verdict(fp, "verified", None, Some("https://example.org/beleg"), "2024-07-03T00:00:00Z")?;
        assert_eq!(store.latest_status(fp)?.as_deref(), Some("verified"));
        assert_eq!(store.verdicts(fp)?.iter().map(|v| v.status.as_str()).collect::<Vec<_>>(), ["false", "verified"]);
        assert!(store.conn.execute("UPDATE verdict SET status = 'verified'", []).is_err());
        assert!(store.conn.execute("DELETE FROM verdict", []).is_err());
        assert!(store.add_verdict(fp, "maybe", None, None, "2024-07-04T00:00:00Z").is_err(), "unknown status refused");
        Ok(())
    }
}
