//! Throughput of the pipeline: `extract` on a German article of about 14 KB and on that article
//! repeated up to about 230 KB, and `record` of 1,000 articles into one database.
//!
//! Run with `cargo bench --bench pipeline`; criterion prints time per iteration and, through
//! `Throughput::Elements`, articles per second.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};

use claimtrail::document::ParseOptions;
use claimtrail::store::{RecordRequest, Store};
use claimtrail::{analyse, Article};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/articles").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A German article of three fixtures' bodies under one header line (about 14 KB).
fn german_article() -> String {
    let mut text = String::from("date 2024-08-13 Drei Meldungen aus dem Land\n\n");
    for name in ["de-agency-relay.txt", "de-konjunktiv.txt", "de-pronoun-speaker.txt"] {
        let body = fixture(name);
        text.push_str(body.split_once('\n').map_or(body.as_str(), |(_, rest)| rest));
        text.push_str("\n\n");
    }
    text
}

fn bench_extract(c: &mut Criterion) {
    let text = german_article();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Elements(1));
    group.bench_function(format!("german_article_{}_bytes", text.len()), |b| {
        b.iter(|| {
            analyse(black_box(text.as_bytes()), None, &ParseOptions::default()).map(|a| a.extraction.claims.len())
        })
    });
    group.finish();
}

/// Extraction time against article length: the German article repeated 1, 4 and 16 times
/// (about 14, 57 and 228 KB). Time per byte should stay flat; a rise means some step looks at
/// the whole article for every quote or sentence.
fn bench_extract_scaling(c: &mut Criterion) {
    let one = german_article();
    let body = one.split_once('\n').map_or(one.as_str(), |(_, rest)| rest);
    let mut group = c.benchmark_group("extract_scaling");
    group.sample_size(10);
    for copies in [1, 4, 16] {
        let text = format!("date 2024-08-13 Drei Meldungen aus dem Land\n{}", body.repeat(copies));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("{}_bytes", text.len()), |b| {
            b.iter(|| {
                analyse(black_box(text.as_bytes()), None, &ParseOptions::default()).map(|a| a.extraction.claims.len())
            })
        });
    }
    group.finish();
}

fn bench_record(c: &mut Criterion) {
    const N: usize = 1000;
    let names = [
        "de-agency-relay.txt", "de-konjunktiv.txt", "de-pronoun-speaker.txt", "en-told-reuters.txt",
        "en-pronoun-speakers.txt",
    ];
    let bases: Vec<String> = names.iter().map(|n| fixture(n)).collect();
    let mut group = c.benchmark_group("record");
    group.sample_size(10);
    group.throughput(Throughput::Elements(N as u64));
    group.bench_function("1000_articles_analyse_and_store", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("temp dir");
                let store = Store::open(&dir.path().join("bench.db")).expect("store");
                // Each article differs by a last paragraph, so none is deduplicated.
                let inputs: Vec<(String, String)> = (0..N)
                    .map(|i| {
                        (
                            format!("https://example.org/{i}"),
                            format!("{}\n\nMeldung Nummer {i}.", bases[i % bases.len()]),
                        )
                    })
                    .collect();
                (dir, store, inputs)
            },
            |(dir, mut store, inputs)| {
                for (url, text) in &inputs {
                    let article: Article = analyse(text.as_bytes(), None, &ParseOptions::default()).expect("analyse");
                    let req = RecordRequest {
                        article: &article,
                        url,
                        outlet: None,
                        source_path: None,
                        published: None,
                        recorded_at: "2024-08-13T00:00:00Z",
                    };
                    store.record(&req).expect("record");
                }
                drop(store);
                drop(dir);
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

/// Sentences of all article fixtures, numbered so that none repeats.
fn sentences(n: usize) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/articles");
    let mut pool: Vec<String> = Vec::new();
    let mut names: Vec<_> =
        std::fs::read_dir(&dir).expect("fixtures").filter_map(Result::ok).map(|e| e.path()).collect();
    names.sort();
    for path in names.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        for para in text.split("\n\n").skip(1) {
            pool.extend(
                para.split(". ")
                    .filter(|s| s.split_whitespace().count() > 6)
                    .map(|s| s.trim().trim_end_matches('.').to_owned()),
            );
        }
    }
    (0..n).map(|i| format!("{} (Nr. {i}).", pool[i % pool.len()])).collect()
}

fn bench_diff(c: &mut Criterion) {
    use claimtrail::diff::{diff, Item, Side};
    let old_sentences = sentences(2000);
    // The revision: every 40th sentence reworded, every 97th dropped, a block of ten moved.
    let mut new_sentences: Vec<String> = old_sentences
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 97 != 5)
        .map(|(i, s)| if i % 40 == 3 { s.replacen(' ', " nun ", 1) } else { s.clone() })
        .collect();
    let block: Vec<String> = new_sentences.drain(100..110).collect();
    new_sentences.splice(1500..1500, block);
    let to_article = |ss: &[String]| ss.chunks(4).map(|c| c.join(" ")).collect::<Vec<_>>().join("\n\n");
    let (old_text, new_text) = (to_article(&old_sentences), to_article(&new_sentences));
    let opts = ParseOptions::default();
    let old = analyse(old_text.as_bytes(), None, &opts).expect("old");
    let new = analyse(new_text.as_bytes(), None, &opts).expect("new");
    let old_items: Vec<Item> = old.extraction.claims.iter().map(Item::from).collect();
    let new_items: Vec<Item> = new.extraction.claims.iter().map(Item::from).collect();
    let mut group = c.benchmark_group("diff");
    group.bench_function(format!("{}_vs_{}_claims", old_items.len(), new_items.len()), |b| {
        b.iter(|| {
            let d = diff(
                &Side { text: &old.doc.text, items: old_items.clone() },
                &Side { text: &new.doc.text, items: new_items.clone() },
            );
            black_box(d.changes.len())
        })
    });
    group.finish();
}

fn bench_sources(c: &mut Criterion) {
    use claimtrail::check::sources::SourceIndex;
    // A 1 MB "transcript" of numbered sentences, and 200 quotes: a third verbatim, a third
    // with a word changed, a third absent.
    let all = sentences(12_000);
    let mut transcript = String::new();
    for s in &all {
        transcript.push_str(s);
        transcript.push(' ');
        if transcript.len() > 1_000_000 {
            break;
        }
    }
    let quotes: Vec<String> = (0..200)
        .map(|i| {
            let s = &all[(i * 37) % 5000];
            match i % 3 {
                0 => s.clone(),
                1 => s.replacen(' ', " keineswegs ", 1),
                _ => format!("Diese Worte kommen im Protokoll nirgends vor, Nummer {i} und Schluss."),
            }
        })
        .collect();
    let mut group = c.benchmark_group("sources");
    group.sample_size(20);
    group.bench_function(format!("index_{}_bytes_and_200_quotes", transcript.len()), |b| {
        b.iter(|| {
            let idx = SourceIndex::new("transcript", "", transcript.clone());
            quotes
                .iter()
                .filter(|q| matches!(idx.lookup(q), claimtrail::check::sources::Lookup::Verbatim { .. }))
                .count()
        })
    });
    let idx = SourceIndex::new("transcript", "", transcript.clone());
    group.bench_function("200_lookups_in_built_index", |b| {
        b.iter(|| {
            quotes
                .iter()
                .map(|q| idx.lookup(q))
                .filter(|l| matches!(l, claimtrail::check::sources::Lookup::Missing))
                .count()
        })
    });
    group.finish();
}

criterion_group!(benches, bench_extract, bench_extract_scaling, bench_record, bench_diff, bench_sources);
criterion_main!(benches);
