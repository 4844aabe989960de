//! `check`, `verdict` and `export`: every rule fires on its fixture and stays quiet on its
//! counterpart; primary sources; conflicts across articles; ClaimReview output.

use std::path::Path;

use serde_json::Value;

use crate::util::{fixture, run, shared, stderr, stdout};

fn check_json(db: &Path, args: &[&str]) -> (Value, Option<i32>) {
    let mut all = vec!["check", "--json"];
    all.extend_from_slice(args);
    let out = run(db, &all);
    let v = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}{}", stdout(&out), stderr(&out)));
    (v, out.status.code())
}

fn rules(v: &Value) -> Vec<String> {
    v["findings"].as_array().expect("findings").iter().filter_map(|f| f["rule"].as_str().map(str::to_owned)).collect()
}

fn path(name: &str) -> String {
    fixture(&format!("check/{name}")).to_str().expect("utf-8").to_owned()
}

#[test]
fn each_single_article_rule_fires_and_stays_quiet() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    for rule in [
        "quote-without-speaker", "speaker-inferred", "vague-attribution", "anonymous-source", "secondhand",
        "unsourced-statement", "agency-mismatch",
    ] {
        let (fires, _) = check_json(&db, &[&path(&format!("{rule}.fires.txt"))]);
        assert!(rules(&fires).iter().any(|r| r == rule), "{rule} did not fire: {fires:#}");
        let (quiet, _) = check_json(&db, &[&path(&format!("{rule}.quiet.txt"))]);
        assert!(!rules(&quiet).iter().any(|r| r == rule), "{rule} fired on its quiet case: {quiet:#}");
    }
    assert!(!db.exists(), "checking files must not create a database");
}

#[test]
fn findings_follow_the_contract_and_set_the_exit_status() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    let (v, code) = check_json(&db, &[&path("quote-without-speaker.fires.txt")]);
    let f = v["findings"]
        .as_array()
        .and_then(|a| a.iter().find(|f| f["rule"] == "quote-without-speaker"))
        .expect("finding");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["fingerprint"].as_str().map(str::len), Some(64));
    assert!(f["span"].as_array().is_some_and(|s| s.len() == 2));
    assert!(f["message"].as_str().is_some_and(|m| m.contains("does not say who said it")));
    assert_eq!(code, Some(1), "an error fails by default");
    let (_, code) = check_json(&db, &[&path("vague-attribution.fires.txt")]);
    assert_eq!(code, Some(0), "a warning passes with --fail-on error");
    let (_, code) = check_json(&db, &[&path("vague-attribution.fires.txt"), "--fail-on", "warning"]);
    assert_eq!(code, Some(1));
}

#[test]
fn quotes_against_a_primary_source() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    let src = path("source-transcript.txt");
    let (v, code) = check_json(&db, &[&path("quote-in-source.txt"), "--verbose", "--against", &src]);
    assert_eq!(code, Some(0));
    assert!(!rules(&v).iter().any(|r| r.starts_with("quote-")), "{v:#}");
    assert_eq!(v["verified"].as_array().map(Vec::len), Some(1));

    let (v, code) = check_json(&db, &[&path("quote-altered-vs-source.fires.txt"), "--against", &src]);
    assert_eq!(code, Some(0), "altered is a warning");
    let f = v["findings"]
        .as_array()
        .and_then(|a| a.iter().find(|f| f["rule"] == "quote-altered-vs-source"))
        .expect("altered");
    let words = f["evidence"]["words"].as_array().expect("word diff");
    assert!(words.iter().any(|w| w[0] == "source" && w[1] == "hetzen"), "{words:?}");
    assert!(words.iter().any(|w| w[0] == "article" && w[1].as_str().is_some_and(|t| t.contains("Druck"))), "{words:?}");

    let (v, code) = check_json(&db, &[&path("quote-not-in-source.fires.txt"), "--against", &src]);
    assert_eq!(code, Some(1));
    assert!(rules(&v).contains(&"quote-not-in-source".to_owned()));
}

#[test]
fn the_same_quote_in_two_mouths_conflicts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    assert!(run(&db, &["record", &path("conflict-a.txt"), &path("conflicting-attribution.fires.txt")])
        .status
        .success());
    let (v, code) = check_json(&db, &[]);
    assert_eq!(code, Some(1));
    let conflicts: Vec<&Value> =
        v["findings"].as_array().expect("findings").iter().filter(|f| f["rule"] == "conflicting-attribution").collect();
    assert_eq!(conflicts.len(), 2, "one finding in each article: {conflicts:#?}");
    let m = conflicts[0]["message"].as_str().unwrap_or_default();
    assert!(m.contains("Tobias Reiners") && m.contains("Carla Voss") && m.contains("2025-03-0"), "{m}");

    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    assert!(run(&db, &["record", &path("conflict-a.txt"), &path("conflicting-attribution.quiet.txt")])
        .status
        .success());
    let (v, _) = check_json(&db, &[]);
    assert!(!rules(&v).contains(&"conflicting-attribution".to_owned()), "{v:#}");
}

