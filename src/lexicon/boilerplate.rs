//! Markers of page furniture that is not the article: ads, teasers, links, credits, bylines.

/// A boilerplate line rule: the reason reported, and the line prefixes that identify it.
pub struct Marker {
    /// The reason in `extract --json` (`ad-marker`, `video-teaser`, ...).
    pub reason: &'static str,
    /// Whole lines equal to one of these (case-insensitive, surrounding punctuation ignored).
    pub whole: &'static [&'static str],
    /// Lines starting with one of these (case-sensitive).
    pub prefixes: &'static [&'static str],
}

/// Markers in the order they are tried.
pub const MARKERS: &[Marker] = &[
    Marker {
        reason: "ad-marker",
        whole: &[
            "anzeige", "werbung", "advertisement", "sponsored", "sponsored content", "ad", "promotion", "gesponsert",
            "anzeigen",
        ],
        prefixes: &["Anzeige:", "Advertisement:", "Sponsored:", "ANZEIGE"],
    },
    Marker {
        reason: "video-teaser",
        whole: &[],
        prefixes: &["Im Video:", "Video:", "VIDEO:", "Watch:", "WATCH:", "Im Video ", "Video -", "Podcast:", "Audio:"],
    },
    Marker {
        reason: "related-link",
        whole: &[
            "mehr zum thema", "lesen sie auch", "read more", "also read", "auch interessant", "related",
            "weitere artikel", "das könnte sie auch interessieren", "mehr dazu",
        ],
        prefixes: &[
            "Mehr zum Thema", "Lesen Sie auch", "Lesen Sie mehr", "Lesen Sie hier", "Read more", "Also read",
            "READ MORE", "Related:", "Auch interessant", "Das könnte Sie auch interessieren", "Mehr dazu:",
            "Mehr lesen:", "Weiterlesen", "See also", "More:", "Zum Thema:",
        ],
    },
    Marker {
        reason: "photo-credit",
        whole: &[],
        prefixes: &[
            "Foto:", "Fotos:", "Bild:", "Bilder:", "Photo:", "Photos:", "Image:", "Credit:", "Bildquelle:", "©",
            "(c) ", "Copyright ", "(AP Photo", "AP Photo/", "Fotograf:", "Picture:",
        ],
    },
    Marker {
        reason: "newsletter",
        whole: &["newsletter abonnieren", "jetzt abonnieren", "subscribe", "sign up for our newsletter", "abonnieren"],
        prefixes: &["Newsletter", "Jetzt abonnieren", "Sign up for", "Subscribe to", "Abonnieren Sie"],
    },
    Marker {
        reason: "share",
        whole: &[
            "teilen", "share", "share this article", "artikel teilen", "drucken", "print", "kommentare", "comments",
            "e-mail", "email", "twitter", "facebook", "whatsapp", "tweet",
        ],
        prefixes: &["Share this", "Artikel teilen", "Diesen Artikel teilen", "Teilen auf"],
    },
];

/// Labels that introduce a summary block; the label is structure, the sentences after it are
/// content.
pub const SUMMARY_LABELS: &[&str] = &[
    "Das Wichtigste in Kürze", "Das Wichtigste im Überblick", "Auf einen Blick", "Key points", "At a glance",
    "The big picture", "In short",
];

/// Phrases that open a correction or editor's note.
pub const CORRECTION_NOTICES: &[&str] = &[
    "Korrektur:", "Korrekturhinweis", "In einer früheren Version", "In einer vorherigen Version",
    "Anmerkung der Redaktion", "Hinweis der Redaktion", "Transparenzhinweis", "Berichtigung:", "Correction:",
    "Corrections:", "An earlier version of this", "A previous version of this", "This story has been updated",
    "This article has been updated", "Editor's note", "Editor’s note", "Update:", "Aktualisierung:",
];
