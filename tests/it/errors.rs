//! Bad input: a clear message naming the file, exit status 2, nothing written.

use std::path::Path;

use crate::util::{run, stderr};

fn db_is_empty(db: &Path) -> bool {
    if !db.exists() {
        return true;
    }
    let conn = rusqlite_free_count(db);
    conn == 0
}

/// Count versions through the CLI itself, so the test needs no SQL.
fn rusqlite_free_count(db: &Path) -> usize {
    let out = run(db, &["claims", "--json", "--all-versions"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    v["claims"].as_array().map_or(0, Vec::len)
}

fn expect_input_error(name: &str, bytes: &[u8], needle: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join(name);
    std::fs::write(&file, bytes).expect("write input");
    let db = dir.path().join("t.db");
    let out = run(&db, &["record", file.to_str().expect("utf-8")]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{name}: {err}");
    assert!(err.contains(name), "{name}: message must name the file: {err}");
    assert!(err.contains(needle), "{name}: expected {needle:?} in: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(db_is_empty(&db), "{name}: something was written");
}

#[test]
fn binary_input_is_refused() {
    expect_input_error("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary");
}

#[test]
fn empty_input_is_refused() {
    expect_input_error("empty.txt", b"  \n\n\t\n", "empty");
}

#[test]
fn oversized_input_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("big.txt");
    std::fs::write(&file, "Ein Satz. ".repeat(100)).expect("write");
    let out = run(&dir.path().join("t.db"), &["record", "--max-bytes", "500", file.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("big.txt") && stderr(&out).contains("--max-bytes"), "{}", stderr(&out));
}

#[test]
fn missing_file_and_directory_are_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    let out = run(&db, &["record", "/nonexistent/artikel.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/nonexistent/artikel.txt"), "{}", stderr(&out));
    let out = run(&db, &["extract", dir.path().to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is a directory"), "{}", stderr(&out));
}

#[test]
fn a_bad_file_does_not_stop_the_good_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("good.txt");
    let bad = dir.path().join("bad.bin");
    std::fs::write(&good, "„Wir sind bereit“, sagte Bürgermeisterin Anna Weber am Montag.").expect("write");
    std::fs::write(&bad, b"\x00\x01\x02").expect("write");
    let db = dir.path().join("t.db");
    let out = run(&db, &["record", bad.to_str().expect("utf-8"), good.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("1 of 2 file(s) not recorded"), "{}", stderr(&out));
    assert_eq!(rusqlite_free_count(&db), 1, "the good file was recorded");
}

#[test]
fn a_file_that_is_not_a_database_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("notes.db");
    std::fs::write(&db, "plain notes, not SQLite, long enough to fill the first page header of a database file")
        .expect("write");
    let out = run(&db, &["claims"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("notes.db") && stderr(&out).contains("not a claimtrail database"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    assert_eq!(run(&db, &["record"]).status.code(), Some(2));
    assert_eq!(run(&db, &["show", "xyz"]).status.code(), Some(2));
    assert_eq!(run(&db, &["record", "--published", "July", "x.txt"]).status.code(), Some(2));
}
