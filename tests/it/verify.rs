//! `verify`: a clean database passes; every kind of tampering through plain SQL is caught.

use std::path::{Path, PathBuf};

use crate::util::{fixture, run, stderr, stdout};

/// A database with two articles, one of them in three versions.
fn recorded(dir: &Path) -> PathBuf {
    let db = dir.join("t.db");
    let base = std::fs::read_to_string(fixture("articles/de-agency-relay.txt")).expect("fixture");
    let mut files = Vec::new();
    for (k, replacement) in ["Landrat", "Landrat a. D.", "Kreisrat"].iter().enumerate() {
        let p = dir.join(format!("v{k}.txt"));
        std::fs::write(&p, base.replace("Landrat", replacement)).expect("write");
        files.push(p);
    }
    let mut args = vec!["record", "--url", "https://example.org/a"];
    args.extend(files.iter().map(|p| p.to_str().expect("utf-8")));
    assert!(run(&db, &args).status.success());
    let html = fixture("articles/de-html-page.html");
    assert!(run(&db, &["record", html.to_str().expect("utf-8")]).status.success());
    db
}

fn tamper(db: &Path, sql: &str) {
    let conn = rusqlite::Connection::open(db).expect("open");
    conn.execute_batch(&format!("PRAGMA foreign_keys = OFF; {sql}")).expect("tamper");
}

fn expect_caught(sql: &str, needle: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = recorded(dir.path());
    tamper(&db, sql);
    let out = run(&db, &["verify"]);
    assert_eq!(out.status.code(), Some(1), "not caught: {sql}\n{}{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).contains(needle), "{sql}: expected {needle:?} in\n{}", stdout(&out));
}

#[test]
fn a_clean_database_verifies() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = recorded(dir.path());
    let out = run(&db, &["verify"]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).starts_with("ok: 2 articles, 4 versions"), "{}", stdout(&out));
}

#[test]
fn edited_text_is_caught() {
    expect_caught(
        "UPDATE version SET text = replace(text, 'Fischsterben', 'Fischsterbn') WHERE seq = 2",
        "text changed",
    );
}

#[test]
fn deleted_middle_version_is_caught() {
    expect_caught(
        "DELETE FROM occurrence_agency WHERE occurrence_id IN (SELECT id FROM occurrence WHERE version_id = 2);
         DELETE FROM occurrence WHERE version_id = 2; DELETE FROM mark WHERE version_id = 2;
         DELETE FROM version_agency WHERE version_id = 2; DELETE FROM version WHERE id = 2;",
        "sequence jumps from v1 to v3",
    );
}

#[test]
fn rewritten_hashes_are_caught() {
    expect_caught("UPDATE version SET sha256 = 'ab' || substr(sha256, 3) WHERE seq = 1", "input hash does not match");
    expect_caught(
        "UPDATE version SET text = replace(text, 'Fisch', 'Frosch'), text_sha256 = '00' || substr(text_sha256, 3) WHERE seq = 1",
        "chain hash does not match",
    );
    expect_caught(
        "UPDATE version SET chain = '00' || substr(chain, 3) WHERE seq = 1 AND article_id = 1",
        "chain broken",
    );
}

#[test]
fn edited_claims_are_caught() {
    expect_caught("UPDATE occurrence SET exact_text = 'Etwas anderes' WHERE id = 3", "is not the claim's text");
    expect_caught("UPDATE claim SET canonical_text = 'etwas anderes' WHERE id = 2", "does not hash to its fingerprint");
    expect_caught("UPDATE version SET raw = X'00' WHERE raw IS NOT NULL", "input hash does not match");
}

#[test]
fn orphans_are_caught() {
    expect_caught("DELETE FROM version WHERE seq = 3", "points to a version row that is gone");
}
