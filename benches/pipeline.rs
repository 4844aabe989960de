//! Throughput of the pipeline: `extract` on a ~5 KB German article, and `record` of 1,000
//! articles into one database.
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

/// A ~5 KB German article: three fixtures' bodies under one header line.
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

criterion_group!(benches, bench_extract, bench_record);
criterion_main!(benches);
