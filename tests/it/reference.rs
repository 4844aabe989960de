//! The reference article from ../shared: everything DESIGN.md says good extraction gives.

use serde_json::Value;

use crate::util::{extract_json, shared};

const SEED: &str = "seeds/nordkorea-sanktionen-2024-07.txt";

fn claims(v: &Value) -> &Vec<Value> {
    v["claims"].as_array().expect("claims array")
}

#[test]
fn date_title_and_noise() {
    let v = extract_json(&shared(SEED));
    assert_eq!(v["published"], "2024-07");
    assert_eq!(v["lang"], "de");
    assert!(v["title"].as_str().expect("title").starts_with("Russland und Nordkorea haben sich verbündet"));
    let reasons: Vec<&str> =
        v["boilerplate"].as_array().expect("array").iter().filter_map(|b| b["reason"].as_str()).collect();
    assert_eq!(reasons.iter().filter(|r| **r == "ad-marker").count(), 3, "three Anzeige lines: {reasons:?}");
    assert_eq!(reasons.iter().filter(|r| **r == "video-teaser").count(), 2, "two Im Video teasers: {reasons:?}");
    for c in claims(&v) {
        let t = c["text"].as_str().unwrap_or_default();
        assert!(
            !t.contains("Anzeige") && !t.starts_with("Im Video") && !t.contains("Das Wichtigste"),
            "noise in a claim: {t}"
        );
        assert!(
            t != "Russland will Sanktionen abbauen" && t != "Russisch-nordkoreanische Partnerschaft",
            "heading as claim: {t}"
        );
    }
}

#[test]
fn two_nebensja_quotes_relayed_by_dpa() {
    let v = extract_json(&shared(SEED));
    let text = std::fs::read(shared(SEED)).expect("seed readable");
    let quotes: Vec<&Value> = claims(&v).iter().filter(|c| c["kind"] == "quote").collect();
    assert_eq!(quotes.len(), 2, "{quotes:#?}");
    for q in &quotes {
        let s = &q["speaker"];
        assert_eq!(s["name"], "Wassili Nebensja");
        assert!(
            s["role"].as_str().is_some_and(|r| r.contains("UN-Botschafter") && r.starts_with("russische")),
            "role: {}",
            s["role"]
        );
        assert_eq!(q["agencies"], serde_json::json!(["dpa"]));
        assert_eq!(q["attribution"], "named");
        // The span points into the file's own bytes and excludes the quotation marks.
        let span = [q["span"][0].as_u64().unwrap_or(0) as usize, q["span"][1].as_u64().unwrap_or(0) as usize];
        assert_eq!(&text[span[0]..span[1]], q["text"].as_str().unwrap_or_default().as_bytes());
        assert_eq!(text[span[0] - 1], b'"');
    }
    assert!(quotes[0]["text"].as_str().is_some_and(|t| t.starts_with("Wir denken, dass es einfach unfair")));
    assert_eq!(quotes[0]["speaker"]["inferred"], false);
    assert_eq!(quotes[0]["cue"]["text"], "teilte mit");
    assert_eq!(quotes[0]["cue"]["spans"].as_array().map(Vec::len), Some(2));
    assert_eq!(quotes[1]["text"], "Es kann nicht ewig so weitergehen.");
    assert_eq!(quotes[1]["speaker"]["inferred"], true);
    assert_eq!(v["agencies"], serde_json::json!(["dpa"]));
}

#[test]
fn konjunktiv_vague_and_unsourced() {
    let v = extract_json(&shared(SEED));
    let find =
        |needle: &str| claims(&v).iter().find(|c| c["text"].as_str().is_some_and(|t| t.contains(needle))).cloned();
    let reported = find("Eine Veränderung der Sanktionen sei unbedingt anzustreben").expect("Konjunktiv I claim");
    assert_eq!(reported["kind"], "reported");
    assert_eq!(reported["speaker"]["name"], "Wassili Nebensja");
    let vague: Vec<&Value> = claims(&v)
        .iter()
        .filter(|c| c["text"].as_str().is_some_and(|t| t.starts_with("Westliche Länder befürchten")))
        .collect();
    assert_eq!(vague.len(), 2);
    assert!(vague.iter().all(|c| c["attribution"] == "vague"));
    let march = find("Bereits im März erhielt Nordkorea").expect("March statement");
    assert_eq!(march["kind"], "statement");
    assert_eq!(march["check_worthy"], true);
    assert_eq!(march["attribution"], "none");
}
