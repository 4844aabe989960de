//! Recording through the CLI: deduplication, versions, listing, tracing a claim.

use serde_json::Value;

use crate::util::{fixture, run, stderr, stdout};

fn json(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(out)))
}

#[test]
fn identical_bytes_change_nothing_and_changed_bytes_make_a_version() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    let v1 = fixture("articles/de-agency-relay.txt");
    let url = "https://example.org/fischsterben";
    let out = run(&db, &["record", "--url", url, v1.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("recorded") && stdout(&out).contains("v1"), "{}", stdout(&out));
    let again = run(&db, &["record", "--url", url, v1.to_str().expect("utf-8")]);
    assert!(again.status.success());
    assert!(stdout(&again).starts_with("unchanged"), "{}", stdout(&again));

    let text = std::fs::read_to_string(&v1).expect("fixture").replace("Landrat", "Landrat a. D.");
    let v2 = dir.path().join("v2.txt");
    std::fs::write(&v2, text).expect("write");
    let out = run(&db, &["record", "--json", "--url", url, v2.to_str().expect("utf-8")]);
    let rec = json(&out);
    assert_eq!(rec["status"], "recorded");
    assert_eq!(rec["seq"], 2);

    let latest = json(&run(&db, &["claims", "--json", "--url", url]));
    let all = json(&run(&db, &["claims", "--json", "--url", url, "--all-versions"]));
    let n_latest = latest["claims"].as_array().map_or(0, Vec::len);
    assert!(n_latest > 5);
    assert_eq!(all["claims"].as_array().map_or(0, Vec::len), 2 * n_latest);
    assert!(latest["claims"].as_array().into_iter().flatten().all(|c| c["seq"] == 2));
}

#[test]
fn claims_filters_and_show_trace_a_quote_across_articles() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    let a = fixture("articles/de-agency-relay.txt");
    let out = run(&db, &["record", a.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The same article under another URL: its claims are shared by fingerprint.
    let out = run(&db, &["record", "--url", "https://mirror.example/a", a.to_str().expect("utf-8")]);
    assert!(out.status.success());

    let quotes = json(&run(&db, &["claims", "--json", "--kind", "quote", "--agency", "reuters"]));
    let quotes = quotes["claims"].as_array().expect("claims").clone();
    assert_eq!(quotes.len(), 2, "one Reuters-relayed quote per copy: {quotes:#?}");
    assert!(quotes.iter().all(|q| q["agencies"] == serde_json::json!(["reuters"])));
    let by_speaker = json(&run(&db, &["claims", "--json", "--speaker", "seifert"]));
    assert!(by_speaker["claims"].as_array().is_some_and(|c| !c.is_empty()));

    let fp = quotes[0]["fingerprint"].as_str().expect("fingerprint");
    let shown = json(&run(&db, &["show", "--json", &fp[..8]]));
    assert_eq!(shown["fingerprint"], fp);
    let occ = shown["occurrences"].as_array().expect("occurrences");
    assert_eq!(occ.len(), 2);
    assert!(occ[0]["recorded_at"].as_str() <= occ[1]["recorded_at"].as_str(), "first seen first");
    assert_eq!(occ[1]["url"], "https://mirror.example/a");

    let human = run(&db, &["show", &fp[..8]]);
    assert!(stdout(&human).contains("2 occurrence(s), first seen first"), "{}", stdout(&human));
    let missing = run(&db, &["show", "ffffffff"]);
    assert_eq!(missing.status.code(), Some(1));
}

#[test]
fn html_is_identified_by_its_canonical_url() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    let page = fixture("articles/en-html-ap-byline.html");
    let out = run(&db, &["record", "--json", page.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rec = json(&out);
    assert!(rec["url"].as_str().is_some_and(|u| u.starts_with("https://")), "{rec}");
    assert_eq!(rec["agencies"], serde_json::json!(["ap"]));
}

#[test]
fn stdin_needs_a_url() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    let spawn = |extra: &[&str]| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_claimtrail"))
            .arg("--db")
            .arg(&db)
            .args(["record", "-"])
            .args(extra)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        child.stdin.take().expect("stdin").write_all("„Ja“, sagte Anna Weber.".as_bytes()).expect("write");
        child.wait_with_output().expect("wait")
    };
    let out = spawn(&[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--url"), "{}", stderr(&out));
    let out = spawn(&["--url", "https://example.org/ja"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_quote_over_paragraphs_is_stored_as_linked_pieces() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    let a = fixture("articles/de-multi-paragraph-quote.txt");
    let out = run(&db, &["record", a.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let quotes = json(&run(&db, &["claims", "--json", "--kind", "quote"]));
    let quotes = quotes["claims"].as_array().expect("claims").clone();
    let mut stored: Vec<(i64, bool)> =
        quotes.iter().map(|q| (q["span"][0].as_i64().unwrap_or(-1), q["continues"] == true)).collect();
    stored.sort_unstable();
    let extracted = crate::util::extract_json(&a);
    let from_extract: Vec<(i64, bool)> = extracted["claims"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|c| c["kind"] == "quote")
        .map(|c| (c["span"][0].as_i64().unwrap_or(-1), c["continues"] == true))
        .collect();
    assert_eq!(stored, from_extract);
    assert_eq!(stored.iter().filter(|q| q.1).count(), 4, "two quotes of three paragraphs each: {stored:?}");
}
