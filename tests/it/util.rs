//! Helpers: run the binary, locate fixtures and the shared corpus.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture file.
pub fn fixture(name: &str) -> PathBuf {
    root().join("fixtures").join(name)
}

/// A file from `../shared`, or a panic that says what is missing and where it was looked for.
pub fn shared(rel: &str) -> PathBuf {
    let path = root().join("..").join("shared").join(rel);
    assert!(
        path.exists(),
        "missing {}: this test reads shared material from ../shared beside the project checkout; \
         put the shared folder there (it holds the reference article and the evaluation corpus)",
        path.display()
    );
    path
}

/// Run claimtrail with `args`, with its database in `db`.
pub fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimtrail"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CLAIMTRAIL_DB")
        .output()
        .expect("the claimtrail binary runs")
}

/// `extract --json FILE` as parsed JSON.
pub fn extract_json(file: &Path) -> serde_json::Value {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = run(&dir.path().join("unused.db"), &["extract", "--json", file.to_str().expect("utf-8 path")]);
    assert!(out.status.success(), "extract failed on {}: {}", file.display(), String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("extract --json prints JSON")
}

/// Stdout as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Stderr as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
