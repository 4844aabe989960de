//! Reading input files (or stdin) into analysed articles, with errors that name the file.

use std::io::Read;
use std::path::Path;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};

use claimtrail::document::{Encoding, Format, Lang, ParseOptions, DEFAULT_MAX_BYTES};
use claimtrail::{analyse, Article};

/// Options shared by every command that reads articles.
#[derive(Debug, Clone, Args)]
pub struct InputArgs {
    /// Language of the articles (default: detected).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Treat input as this format (default: by file name and content).
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// Refuse files larger than this many bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_BYTES, value_name = "BYTES")]
    pub max_bytes: usize,
}

/// `--lang` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    /// German.
    De,
    /// English.
    En,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// Plain text.
    Text,
    /// HTML page.
    Html,
}

impl InputArgs {
    /// As library options.
    pub fn options(&self) -> ParseOptions {
        ParseOptions {
            format: self.format.map(|f| match f {
                FormatArg::Text => Format::Text,
                FormatArg::Html => Format::Html,
            }),
            lang: self.lang.map(|l| match l {
                LangArg::De => Lang::De,
                LangArg::En => Lang::En,
            }),
            max_bytes: self.max_bytes,
        }
    }
}

/// The bytes of `path`, or of stdin for `-`, refusing more than `max` bytes.
pub fn read_input(path: &Path, max: usize) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let limit = max as u64 + 1;
    if path == Path::new("-") {
        std::io::stdin().lock().take(limit).read_to_end(&mut bytes).context("cannot read standard input")?;
    } else {
        if path.is_dir() {
            bail!(
                "{} is a directory; give the article files inside it (e.g. {}/*.txt)",
                path.display(),
                path.display()
            );
        }
        let file = std::fs::File::open(path)
            .with_context(|| format!("cannot open {}; check the path and that it is readable", path.display()))?;
        file.take(limit).read_to_end(&mut bytes).with_context(|| format!("cannot read {}", path.display()))?;
    }
    Ok(bytes)
}

/// Read and analyse one input; errors name the file.
pub fn load(path: &Path, args: &InputArgs) -> Result<Article> {
    let bytes = read_input(path, args.max_bytes)?;
    let name = path.to_str();
    let shown = if path == Path::new("-") { "standard input".to_owned() } else { path.display().to_string() };
    let article =
        analyse(&bytes, name, &args.options()).with_context(|| format!("{shown} cannot be read as an article"))?;
    if article.doc.encoding == Encoding::Windows1252 {
        eprintln!("note: {shown} is not valid UTF-8; decoded it as Windows-1252");
    }
    Ok(article)
}
