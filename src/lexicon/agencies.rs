//! News agencies: code, and the names and abbreviations under which articles credit them.

/// One agency: its lower-case code (as in the `extract --json` contract) and how it is written.
pub struct Agency {
    /// Stable lower-case code, e.g. `dpa`.
    pub code: &'static str,
    /// Full name for display.
    pub name: &'static str,
    /// Spellings that identify it in text, matched as whole words. Case-sensitive where the
    /// abbreviation is also an ordinary word (`AP`, `SID`, `EFE`).
    pub aliases: &'static [&'static str],
}

/// The agency gazetteer.
pub const AGENCIES: &[Agency] = &[
    Agency {
        code: "dpa",
        name: "Deutsche Presse-Agentur",
        aliases: &["Deutsche Presse-Agentur", "Deutschen Presse-Agentur", "dpa", "dpa-AFX", "German Press Agency"],
    },
    Agency {
        code: "afp",
        name: "Agence France-Presse",
        aliases: &["Agence France-Presse", "Agence France Presse", "AFP", "französische Nachrichtenagentur AFP"],
    },
    Agency { code: "reuters", name: "Reuters", aliases: &["Thomson Reuters", "Reuters"] },
    Agency { code: "ap", name: "Associated Press", aliases: &["Associated Press", "AP"] },
    Agency {
        code: "epd",
        name: "Evangelischer Pressedienst",
        aliases: &["Evangelischer Pressedienst", "Evangelischen Pressedienst", "Evangelischen Pressedienstes", "epd"],
    },
    Agency {
        code: "kna",
        name: "Katholische Nachrichten-Agentur",
        aliases: &["Katholische Nachrichten-Agentur", "Katholischen Nachrichten-Agentur", "KNA"],
    },
    Agency {
        code: "sid",
        name: "Sport-Informations-Dienst",
        aliases: &["Sport-Informations-Dienst", "Sport-Informations-Dienstes", "SID"],
    },
    Agency { code: "apa", name: "Austria Presse Agentur", aliases: &["Austria Presse Agentur", "APA"] },
    Agency { code: "sda", name: "Keystone-SDA", aliases: &["Keystone-SDA", "Schweizerische Depeschenagentur", "SDA"] },
    Agency { code: "ansa", name: "ANSA", aliases: &["ANSA", "Ansa"] },
    Agency { code: "efe", name: "EFE", aliases: &["EFE", "Efe"] },
    Agency { code: "tass", name: "TASS", aliases: &["TASS", "Tass", "Itar-Tass"] },
    Agency { code: "ria", name: "RIA Nowosti", aliases: &["RIA Nowosti", "RIA Novosti", "Ria Nowosti", "RIA"] },
    Agency { code: "interfax", name: "Interfax", aliases: &["Interfax"] },
    Agency { code: "xinhua", name: "Xinhua", aliases: &["Xinhua", "Neues China"] },
    Agency { code: "yonhap", name: "Yonhap", aliases: &["Yonhap"] },
    Agency {
        code: "kcna",
        name: "Korean Central News Agency",
        aliases: &["KCNA", "Korean Central News Agency", "KCNA"],
    },
    Agency { code: "bloomberg", name: "Bloomberg", aliases: &["Bloomberg News", "Bloomberg"] },
    Agency { code: "anp", name: "ANP", aliases: &["ANP"] },
    Agency { code: "pap", name: "Polska Agencja Prasowa", aliases: &["PAP"] },
    Agency { code: "ukrinform", name: "Ukrinform", aliases: &["Ukrinform"] },
    Agency { code: "kyodo", name: "Kyodo", aliases: &["Kyodo"] },
    Agency { code: "anadolu", name: "Anadolu", aliases: &["Anadolu"] },
    Agency { code: "irna", name: "IRNA", aliases: &["IRNA", "Irna"] },
];

/// Words that introduce an agency by its kind, so "the news agency" can sit between a relay
/// phrase and the agency's name: `sagte der Nachrichtenagentur Reuters`.
pub const AGENCY_NOUNS: &[&str] = &[
    "Nachrichtenagentur", "Presseagentur", "Agentur", "news agency", "wire service", "agency", "französischen",
    "britischen", "amerikanischen", "US-amerikanischen", "russischen", "staatlichen", "chinesischen",
    "südkoreanischen", "nordkoreanischen", "Deutschen", "French", "British", "state", "state-run", "Russian",
    "Chinese",
];

use std::sync::LazyLock;

use regex::Regex;

/// One agency named in a text: its code and byte span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgencyMention {
    /// The agency's code.
    pub code: &'static str,
    /// Byte offset of the mention's start.
    pub start: usize,
    /// Byte offset after the mention.
    pub end: usize,
}

static AGENCY_RE: LazyLock<(Regex, Vec<&'static str>)> = LazyLock::new(|| {
    let mut alts: Vec<(&'static str, &'static str)> =
        AGENCIES.iter().flat_map(|a| a.aliases.iter().map(move |al| (*al, a.code))).collect();
    // Longest first, so "Deutsche Presse-Agentur" wins over a shorter alias inside it.
    alts.sort_by_key(|(al, _)| std::cmp::Reverse(al.len()));
    let pattern = alts.iter().map(|(al, _)| format!("({})", regex::escape(al))).collect::<Vec<_>>().join("|");
    let re = Regex::new(&format!(r"(?:^|[^\p{{L}}\p{{N}}])(?:{pattern})(?:$|[^\p{{L}}\p{{N}}])"))
        .expect("agency gazetteer compiles");
    (re, alts.into_iter().map(|(_, c)| c).collect())
});

/// Every agency named in `text`, in order. Matching is by whole word and case-sensitive, so
/// the English word "ap" or an "Efe" inside a name do not count.
pub fn find_agencies(text: &str) -> Vec<AgencyMention> {
    let (re, codes) = &*AGENCY_RE;
    let mut out = Vec::new();
    let mut at = 0;
    while at <= text.len() {
        let Some(caps) = re.captures_at(text, at) else {
            break;
        };
        let Some((i, m)) = caps.iter().enumerate().skip(1).find_map(|(i, m)| m.map(|m| (i, m))) else {
            break;
        };
        out.push(AgencyMention { code: codes[i - 1], start: m.start(), end: m.end() });
        at = m.end();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_agencies_by_name_and_code() {
        let codes = |t: &str| find_agencies(t).into_iter().map(|m| m.code).collect::<Vec<_>>();
        assert_eq!(codes("wie die Deutsche Presse-Agentur berichtete"), ["dpa"]);
        assert_eq!(codes("Berlin (dpa/AFP) - Text"), ["dpa", "afp"]);
        assert_eq!(codes("he told Reuters. The AP reported"), ["reuters", "ap"]);
        assert!(codes("a gap in the map; Apfel; dpad").is_empty());
    }
}
