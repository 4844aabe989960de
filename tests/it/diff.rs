//! `diff` and `history`: the reference article revised, stored versions, colour.

use serde_json::Value;

use crate::util::{fixture, run, shared, stderr, stdout};

/// A revision of the reference article written for this test: one word inside the first quote,
/// the agency credit, a month, a deleted sentence, a correction notice, the second quote's
/// marks from straight to German quotes.
fn revised_seed(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let old = shared("seeds/nordkorea-sanktionen-2024-07.txt");
    let text = std::fs::read_to_string(&old).expect("seed");
    let revised = text
        .replace("einfach unfair", "zutiefst unfair")
        .replace("wie die Deutsche Presse-Agentur berichtete", "wie die Nachrichtenagentur AFP berichtete")
        .replace("Bereits im März", "Bereits im April")
        .replace(
            " Ob Nordkorea in Zukunft Atomwaffen testen dürfen soll, wurde allerdings weder bestätigt noch dementiert.",
            "",
        )
        .replace("\"Es kann nicht ewig so weitergehen.\"", "„Es kann nicht ewig so weitergehen.“");
    let revised = format!(
        "{}\n\nKorrektur: In einer früheren Version dieses Artikels hieß es, die Unterstützung sei im März erfolgt.\n",
        revised.trim_end()
    );
    assert_ne!(text, revised, "the seed changed; update this test's replacements");
    let new = dir.join("nordkorea-v2.txt");
    std::fs::write(&new, revised).expect("write");
    (old, new)
}

fn diff_json(db: &std::path::Path, args: &[&str]) -> Value {
    let mut all = vec!["diff", "--json"];
    all.extend_from_slice(args);
    let out = run(db, &all);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("diff --json is JSON")
}

fn classes(d: &Value) -> Vec<String> {
    let mut c: Vec<String> = d["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .filter_map(|c| c["change"].as_str().map(str::to_owned))
        .collect();
    c.sort();
    c
}

#[test]
fn every_change_to_the_reference_article_is_classified_and_nothing_else() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (old, new) = revised_seed(dir.path());
    let d = diff_json(&dir.path().join("t.db"), &[old.to_str().expect("utf-8"), new.to_str().expect("utf-8")]);
    assert_eq!(
        classes(&d),
        [
            "agency-changed", "agency-changed", "agency-changed", "correction-notice", "cosmetic", "number-changed",
            "quote-wording", "removed"
        ],
        "{d:#}"
    );
    let find = |class: &str| {
        d["changes"].as_array().and_then(|a| a.iter().find(|c| c["change"] == class)).cloned().expect(class)
    };
    let q = find("quote-wording");
    assert_eq!(q["severity"], "high");
    assert!(q["words"].as_array().is_some_and(|w| w.iter().any(|p| p[0] == "delete" && p[1] == "einfach")), "{q:#}");
    let n = find("number-changed");
    assert_eq!(n["numbers"], serde_json::json!({"old": ["märz"], "new": ["april"]}));
    let a = find("agency-changed");
    assert_eq!(
        (a["old"]["agencies"].clone(), a["new"]["agencies"].clone()),
        (serde_json::json!(["dpa"]), serde_json::json!(["afp"]))
    );
    assert!(find("removed")["old"]["text"].as_str().is_some_and(|t| t.starts_with("Ob Nordkorea")));
    assert!(find("correction-notice")["note"].as_str().is_some_and(|t| t.starts_with("Korrektur:")));
    assert!(find("cosmetic")["note"].as_str().is_some_and(|t| t.contains('„')));
    assert_eq!(d["summary"]["removed"], 1);
    assert_eq!(d["summary"]["added"], 0);
}

#[test]
fn stored_versions_diff_and_history() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    let (old, new) = revised_seed(dir.path());
    let url = "https://example.org/nordkorea";
    let out = run(&db, &["record", "--url", url, old.to_str().expect("utf-8"), new.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let d = diff_json(&db, &[url]);
    assert_eq!((d["old"]["seq"].clone(), d["new"]["seq"].clone()), (Value::from(1), Value::from(2)));
    assert!(classes(&d).contains(&"quote-wording".to_owned()));
    let same = diff_json(&db, &[url, "--from", "1", "--to", "1"]);
    assert!(same["changes"].as_array().is_some_and(Vec::is_empty));

    let h = run(&db, &["history", url]);
    let text = stdout(&h);
    assert!(text.contains("v1") && text.contains("first recorded"), "{text}");
    assert!(text.contains("v2") && text.contains("quote-wording") && text.contains("1 removed"), "{text}");

    let missing = run(&db, &["diff", "https://example.org/none"]);
    assert_eq!(missing.status.code(), Some(1));
    let bad = run(&db, &["diff", url, "--to", "7"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("no version 7"), "{}", stderr(&bad));
}

#[test]
fn colour_only_when_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (old, new) = revised_seed(dir.path());
    let db = dir.path().join("t.db");
    let plain = run(&db, &["diff", old.to_str().expect("utf-8"), new.to_str().expect("utf-8")]);
    assert!(!stdout(&plain).contains('\x1b'), "not a terminal: no colour");
    assert!(stdout(&plain).contains("[-einfach-]"));
    let colour = run(&db, &["diff", "--color", "always", old.to_str().expect("utf-8"), new.to_str().expect("utf-8")]);
    assert!(stdout(&colour).contains("\x1b[31m"));
}

#[test]
fn boilerplate_alone_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let old = fixture("articles/de-agency-relay.txt");
    let text = std::fs::read_to_string(&old).expect("fixture");
    let new = dir.path().join("noisy.txt");
    std::fs::write(&new, text.replacen("\n\n", "\n\nAnzeige\n\nIm Video: Ein Teaser\n\n", 2)).expect("write");
    let d = diff_json(&dir.path().join("t.db"), &[old.to_str().expect("utf-8"), new.to_str().expect("utf-8")]);
    assert!(d["changes"].as_array().is_some_and(Vec::is_empty), "{d:#}");
}
