//! Snapshots of the human output (insta): a change in wording or layout shows up in review.

use crate::util::{fixture, run, stdout};

#[test]
fn extract_listing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = run(
        &dir.path().join("t.db"),
        &["extract", fixture("articles/en-pronoun-speakers.txt").to_str().expect("utf-8")],
    );
    insta::assert_snapshot!(stdout(&out));
}

#[test]
fn diff_listing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let old = fixture("articles/de-agency-relay.txt");
    let text = std::fs::read_to_string(&old).expect("fixture");
    let new = dir.path().join("v2.txt");
    let revised = text
        .replace("jedes Recht dazu", "jedes Recht")
        .replace("mehr als 14 Tonnen", "mehr als 17 Tonnen")
        .replace("der Nachrichtenagentur Reuters", "der Nachrichtenagentur AFP");
    std::fs::write(&new, revised).expect("write");
    let out = run(
        &dir.path().join("t.db"),
        &["diff", "--color", "never", old.to_str().expect("utf-8"), new.to_str().expect("utf-8")],
    );
    // The first line names the two files, whose temporary path differs per run.
    let body: String = stdout(&out).lines().skip(1).collect::<Vec<_>>().join("\n");
    insta::assert_snapshot!(body);
}
