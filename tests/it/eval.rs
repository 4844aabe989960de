//! A regression floor for extraction quality on the annotated German corpus (dev split).
//!
//! The figures are deterministic; the floors are the figures reached, and a change that lowers
//! any of them by more than 0.02 fails. Raise the floors when extraction improves.

use serde_json::Value;

use crate::util::{run, shared, stderr};

/// Figures reached on `../shared/eval/wikinews-de/dev.jsonl`.
const DIRECT_F1: f64 = 0.917;
const ALL_F1: f64 = 0.729;
const SPEAKER_ACCURACY: f64 = 0.842;
const CUE_ACCURACY: f64 = 0.850;
const TOLERANCE: f64 = 0.02;

#[test]
fn dev_split_does_not_regress() {
    let dev = shared("eval/wikinews-de/dev.jsonl");
    let dir = tempfile::tempdir().expect("temp dir");
    let out = run(&dir.path().join("unused.db"), &["eval", "--json", dev.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let r: Value = serde_json::from_slice(&out.stdout).expect("eval --json");
    assert_eq!(r["articles"], 150);
    let figures = [
        ("direct F1", r["direct"]["f1"].as_f64(), DIRECT_F1),
        ("all-types F1", r["all"]["f1"].as_f64(), ALL_F1),
        ("speaker accuracy", r["speaker"]["accuracy"].as_f64(), SPEAKER_ACCURACY),
        ("cue accuracy", r["cue"]["accuracy"].as_f64(), CUE_ACCURACY),
    ];
    for (name, got, floor) in figures {
        let got = got.unwrap_or_default();
        assert!(got >= floor - TOLERANCE, "{name} fell to {got:.3}; the floor is {floor:.3} (tolerance {TOLERANCE})");
    }
}
