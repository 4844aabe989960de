//! schema.org ClaimReview JSON-LD, the format fact-checks are published in.

use serde_json::{json, Value};

use crate::store::{ClaimRow, Verdict};

/// Rating of a verdict on a 1–5 scale (1 worst), with the name shown to readers.
pub fn rating(status: &str) -> (u8, &'static str) {
    match status {
        "false" => (1, "False"),
        "misattributed" => (2, "Misattributed"),
        "misleading" => (2, "Misleading"),
        "disputed" => (3, "Disputed"),
        "verified" => (5, "Verified"),
        _ => (3, "Unverified"),
    }
}

/// One ClaimReview for a claim, its latest verdict and its occurrences (first seen first).
pub fn claim_review(text: &str, verdict: &Verdict, occurrences: &[ClaimRow], organization: Option<&str>) -> Value {
    let (value, name) = rating(&verdict.status);
    let first = occurrences.first();
    let author = first.and_then(|o| o.speaker.as_ref()).map(|s| json!({"@type": "Person", "name": s}));
    let mut urls: Vec<&str> = Vec::new();
    for o in occurrences {
        if !urls.contains(&o.url.as_str()) {
            urls.push(&o.url);
        }
    }
    let appearance: Vec<Value> = urls.iter().map(|u| json!({"@type": "CreativeWork", "url": u})).collect();
    let mut item = json!({
        "@type": "Claim",
        "appearance": appearance,
    });
    if let Some(a) = author {
        item["author"] = a;
    }
    if let Some(o) = first {
        let mut fa = json!({"@type": "CreativeWork", "url": o.url});
        if let Some(p) = &o.published {
            fa["datePublished"] = json!(p);
            item["datePublished"] = json!(p);
        }
        item["firstAppearance"] = fa;
    }
    let mut review = json!({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": text,
        "datePublished": verdict.recorded_at.get(..10).unwrap_or(&verdict.recorded_at),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": name,
        },
        "itemReviewed": item,
    });
    if let Some(org) = organization {
        review["author"] = json!({"@type": "Organization", "name": org});
    }
    if let Some(url) = &verdict.evidence_url {
        review["url"] = json!(url);
    }
    if let Some(note) = &verdict.note {
        review["reviewBody"] = json!(note);
    }
    review
}
