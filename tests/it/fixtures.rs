//! Every article fixture against its `.expected.json` (format in fixtures/README.md).

use std::path::Path;

use serde_json::Value;

use crate::util::{extract_json, root};

fn claims_of<'a>(got: &'a Value, kind: &str) -> Vec<&'a Value> {
    got["claims"].as_array().map(|a| a.iter().filter(|c| c["kind"] == kind).collect()).unwrap_or_default()
}

fn check_quote(i: usize, want: &Value, got: &Value, errs: &mut Vec<String>) {
    let text = want["text"].as_str().unwrap_or_default();
    let mut diff = |what: &str, w: &Value, g: &Value| {
        if w != g {
            errs.push(format!("quote {i} „{text}“: {what} expected {w}, got {g}"));
        }
    };
    diff("text", &want["text"], &got["text"]);
    match (&want["speaker"], &got["speaker"]) {
        (Value::Null, g) => diff("speaker", &Value::Null, g),
        (w, Value::Null) => diff("speaker", w, &Value::Null),
        (w, g) => {
            diff("speaker.name", &w["name"], &g["name"]);
            if w.get("role").is_some() {
                diff("speaker.role", &w["role"], &g["role"]);
            }
            diff("speaker.inferred", &w["inferred"], &g["inferred"]);
        }
    }
    let cue = got["cue"].get("text").cloned().unwrap_or(Value::Null);
    diff("cue", &want["cue"], &cue);
    diff("agencies", &want["agencies"], &got["agencies"]);
    diff("attribution", &want["attribution"], &got["attribution"]);
    // Whether the quote goes on in the next quote claim (a quote over paragraphs), when given.
    if let Some(w) = want.get("continues") {
        diff("continues", w, &Value::Bool(got["continues"] == true));
    }
}

fn check_fixture(article: &Path, expected: &Value) -> Vec<String> {
    let got = extract_json(article);
    let mut errs = Vec::new();
    for key in ["lang", "published", "title", "agencies", "url", "byline"] {
        if let Some(w) = expected.get(key) {
            if *w != got[key] {
                errs.push(format!("{key}: expected {w}, got {}", got[key]));
            }
        }
    }
    if let Some(w) = expected.get("boilerplate") {
        let reasons: Vec<Value> =
            got["boilerplate"].as_array().map(|a| a.iter().map(|b| b["reason"].clone()).collect()).unwrap_or_default();
        if *w != Value::Array(reasons.clone()) {
            errs.push(format!("boilerplate: expected {w}, got {}", Value::Array(reasons)));
        }
    }
    let quotes = claims_of(&got, "quote");
    let want_quotes = expected["quotes"].as_array().cloned().unwrap_or_default();
    if quotes.len() != want_quotes.len() {
        let texts: Vec<&str> = quotes.iter().filter_map(|q| q["text"].as_str()).collect();
        errs.push(format!("expected {} quotes, got {}: {texts:?}", want_quotes.len(), quotes.len()));
    }
    for (i, w) in want_quotes.iter().enumerate() {
        match quotes.iter().find(|q| q["text"] == w["text"]) {
            Some(g) => check_quote(i, w, g, &mut errs),
            None => errs.push(format!("quote {i} not found: {}", w["text"])),
        }
    }
    for (kind, key) in [("reported", "reported"), ("statement", "statements")] {
        for w in expected.get(key).and_then(Value::as_array).into_iter().flatten() {
            let needle = w["contains"].as_str().unwrap_or_default();
            let all = got["claims"].as_array().cloned().unwrap_or_default();
            let Some(g) = all.iter().find(|c| c["text"].as_str().is_some_and(|t| t.contains(needle))) else {
                errs.push(format!("{kind} containing {needle:?}: no claim has it"));
                continue;
            };
            if g["kind"] != kind {
                errs.push(format!("{kind} containing {needle:?}: got kind {}", g["kind"]));
            }
            if let Some(ws) = w.get("speaker") {
                let gs = g["speaker"].get("name").cloned().unwrap_or(Value::Null);
                if *ws != gs {
                    errs.push(format!("{kind} containing {needle:?}: speaker expected {ws}, got {gs}"));
                }
            }
            // The wording of a vague or anonymous source, when given.
            if let Some(ws) = w.get("source") {
                let gs = g["source"].get("text").cloned().unwrap_or(Value::Null);
                if *ws != gs {
                    errs.push(format!("{kind} containing {needle:?}: source expected {ws}, got {gs}"));
                }
            }
            // `text`, when given, is the whole claim: the attribution is not part of it; `agencies`
            // are the agencies it was relayed through.
            for field in ["attribution", "agencies", "check_worthy", "text"] {
                if let Some(wv) = w.get(field) {
                    if *wv != g[field] {
                        errs.push(format!("{kind} containing {needle:?}: {field} expected {wv}, got {}", g[field]));
                    }
                }
            }
        }
    }
    for s in expected.get("not_claims").and_then(Value::as_array).into_iter().flatten() {
        let claims = got["claims"].as_array().into_iter().flatten();
        if let Some(c) = claims.into_iter().find(|c| c["text"] == *s) {
            errs.push(format!("{s} must not be a claim, got one of kind {}", c["kind"]));
        }
    }
    // The contract: `text` is exactly the slice of the stored text at `span`. A plain UTF-8
    // file with Unix line ends is stored as it is, so the slice can be taken from the file.
    let raw = std::fs::read(article).unwrap_or_default();
    let stored_as_is = article.extension().is_some_and(|e| e == "txt")
        && std::str::from_utf8(&raw).is_ok()
        && !raw.starts_with(b"\xEF\xBB\xBF")
        && !raw.contains(&b'\r');
    for c in got["claims"].as_array().into_iter().flatten().filter(|_| stored_as_is) {
        let span = (c["span"][0].as_u64(), c["span"][1].as_u64());
        let slice = match span {
            (Some(a), Some(b)) => raw.get(a as usize..b as usize),
            _ => None,
        };
        if slice != c["text"].as_str().map(str::as_bytes) {
            errs.push(format!("claim {}: text is not the file's bytes at its span {}", c["text"], c["span"]));
        }
    }
    errs
}

#[test]
fn every_fixture_matches_its_expected_result() {
    let dir = root().join("fixtures").join("articles");
    let mut expected: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures/articles exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".expected.json"))
        .collect();
    expected.sort();
    assert!(expected.len() >= 12, "expected at least 12 article fixtures, found {}", expected.len());
    let mut report = Vec::new();
    for exp in &expected {
        let stem =
            exp.file_name().and_then(|n| n.to_str()).unwrap_or_default().trim_end_matches(".expected.json").to_owned();
        let article = ["txt", "html"].iter().map(|ext| dir.join(format!("{stem}.{ext}"))).find(|p| p.exists());
        let Some(article) = article else {
            report.push(format!("{stem}: no article file beside its expected result"));
            continue;
        };
        let want: Value =
            serde_json::from_str(&std::fs::read_to_string(exp).expect("readable")).expect("expected file is JSON");
        for e in check_fixture(&article, &want) {
            report.push(format!("{stem}: {e}"));
        }
    }
    assert!(report.is_empty(), "{} mismatches:\n{}", report.len(), report.join("\n"));
}
