//! Terminal rendering of a diff: grouped by severity, old and new text with the changed words
//! marked — in colour when asked, else with `[-…-]` and `{+…+}` as in `git diff --word-diff`.

use std::fmt::Write as _;

use crate::diff::{Change, ChangeClass, Diff, Item, Severity};
use crate::report::text::{escape, truncate};

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// Render `diff` for a terminal.
pub fn render(diff: &Diff, color: bool) -> String {
    let mut out = String::new();
    let paint = |code: &str, s: &str| if color { format!("{code}{s}{RESET}") } else { s.to_owned() };
    for severity in [Severity::High, Severity::Medium, Severity::Low] {
        let group: Vec<&Change> = diff.changes.iter().filter(|c| c.severity == severity).collect();
        if group.is_empty() {
            continue;
        }
        let title = match severity {
            Severity::High => "HIGH",
            Severity::Medium => "MEDIUM",
            Severity::Low => "LOW",
        };
        let _ = writeln!(out, "{}", paint(BOLD, &format!("{title} ({})", group.len())));
        for c in group {
            render_change(&mut out, c, color);
        }
        out.push('\n');
    }
    let s = &diff.summary;
    let _ = writeln!(
        out,
        "{} unchanged, {} changed, {} added, {} removed, {} moved",
        s.unchanged, s.changed, s.added, s.removed, s.moved
    );
    out
}

fn place(i: &Item) -> String {
    let who = i.speaker.as_deref().map(|s| format!(" — {}", escape(s))).unwrap_or_default();
    format!("¶{} {}{who}", i.paragraph, i.kind.as_str())
}

fn render_change(out: &mut String, c: &Change, color: bool) {
    let head = c.new.as_ref().or(c.old.as_ref()).map(place).unwrap_or_default();
    let note = c.note.as_deref().map(|n| format!(" ({})", escape(n))).unwrap_or_default();
    let _ = writeln!(out, "  {:<17} {head}{note}", c.change.as_str());
    match c.change {
        ChangeClass::CorrectionNotice => {}
        ChangeClass::Added => line(out, '+', c.new.as_ref().map_or("", |i| i.text.as_str()), color, GREEN),
        ChangeClass::Removed => line(out, '-', c.old.as_ref().map_or("", |i| i.text.as_str()), color, RED),
        ChangeClass::Moved => {
            if let (Some(o), Some(n)) = (&c.old, &c.new) {
                let _ = writeln!(
                    out,
                    "      from ¶{} to ¶{}: {}",
                    o.paragraph,
                    n.paragraph,
                    escape(&truncate(&n.text, 100))
                );
            }
        }
        ChangeClass::SpeakerChanged => {
            let name =
                |i: &Option<Item>| i.as_ref().and_then(|i| i.speaker.clone()).unwrap_or_else(|| "no speaker".into());
            let _ = writeln!(out, "      {} → {}", escape(&name(&c.old)), escape(&name(&c.new)));
        }
        ChangeClass::AgencyChanged => {
            let ag = |i: &Option<Item>| {
                let a = i.as_ref().map(|i| i.agencies.join(", ")).unwrap_or_default();
                if a.is_empty() {
                    "none".to_owned()
                } else {
                    a
                }
            };
            let _ = writeln!(out, "      via {} → via {}", ag(&c.old), ag(&c.new));
        }
        _ => {
            if let Some(n) = &c.numbers {
                let _ = writeln!(out, "      {} → {}", escape(&n.old.join(", ")), escape(&n.new.join(", ")));
            }
            words(out, c, color);
        }
    }
}

fn line(out: &mut String, sign: char, text: &str, color: bool, code: &str) {
    let t = escape(text);
    if color {
        let _ = writeln!(out, "    {code}{sign} {t}{RESET}");
    } else {
        let _ = writeln!(out, "    {sign} {t}");
    }
}

fn words(out: &mut String, c: &Change, color: bool) {
    let mut old = String::new();
    let mut new = String::new();
    for (tag, text) in &c.words {
        let t = escape(text);
        match (*tag, color) {
            ("equal", _) => {
                old.push_str(&t);
                new.push_str(&t);
            }
            ("delete", true) => old.push_str(&format!("{RED}{BOLD}{t}{RESET}")),
            ("delete", false) => old.push_str(&format!("[-{t}-]")),
            (_, true) => new.push_str(&format!("{GREEN}{BOLD}{t}{RESET}")),
            (_, false) => new.push_str(&format!("{{+{t}+}}")),
        }
    }
    let _ = writeln!(out, "    - {old}");
    let _ = writeln!(out, "    + {new}");
}
