//! Every revision pair in fixtures/revisions against its expected changes.

use serde_json::Value;

use crate::util::{root, run, stderr};

fn matches(want: &Value, got: &Value) -> bool {
    if want["change"] != got["change"] {
        return false;
    }
    let contains = |side: &str, key: &str| match want[key].as_str() {
        None => true,
        Some(needle) => {
            got[side]["text"].as_str().is_some_and(|t| t.contains(needle))
                || got["note"].as_str().is_some_and(|t| t.contains(needle))
        }
    };
    contains("old", "old_contains") && contains("new", "new_contains")
}

#[test]
fn every_revision_pair_gives_its_expected_changes() {
    let dir = root().join("fixtures").join("revisions");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures/revisions exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".expected.json"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 8, "expected at least 8 revision pairs, found {}", cases.len());
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut report = Vec::new();
    for exp in &cases {
        let stem = exp.to_string_lossy().trim_end_matches(".expected.json").to_owned();
        let want: Value = serde_json::from_str(&std::fs::read_to_string(exp).expect("readable")).expect("JSON");
        let out = run(
            &tmp.path().join("t.db"),
            &["diff", "--json", &format!("{stem}.before.txt"), &format!("{stem}.after.txt")],
        );
        assert!(out.status.success(), "{stem}: {}", stderr(&out));
        let got: Value = serde_json::from_slice(&out.stdout).expect("diff --json");
        let mut changes: Vec<Value> = got["changes"].as_array().cloned().unwrap_or_default();
        let name = stem.rsplit('/').next().unwrap_or_default().to_owned();
        for w in want["changes"].as_array().into_iter().flatten() {
            match changes.iter().position(|g| matches(w, g)) {
                Some(k) => {
                    changes.remove(k);
                }
                None => report.push(format!("{name}: missing {w}")),
            }
        }
        if want["exhaustive"] == true {
            for extra in changes {
                let text =
                    extra["new"]["text"].as_str().or(extra["old"]["text"].as_str()).unwrap_or_default().to_owned();
                report.push(format!("{name}: unexpected {} on {text:?}", extra["change"]));
            }
        }
    }
    assert!(report.is_empty(), "{} mismatches:\n{}", report.len(), report.join("\n"));
}