#[test]
fn the_reference_article() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    let seed = shared("seeds/nordkorea-sanktionen-2024-07.txt");
    assert!(run(&db, &["record", seed.to_str().expect("utf-8")]).status.success());
    let (v, _) = check_json(&db, &[]);
    let findings = v["findings"].as_array().expect("findings");
    let with = |rule: &str| findings.iter().filter(|f| f["rule"] == rule).collect::<Vec<_>>();
    let vague = with("vague-attribution");
    assert_eq!(vague.len(), 2);
    assert!(vague.iter().all(|f| f["text"].as_str().is_some_and(|t| t.starts_with("Westliche Länder befürchten"))));
    let inferred = with("speaker-inferred");
    assert_eq!(inferred.len(), 1);
    assert_eq!(inferred[0]["text"], "Es kann nicht ewig so weitergehen.");
    assert!(with("secondhand").iter().all(|f| f["message"].as_str().is_some_and(|m| m.contains("dpa"))));
    assert!(!with("secondhand").is_empty());
    assert!(with("unsourced-statement")
        .iter()
        .any(|f| f["text"].as_str().is_some_and(|t| t.starts_with("Bereits im März erhielt Nordkorea"))));
    assert!(with("quote-without-speaker").is_empty());
}

#[test]
fn verdicts_are_kept_and_exported_as_claimreview() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    assert!(run(&db, &["record", "--url", "https://a.example/wind", &path("conflict-a.txt")]).status.success());
    assert!(run(&db, &["record", "--url", "https://b.example/wind", &path("conflicting-attribution.quiet.txt")])
        .status
        .success());
    let quotes: Value =
        serde_json::from_slice(&run(&db, &["claims", "--json", "--kind", "quote"]).stdout).expect("json");
    let fp = quotes["claims"][0]["fingerprint"].as_str().expect("fingerprint").to_owned();

    let first = run(&db, &["verdict", &fp[..10], "--status", "false", "--note", "Das Zitat stammt nicht von ihm."]);
    assert!(first.status.success(), "{}", stderr(&first));
    let second =
        run(&db, &["verdict", &fp[..10], "--status", "misattributed", "--evidence", "https://check.example/wind"]);
    assert!(second.status.success(), "{}", stderr(&second));
    assert_eq!(run(&db, &["verdict", &fp[..10], "--status", "wrong"]).status.code(), Some(2));

    let shown = stdout(&run(&db, &["show", &fp[..10]]));
    let (a, b) = (shown.find(" false").expect("first verdict"), shown.find(" misattributed").expect("second verdict"));
    assert!(a < b, "verdict history, oldest first: {shown}");
    let by_status = |s: &str| -> usize {
        let v: Value = serde_json::from_slice(&run(&db, &["claims", "--json", "--status", s]).stdout).expect("json");
        v["claims"].as_array().map_or(0, Vec::len)
    };
    assert_eq!(by_status("misattributed"), 2, "the quote appears in both articles");
    assert_eq!(by_status("false"), 0, "only the latest verdict counts");

    let out = run(&db, &["export", "--format", "claimreview", "--organization", "Faktencheck Nord"]);
    let reviews: Value = serde_json::from_slice(&out.stdout).expect("ClaimReview JSON");
    let r = &reviews[0];
    assert_eq!(r["@context"], "https://schema.org");
    assert_eq!(r["@type"], "ClaimReview");
    assert_eq!(r["claimReviewed"], "Der Wind gehört allen, nicht nur den Investoren");
    assert_eq!(r["author"]["name"], "Faktencheck Nord");
    assert_eq!(r["url"], "https://check.example/wind");
    assert!(r["datePublished"].as_str().is_some_and(|d| d.len() == 10));
    let rating = &r["reviewRating"];
    assert_eq!(
        (rating["ratingValue"].clone(), rating["bestRating"].clone(), rating["worstRating"].clone()),
        (Value::from(2), Value::from(5), Value::from(1))
    );
    assert_eq!(rating["alternateName"], "Misattributed");
    let item = &r["itemReviewed"];
    assert_eq!(item["@type"], "Claim");
    assert_eq!(item["author"]["name"], "Tobias Reiners");
    let urls: Vec<&str> =
        item["appearance"].as_array().expect("appearance").iter().filter_map(|a| a["url"].as_str()).collect();
    assert_eq!(urls, ["https://a.example/wind", "https://b.example/wind"]);
    assert_eq!(item["firstAppearance"]["url"], "https://a.example/wind");
    assert_eq!(item["firstAppearance"]["datePublished"], "2025-03-02");

    let lines = stdout(&run(&db, &["export", "--format", "jsonl"]));
    let parsed: Vec<Value> = lines.lines().map(|l| serde_json::from_str(l).expect("a JSON object per line")).collect();
    assert!(parsed
        .iter()
        .any(|c| c["fingerprint"] == fp.as_str() && c["verdicts"].as_array().map(Vec::len) == Some(2)));
    assert!(parsed.iter().all(|c| c["occurrences"].as_array().is_some_and(|o| !o.is_empty())));
}
