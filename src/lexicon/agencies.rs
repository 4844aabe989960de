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
        aliases: &[
            "Deutsche Presse-Agentur", "Deutschen Presse-Agentur", "Deutsche Presseagentur", "Deutschen Presseagentur",
            "dpa", "dpa-AFX", "German Press Agency",
        ],
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
        aliases: &[
            "Katholische Nachrichten-Agentur", "Katholischen Nachrichten-Agentur", "Katholische Nachrichtenagentur",
            "Katholischen Nachrichtenagentur", "KNA",
        ],
    },
    Agency {
        code: "sid",
        name: "Sport-Informations-Dienst",
        aliases: &["Sport-Informations-Dienst", "Sport-Informations-Dienstes", "SID"],
    },
    Agency {
        code: "apa",
        name: "Austria Presse Agentur",
        aliases: &["Austria Presse Agentur", "Austria Presse-Agentur", "APA"],
    },
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
    // (Not `PA` alone: `the PA` is as often the Palestinian Authority.)
    Agency { code: "pa", name: "PA Media", aliases: &["PA Media", "PA news agency", "Press Association"] },
    Agency { code: "cp", name: "The Canadian Press", aliases: &["Canadian Press"] },
    Agency { code: "anp", name: "ANP", aliases: &["ANP"] },
    Agency { code: "pap", name: "Polska Agencja Prasowa", aliases: &["PAP"] },
    Agency { code: "ukrinform", name: "Ukrinform", aliases: &["Ukrinform"] },
    Agency { code: "kyodo", name: "Kyodo", aliases: &["Kyodo"] },
    Agency { code: "anadolu", name: "Anadolu", aliases: &["Anadolu"] },
    Agency { code: "irna", name: "IRNA", aliases: &["IRNA", "Irna"] },
];

/// Adverbs that may stand between an agency and its verb of reporting (`Reuters also reported`,
/// `wie die dpa zuvor berichtete`).
pub const RELAY_ADVERBS: &[&str] =
    &["zuvor", "bereits", "außerdem", "ebenfalls", "zudem", "heute", "gestern", "also", "earlier", "later", "first"];

/// Words that introduce an agency by its kind, so "the news agency" can sit between a relay
/// phrase and the agency's name: `sagte der Nachrichtenagentur Reuters`.
pub const AGENCY_NOUNS: &[&str] = &[
    "Nachrichtenagentur", "Presseagentur", "Agentur", "news agency", "wire service", "agency", "französischen",
    "britischen", "amerikanischen", "US-amerikanischen", "russischen", "staatlichen", "chinesischen",
    "südkoreanischen", "nordkoreanischen", "Deutschen", "French", "British", "state", "state-run", "Russian",
    "Chinese",
];

use std::collections::HashMap;
use std::sync::OnceLock;

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

/// A list of named sources (agencies or outlets) compiled into one whole-word regex.
pub struct Gazetteer {
    entries: &'static [Agency],
    compiled: OnceLock<(Regex, HashMap<&'static str, &'static str>)>,
}

impl Gazetteer {
    /// Wrap a list.
    pub const fn new(entries: &'static [Agency]) -> Gazetteer {
        Gazetteer { entries, compiled: OnceLock::new() }
    }

    fn compiled(&self) -> &(Regex, HashMap<&'static str, &'static str>) {
        self.compiled.get_or_init(|| {
            let mut aliases: Vec<(&'static str, &'static str)> =
                self.entries.iter().flat_map(|a| a.aliases.iter().map(move |al| (*al, a.code))).collect();
            // Longest first, so "Deutsche Presse-Agentur" wins over a shorter alias inside it.
            aliases.sort_by_key(|(al, _)| std::cmp::Reverse(al.len()));
            let pattern = aliases.iter().map(|(al, _)| regex::escape(al)).collect::<Vec<_>>().join("|");
            let re = Regex::new(&format!(r"(?:^|[^\p{{L}}\p{{N}}])({pattern})(?:$|[^\p{{L}}\p{{N}}])"))
                .expect("gazetteer compiles");
            (re, aliases.into_iter().collect())
        })
    }

    /// Every entry named in `text`, in order, matched as whole words and case-sensitively (so
    /// the English word "ap" or an "Efe" inside a name do not count).
    pub fn find(&self, text: &str) -> Vec<AgencyMention> {
        let (re, codes) = self.compiled();
        let mut out = Vec::new();
        let mut at = 0;
        while at <= text.len() {
            let Some(m) = re.captures_at(text, at).and_then(|c| c.get(1)) else { break };
            if let Some(code) = codes.get(m.as_str()) {
                out.push(AgencyMention { code, start: m.start(), end: m.end() });
            }
            at = m.end();
        }
        out
    }

    /// Display name of a code.
    pub fn name(&self, code: &str) -> &'static str {
        self.entries.iter().find(|a| a.code == code).map_or("", |a| a.name)
    }
}

/// The news agencies.
pub static AGENCY_NAMES: Gazetteer = Gazetteer::new(AGENCIES);

/// Newspapers, broadcasters and sites that quotes are relayed through (`sagte dem Spiegel`).
pub static OUTLET_NAMES: Gazetteer = Gazetteer::new(OUTLETS);

/// Every agency named in `text`, in order.
pub fn find_agencies(text: &str) -> Vec<AgencyMention> {
    AGENCY_NAMES.find(text)
}

/// Every outlet named in `text`, in order.
pub fn find_outlets(text: &str) -> Vec<AgencyMention> {
    OUTLET_NAMES.find(text)
}

/// Outlets. Bare names that are also common words ("Bild", "Welt", "Zeit", "Times") are left
/// out; their unambiguous forms are listed instead.
pub const OUTLETS: &[Agency] = &[
    Agency { code: "spiegel", name: "Der Spiegel", aliases: &["Spiegel", "SPIEGEL", "Spiegel Online"] },
    Agency { code: "bild", name: "Bild", aliases: &["Bild-Zeitung", "Bild am Sonntag", "BILD am Sonntag", "BILD"] },
    Agency {
        code: "faz",
        name: "Frankfurter Allgemeine Zeitung",
        aliases: &[
            "FAZ",
            "Frankfurter Allgemeinen Zeitung",
            "Frankfurter Allgemeine Zeitung",
            "Frankfurter Allgemeinen Sonntagszeitung",
            "Frankfurter Allgemeine Sonntagszeitung",
        ],
    },
    Agency { code: "sz", name: "Süddeutsche Zeitung", aliases: &["Süddeutschen Zeitung", "Süddeutsche Zeitung"] },
    Agency { code: "zeit", name: "Die Zeit", aliases: &["Zeit Online", "ZEIT"] },
    Agency { code: "welt", name: "Die Welt", aliases: &["Welt am Sonntag", "WELT"] },
    Agency { code: "handelsblatt", name: "Handelsblatt", aliases: &["Handelsblatt"] },
    Agency { code: "tagesspiegel", name: "Tagesspiegel", aliases: &["Tagesspiegel"] },
    Agency { code: "taz", name: "taz", aliases: &["taz"] },
    Agency { code: "rnd", name: "Redaktionsnetzwerk Deutschland", aliases: &["Redaktionsnetzwerk Deutschland", "RND"] },
    Agency {
        code: "funke",
        name: "Funke Mediengruppe",
        aliases: &["Funke Mediengruppe", "Funke-Mediengruppe", "Funke-Zeitungen"],
    },
    Agency { code: "ard", name: "ARD", aliases: &["ARD", "Tagesschau", "Tagesthemen"] },
    Agency { code: "zdf", name: "ZDF", aliases: &["ZDF", "heute journal"] },
    Agency { code: "dlf", name: "Deutschlandfunk", aliases: &["Deutschlandfunk"] },
    Agency { code: "rp", name: "Rheinische Post", aliases: &["Rheinischen Post", "Rheinische Post"] },
    Agency {
        code: "nzz",
        name: "Neue Zürcher Zeitung",
        aliases: &["Neuen Zürcher Zeitung", "Neue Zürcher Zeitung", "NZZ"],
    },
    Agency { code: "bbc", name: "BBC", aliases: &["BBC"] },
    Agency { code: "cnn", name: "CNN", aliases: &["CNN"] },
    Agency { code: "npr", name: "NPR", aliases: &["NPR"] },
    Agency { code: "nyt", name: "The New York Times", aliases: &["New York Times"] },
    Agency { code: "wapo", name: "The Washington Post", aliases: &["Washington Post"] },
    Agency { code: "guardian", name: "The Guardian", aliases: &["Guardian"] },
    Agency { code: "ft", name: "Financial Times", aliases: &["Financial Times"] },
    Agency { code: "wsj", name: "The Wall Street Journal", aliases: &["Wall Street Journal"] },
    Agency { code: "times", name: "The Times", aliases: &["The Times", "Sunday Times"] },
    Agency { code: "telegraph", name: "The Telegraph", aliases: &["Telegraph"] },
    Agency { code: "politico", name: "Politico", aliases: &["Politico", "POLITICO"] },
    Agency { code: "axios", name: "Axios", aliases: &["Axios"] },
    Agency { code: "lemonde", name: "Le Monde", aliases: &["Le Monde"] },
    Agency { code: "aljazeera", name: "Al Jazeera", aliases: &["Al Jazeera"] },
    Agency { code: "foxnews", name: "Fox News", aliases: &["Fox News"] },
    Agency { code: "nbc", name: "NBC News", aliases: &["NBC News", "NBC"] },
    Agency { code: "cbs", name: "CBS News", aliases: &["CBS News", "CBS"] },
    Agency { code: "sky", name: "Sky News", aliases: &["Sky News"] },
];

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
        let outlets = |t: &str| find_outlets(t).into_iter().map(|m| m.code).collect::<Vec<_>>();
        assert_eq!(outlets("sagte er dem „Spiegel“ und der Süddeutschen Zeitung"), ["spiegel", "sz"]);
    }
}
