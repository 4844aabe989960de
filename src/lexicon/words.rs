//! Function words, verb forms and date words that the segmenter and extractor rely on.

/// Articles and determiners stripped from the front of a speaker mention.
pub const DETERMINERS: &[&str] = &[
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "the", "a", "an",
    "dieser", "diese", "dieses", "this", "that", "its", "his", "her", "their", "sein", "seine", "seiner", "ihr",
    "ihre", "ihrer", "unser", "unsere", "einigen", "mehreren", "jegliche", "jeglicher", "jegliches", "jeglichen",
    "jede", "jeder", "jedes", "jeden", "jedem", "keine", "keinen", "keinem", "alle", "allen", "aller",
    // `Deren bildungspolitische Sprecherin X`: a relative in the genitive opening a sentence.
    "deren", "dessen",
];

/// Words that end a speaker mention: prepositions and conjunctions that start a new phrase.
pub const MENTION_STOPS: &[&str] = &[
    "in", "im", "am", "an", "auf", "bei", "beim", "vor", "nach", "mit", "gegenüber", "während", "am", "zum", "zur",
    "vom", "über", "unter", "seit", "und", "oder", "aber", "dass", "wie", "als", "bereits", "zudem", "außerdem",
    "auch", "noch", "dann", "nun", "jetzt", "heute", "gestern", "am", "laut", "so", "ebenfalls", "weiter", "zuvor",
    "später", "daher", "deshalb", "jedoch", "allerdings", "zu", "es", "man", "sich", "nicht", "schon", "dazu",
    "hierzu", "on", "at", "to", "during", "after", "before", "and", "but", "that", "as", "from", "with", "when",
    "while", "in", "of", "for", "by", "on", "yesterday", "today", "tonight", "also", "earlier", "later", "last",
    "this", "on", "who", "which", "adding", "saying", "told", "mit", "ihm", "ihr", "ihnen", "uns", "mir", "wir", "man",
    "aus", "gegen", "um", "bis", "durch", "ohne", "ab", "zwischen", "wegen", "trotz", "infolge", "hinter", "neben",
    "per", "about", "into", "over", "under", "against", "since", "until", "via", "near", "across", "hier", "dort",
    "damals", "daraufhin", "dabei", "danach", "darin", "darauf", "darüber", "trotzdem", "dennoch", "doch", "zunächst",
    "schließlich", "inzwischen", "bislang", "bisher", "zuletzt", "erneut", "ebenso", "gleichzeitig", "zugleich",
    "jedenfalls", "offenbar", "sogar", "vor allem", "nämlich", "ebenfalls", "demnach", "insgesamt", "gestern",
    "morgen", "derzeit", "mittlerweile", "kürzlich", "jüngst", "anschließend", "has", "have", "had", "will", "would",
    "is", "are", "was", "were", "be", "been", "could", "should", "may", "might", "insbesondere", "besonders",
    "aktuell", "damit", "dies", "daher", "somit", "vielmehr", "stattdessen", "immerhin", "ferner", "weiterhin", "erst",
    "nur", "deswegen", "folglich", "genauso", "gleichwohl", "hingegen", "dagegen", "demgegenüber", "andererseits",
    "einerseits", "vorher", "nachher", "seitdem", "kaum", "fast", "rund", "etwa", "ungefähr", "wörtlich", "sinngemäß",
    "ausdrücklich", "ebenso", "anders", "ähnlich", "laut", "ganz", "zuerst", "denn", "zwar", "unterdessen", "indes",
    "indessen", "währenddessen", "übrigens", "freilich", "ohnehin", "eigentlich", "tatsächlich", "angeblich",
    "vermutlich", "wahrscheinlich", "möglicherweise", "lediglich", "daneben", "selbst", "weil", "obwohl", "nachdem",
    "among", "amid", "despite", "following", "within", "without", "throughout", "toward", "towards", "upon", "zumal",
    "indem", "bevor", "sodass", "ob", "wenn", "falls", "wer", "warum", "weshalb", "wieso", "wohl",
    // How someone spoke, at the head of a clause: "Besorgt äußerte sich der Vorsitzende".
    "besorgt", "erfreut", "verärgert", "enttäuscht", "empört", "überrascht", "zufrieden", "unzufrieden", "skeptisch",
    "gelassen", "zuversichtlich", "optimistisch", "pessimistisch", "zurückhaltend", "erleichtert", "entsetzt",
    "schockiert", "bestürzt", "irritiert", "verwundert", "erstaunt", "begeistert", "alarmiert",
];

/// German finite auxiliaries and modals: a name or description never runs back across its
/// clause's verb (`Die Stadtwerke haben Medieninformationen zufolge`).
pub const AUXILIARIES_DE: &[&str] = &[
    "hat", "haben", "hatte", "hatten", "habe", "ist", "sind", "sei", "seien", "wird", "werden", "wurde", "wurden",
    "soll", "sollen", "sollte", "sollten", "kann", "können", "konnte", "konnten", "muss", "müssen", "musste",
    "mussten", "wäre", "wären", "würde", "würden", "dürfte", "dürften", "darf", "dürfen", "wollte", "wollten",
    "wollen", "möchte", "mag",
];

/// English auxiliaries and copulas: a phrase with one of them is a clause, not a name or an
/// appositive.
pub const EN_AUXILIARIES: &[&str] =
    &["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "did", "does"];

/// Prepositions: a noun phrase right after one is governed by it, not a subject.
pub const PREPOSITIONS: &[&str] = &[
    "in", "im", "am", "an", "auf", "bei", "beim", "vor", "nach", "mit", "gegenüber", "während", "zum", "zur", "vom",
    "über", "unter", "seit", "bis", "aus", "gegen", "um", "durch", "ohne", "ab", "zwischen", "wegen", "von", "für",
    "aufgrund", "angesichts", "trotz", "infolge", "anlässlich", "hinsichtlich", "bezüglich", "innerhalb", "außerhalb",
    "statt", "anstatt", "laut", "dank", "entgegen", "gemäß", "neben", "hinter", "zugunsten", "on", "at", "to",
    "during", "after", "before", "from", "with", "of", "for", "by", "since", "until", "about", "into", "over", "under",
    "against", "through", "across", "throughout", "among", "amid", "within", "inside", "outside", "near", "behind",
    "toward", "towards",
];

/// Nouns that announce a name of a thing, so the quoted words after them are a title, not a
/// quote: `das Schiff „Nordlicht“`, `the film "The Long Harbour"`.
pub const TITLE_NOUNS: &[&str] = &[
    "schiff", "frachter", "tanker", "fähre", "jacht", "yacht", "boot", "kreuzfahrtschiff", "film", "filme",
    "spielfilm", "serie", "sendung", "fernsehsendung", "talkshow", "show", "podcast", "buch", "roman", "album", "lied",
    "song", "titel", "zeitung", "magazin", "zeitschrift", "blatt", "programm", "projekt", "operation", "mission",
    "kampagne", "initiative", "aktion", "bündnis", "verein", "partei", "plattform", "app", "marke", "produkt", "stück",
    "theaterstück", "oper", "musical", "ausstellung", "festival", "gesetz", "plan", "wort", "begriff", "motto",
    "slogan", "unwort", "hashtag", "schlagwort", "spitzname", "codename", "tarnname", "ship", "vessel", "tanker",
    "ferry", "boat", "freighter", "film", "movie", "documentary", "series", "show", "programme", "program", "podcast",
    "book", "novel", "album", "song", "single", "newspaper", "magazine", "paper", "column", "project", "operation",
    "mission", "campaign", "initiative", "brand", "app", "play", "exhibition", "festival", "act", "bill", "plan",
    "word", "term", "phrase", "motto", "slogan", "hashtag", "nickname", "codename", "code-named", "titled", "entitled",
    "namens", "mit dem titel", "sogenannte", "sogenannten", "sogenannter", "so-called", "so genannte", "so genannten",
    "bekannt als", "known as", "unter dem namen", "unter dem motto", "label", "kategorie", "rubrik", "stichwort",
    "tageszeitung", "sportzeitung", "wochenzeitung", "agentur", "nachrichtenagentur", "gruppe", "unternehmensgruppe",
    "modell", "modelle", "enzyklika", "preis", "auszeichnung", "orden", "lokal", "gasthaus", "restaurant", "website",
    "webseite", "internetseite", "homepage", "portal", "internetportal", "fachblatt", "fachmagazin",
    "nachrichtenmagazin", "organisation", "hilfsorganisation", "verordnung", "rakete", "trägerrakete", "flugzeug",
    "satellit", "sonde", "stamm", "club", "klub", "team", "mannschaft", "band", "rubrik", "kategorie", "ausstellung",
    "unternehmen", "firma", "konzern", "marke", "software", "spiel", "computerspiel", "tournee", "tour", "cd", "dvd",
    "lied", "hymne", "sendung", "fernsehserie", "reihe", "bündnis", "netzwerk", "plattform", "veranstaltung",
    "kongress", "gipfel", "wettbewerb", "turnier", "titel", "name", "namen", "bezeichnung", "abkürzung", "kurz",
    "sender", "fernsehsender", "radiosender", "internetdienst", "nachrichtendienst", "nachrichtensite", "studie",
    "pille", "channel", "network", "outlet",
];

/// Konjunktiv forms strong enough to mark reported speech without a cue in the same sentence
/// (they are not also ordinary indicative forms).
pub const KONJUNKTIV_STRONG: &[&str] = &[
    "sei", "seien", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "werde", "habe", "gebe", "wisse", "bleibe",
    "liege", "stehe", "gehe", "komme", "gelte", "fehle", "handle", "handele", "bestehe", "betrage", "drohe", "erfolge",
    "befinde", "verfüge", "brauche", "plane", "halte", "lasse", "fühle", "entscheide", "dringe", "zeige", "sehe",
    "finde", "koste", "trage", "helfe", "führe", "mache", "nehme", "gehöre", "sinke", "steige", "wachse", "lebe",
    "arbeite", "verliere", "erhalte", "schaffe", "setze", "treffe", "wirke", "leide",
];

/// Month names and abbreviations (German and English).
pub const MONTHS: &[&str] = &[
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "january", "february", "march", "may", "june", "july", "october", "december", "jan.",
    "feb.", "febr.", "aug.", "sept.", "okt.", "oct.", "nov.", "dez.", "dec.",
];

/// Weekdays and relative dates.
/// Speech verbs with `ß` in the Swiss spelling with `ss`, and their standard form.
pub const SWISS_SPELLINGS: &[(&str, &str)] = &[
    ("heisst", "heißt"),
    ("hiess", "hieß"),
    ("hiessen", "hießen"),
    ("hiesse", "hieße"),
    ("liess", "ließ"),
    ("liessen", "ließen"),
    ("äusserte", "äußerte"),
    ("äusserten", "äußerten"),
    ("äussert", "äußert"),
    ("geäussert", "geäußert"),
    ("begrüsste", "begrüßte"),
    ("begrüssten", "begrüßten"),
    ("begrüsst", "begrüßt"),
];

/// German relative pronouns that open a clause after a comma (`…, das dem Verein helfe, …`).
pub const RELATIVE_PRONOUNS: &[&str] = &["der", "die", "das", "den", "dem", "deren", "dessen", "denen"];

/// Whether German `number` (without its full stop) after `word` is an ordinal: `der 3. Großen
/// Strafkammer`, `zum 2. Mal`, `der VIII. Zivilsenat`, not the end of a sentence.
pub fn ordinal_after(word: &str, number: &str) -> bool {
    let arabic = number.len() <= 3 && number.chars().all(|c| c.is_ascii_digit());
    let roman = number.len() <= 5 && number.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'));
    !number.is_empty() && (arabic || roman) && ORDINAL_BEFORE.contains(&word.to_lowercase().as_str())
}

/// Words after which a German number with a full stop is an ordinal.
const ORDINAL_BEFORE: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "am", "im", "zum", "zur", "vom", "beim", "seiner", "ihrer", "seines",
    "ihres", "einer", "eines",
];

pub const DAYS: &[&str] = &[
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "gestern", "vorgestern", "morgen", "yesterday",
    "tomorrow",
];

/// Words for amounts and quantities.
pub const AMOUNTS: &[&str] = &[
    "prozent", "prozentpunkte", "million", "millionen", "mio.", "milliarde", "milliarden", "mrd.", "billion",
    "billionen", "euro", "dollar", "franken", "pfund", "rubel", "tausend", "hundert", "tausende", "hunderte",
    "dutzende", "percent", "per cent", "millions", "billion", "billions", "thousand", "thousands", "hundreds",
    "dozens", "pounds", "dollars", "euros", "€", "$", "£", "%", "kilometer", "km", "tonnen", "tons", "tonnes", "grad",
    "degrees", "hälfte", "drittel", "viertel", "half", "third", "quarter", "zwei", "drei", "vier", "fünf", "sechs",
    "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "hundert", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "fifty",
];

/// Very frequent German words, for language detection.
pub const STOP_DE: &[&str] = &[
    "der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "für", "dem", "den", "ein", "eine", "von", "zu",
    "im", "wurde", "auch", "es", "sie", "er", "hat", "bei", "nach", "wie", "sei", "dass", "werden", "aus", "noch",
    "einer", "sagte",
];

/// Very frequent English words, for language detection.
pub const STOP_EN: &[&str] = &[
    "the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "on", "with", "as", "he", "she", "said", "by",
    "at", "from", "his", "her", "they", "be", "have", "has", "are", "were", "this", "an", "which", "would", "will",
    "not",
];

/// Participles that introduce a name when the quote follows them directly: `a ship called
/// "Sea Lark"` (but `she called it "reckless"` is a quote: an object stands between).
pub const NAMING_PARTICIPLES: &[&str] = &["called", "named", "dubbed", "genannt", "getauft", "known as"];

/// Last words of a business's name (lower case): `Castlegate Engineering`, `Halvorsen Foods`,
/// `Nordkai AG`. A name ending in one is a business, the one `the company` refers back to.
pub const COMPANY_HEADS: &[&str] = &[
    "inc", "ltd", "corp", "corporation", "plc", "llc", "group", "holdings", "holding", "company", "ag", "gmbh", "se",
    "engineering", "foods", "energy", "partners", "systems", "technologies", "motors", "airlines", "airways", "air",
    "pharmaceuticals", "industries", "logistics", "haulage", "homes", "capital", "media", "shipping", "mining",
    "construction", "trading", "bank", "services", "semiconductor", "electronics", "utilities", "unternehmen",
    "konzern", "werke", "reederei", "werft", "verlag", "zulieferer", "hersteller", "autobauer", "maschinenbauer",
    "kette", "anlagenbauer", "ggmbh", "versicherer", "versorger", "discounter", "bahn", "bahnen",
    "verkehrsgesellschaft", "wohnungsbaugesellschaft", "baugesellschaft", "betriebsgesellschaft", "verkehrsbetriebe",
];

/// English nouns an appositive uses for a business (`Entergy, the region's largest utility,`);
/// compounds in `-maker` (`carmaker`, `chipmaker`) count too. Not nouns that also name a
/// person's job (`producer`, `developer`, `operator`).
pub const BUSINESS_NOUNS: &[&str] = &[
    "company", "firm", "utility", "maker", "retailer", "airline", "bank", "lender", "insurer", "manufacturer",
    "supplier", "conglomerate", "startup", "start-up", "broadcaster", "giant", "group",
];

/// Ends of German nouns for a kind of business (`der Stuttgarter Maschinenbauer`, `der
/// Versicherer`, `die Reederei`): with the definite article they refer back to the business
/// named last. (`-bauer` only in a compound: a `Bauer` is a farmer.)
pub const BUSINESS_KINDS_DE: &[&str] = &[
    "konzern", "unternehmen", "hersteller", "zulieferer", "versicherer", "versorger", "discounter", "betreiber",
    "reederei", "brauerei", "molkerei", "verlag", "werft", "fluggesellschaft", "airline", "autobauer",
    "maschinenbauer", "anlagenbauer", "flugzeugbauer", "schiffbauer", "fahrzeugbauer",
];

/// Endings of German nouns for a person by what they do or are (`Mieterin`, `Pensionistin`,
/// `Feuerwehrmann`, `Demonstrant`, `Häftling`, `Ingenieur`): `eine Pensionistin sagte` is
/// someone not named.
pub const PERSON_ENDINGS_DE: &[&str] =
    &["er", "erin", "ist", "istin", "mann", "ent", "entin", "ant", "antin", "ling", "eur", "eurin"];

/// Online platforms and services, which quoted are named, never quoted: `nennt „Twitter“ in
/// Syrien oder „Facebook“`.
pub const PLATFORMS: &[&str] = &[
    "Twitter", "Facebook", "YouTube", "Youtube", "Instagram", "TikTok", "WhatsApp", "Telegram", "Snapchat", "LinkedIn",
    "Google", "Wikipedia", "Wikinews", "Wikileaks", "WikiLeaks", "Reddit", "Skype", "Bluesky", "Mastodon",
];

/// Words that open a sentence after a name shortened to an initial (`… Tobias W. Er habe …`),
/// and never follow an initial inside a name (`Tobias W. Schmidt`).
pub const OPENERS_AFTER_INITIAL: &[&str] = &[
    "Er", "Sie", "Es", "Der", "Die", "Das", "Dem", "Den", "Ihm", "Ihr", "Laut", "Nach", "He", "She", "It", "They",
    "The",
];

/// German words that open a plural noun phrase by counting it: `Zwei Polizisten`, `Weitere
/// Zeugen`, `Zahlreiche Anwohner`. Capitalised at the start of a sentence, they open a group,
/// not a name.
pub const QUANTIFIERS_DE: &[&str] = &[
    "weitere", "zahlreiche", "viele", "einige", "mehrere", "andere", "beide", "etliche", "wenige", "manche",
    "sämtliche", "verschiedene", "unzählige", "hunderte", "tausende", "dutzende", "zwei", "drei", "vier", "fünf",
    "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "hundert",
];

/// Ends of German nouns for a sports club by what it is (`der Fußball-Bundesligist`, `der
/// Zweitligist`, `der Klub`): with the definite article they refer back to the club the
/// report is about, named first.
pub const CLUB_KINDS_DE: &[&str] = &["ligist", "klub", "club", "verein"];

/// Trade unions by the names newsrooms use for them (`die IG Metall`, `Unite`): `die
/// Gewerkschaft` or `the union` refers back to them though their names do not say so. (Any
/// name opening with `IG` is an industrial union too.)
pub const UNIONS: &[&str] = &[
    "Verdi", "ver.di", "GDL", "EVG", "NGG", "GEW", "DGB", "GdP", "DPolG", "dbb", "UFO", "IG Metall", "IG BCE",
    "IG BAU", "Marburger Bund", "Vereinigung Cockpit", "Unite", "Unison", "GMB", "RMT", "Aslef", "UAW", "Teamsters",
    "SAG-AFTRA", "AFL-CIO", "TUC", "CGT", "CFDT",
];

/// Nouns that refer back to a business named before (`the company said`, `der Konzern teilte
/// mit`).
pub const COMPANY_WORDS: &[&str] = &["company", "firm", "group", "unternehmen", "konzern", "firma"];

/// Last words of football clubs' names (`Castlebridge United`, `Westbridge Athletic`, `Hull
/// City`): `the club` refers back to them.
pub const CLUB_HEADS: &[&str] = &[
    "united", "athletic", "rovers", "wanderers", "albion", "fc", "city", "town", "county", "rangers", "hotspur",
    "villa", "celtic", "argyle", "orient",
];

/// Plurals that end a body's name, not a team's: `United Nations`, `Veterans Affairs`,
/// `Liberal Democrats` (`the team` stands for no one named so).
pub const TEAM_NAME_EXCEPTIONS: &[&str] = &[
    "nations", "states", "affairs", "services", "communications", "workers", "democrats", "republicans", "greens",
    "liberals", "conservatives", "socialists", "news", "times", "sciences", "studies", "rights", "forces", "arms",
    "courts", "relations", "resources", "works", "islands", "emirates", "brothers", "sisters", "associates",
];

/// Abbreviations a German sports club's name opens with (`SV Grün-Weiß Hallstedt`, `VfB
/// Stuttgart`), and the traditional words that do the same (`Borussia Dortmund`, `Eintracht
/// Frankfurt`, `Hertha BSC`): `der Verein` or `der Klub` refers back to it.
pub const CLUB_PREFIXES: &[&str] = &[
    "SV", "FC", "TSV", "VfB", "VfL", "VfR", "SC", "TSG", "SpVgg", "TuS", "FSV", "SG", "BV", "BSC", "SSV", "MSV", "KSV",
    "SSC", "RB", "HSV", "ESV", "TV", "TuRU", "SGS", "FFC", "Borussia", "Eintracht", "Fortuna", "Arminia", "Alemannia",
    "Hertha", "Dynamo", "Viktoria", "Werder",
];

/// Heads of institution names (lower case, matched as word endings): a mention ending in one
/// of these is an institution, not a person.
pub const INSTITUTION_HEADS: &[&str] = &[
    "ministerium", "ministeriums", "amt", "amtes", "amts", "behörde", "polizei", "regierung", "bundesregierung",
    "landesregierung", "gericht", "gerichts", "verband", "verbandes", "verbands", "partei", "bundestag", "landtag",
    "kommission", "rat", "rates", "kreml", "staatsanwaltschaft", "feuerwehr", "verwaltung", "stadtverwaltung",
    "unternehmen", "konzern", "konzerns", "firma", "bank", "gewerkschaft", "institut", "instituts", "stiftung",
    "klinik", "krankenhaus", "universität", "hochschule", "bundeswehr", "armee", "militär", "botschaft", "kirche",
    "bistum", "senat", "ausschuss", "vorstand", "präsidium", "zentrale", "agentur", "dienst", "dienstes", "bahn",
    "rundfunk", "fernsehen", "post", "fluggesellschaft", "reederei", "versicherung", "sparkasse", "stadtwerke",
    "verkehrsbetriebe", "verbund", "kammer", "weißes haus", "vereinte nationen", "uno", "nato", "eu", "house",
    "ministry", "department", "office", "government", "police", "council", "court", "commission", "company", "union",
    "party", "committee", "board", "hospital", "university", "kremlin", "pentagon", "army", "military", "service",
    "authority", "authorities", "bank", "group", "association", "foundation", "institute", "embassy", "parliament",
    "senate", "congress", "administration", "brigade", "prosecutors", "inc", "ltd", "corp", "corporation", "agency",
    "trust", "network", "club", "federation", "organisation", "organization", "firm", "operator", "utility", "airline",
    "railway", "school", "church", "diocese", "museum", "gesellschaft", "betreiber", "betreibers", "ag", "gmbh",
    "holding", "plc", "llc", "führung", "leitung", "spitze", "direktion", "verein", "fraktion", "bündnis", "reederei",
    "institution", "gemeinde", "werft", "kanzlei", "sparkasse", "verlag", "genossenschaft", "kammer", "initiative",
    "rundfunk", "rundfunks", "fernsehen", "fernsehens", "staat", "staates", "stadt", "regime", "koalition",
    "opposition", "justiz", "engineering", "foods", "partners", "holdings", "industries", "logistics", "haulage",
    "airways", "pharmaceuticals", "technologies", "festival", "team", "kreuz", "halbmond", "cross", "services",
    "bureau", "alliance", "coalition", "league", "tribunal", "regulator", "watchdog", "secretariat", "directorate",
    "athletic", "rovers", "wanderers", "albion", "fc", "landesbetrieb", "landesbetriebs", "eigenbetrieb",
    "eigenbetriebs", "gemeinschaft", "rathaus", "rathauses", "klub", "klubs", "zentrum", "zentrums", "vereinigung",
    "nationen", "bahnen", "bund", "gerichtshof", "rechnungshof", "fonds", "komitee", "kabinett", "parlament",
    "gremium", "konsortium", "kuratorium", "sekretariat", "direktorium", "kommando", "zoo", "tierpark", "panel",
    "städtetag", "landkreistag", "gemeindetag", "landkreis", "landkreises", "chamber",
];

/// German Konjunktiv II forms, which carry reported speech on from a reported sentence.
pub const KONJUNKTIV_II_FORMS: &[&str] = &[
    "wäre", "wären", "hätte", "hätten", "würde", "würden", "könnte", "könnten", "müsste", "müssten", "sollte",
    "sollten", "dürfte", "dürften", "gäbe", "käme", "ginge", "bliebe", "läge", "stünde", "stünden", "lägen", "gäben",
    "kämen", "sähen", "wüsste", "wüssten", "bräuchte", "bräuchten", "ergäbe", "ergäben", "fände", "fänden", "ließe",
    "hielte", "nähme", "nähmen", "bestünde", "bestünden", "entstünde", "entstünden",
];

/// How a sentence opens when it tells of another occasion than the one before (`Im Landtag
/// sagte X`, `At a news conference, X said`): its speaker does not go on through the agency
/// they spoke to before.
pub const OCCASION_OPENERS: &[&str] =
    &["Im ", "Vor ", "Beim ", "Bei ", "In einer ", "In einem ", "At ", "In a ", "In an ", "Speaking "];

/// Words that open a place's name before what is also a given name: `San Diego`, `Santa
/// Monica`, `St. Louis`, `Sankt Peter`.
pub const PLACE_OPENERS: &[&str] =
    &["San", "Santa", "Santo", "São", "Sao", "St.", "Saint", "Sainte", "Sankt", "Los", "Las", "Fort", "Port"];

/// Words that join a second predicate or a clause to a sentence's main one (`biss den Fluggast
/// und rief:`): a clause that announces a quote with one of them says something itself.
pub const CLAUSE_LINKS: &[&str] = &[
    "und", "and", "dass", "daß", "that", "als", "when", "wenn", "nachdem", "after", "weil", "because", "während",
    "while",
];

/// Nouns for a statement a speaker issues (`hieß es in einer Stellungnahme`, `laut einer
/// Mitteilung`).
pub const STATEMENT_NOUNS: &[&str] =
    &["stellungnahme", "erklärung", "presseerklärung", "mitteilung", "pressemitteilung", "statement", "release"];

/// German things and deeds whose names end like an institution's (`U-Bahnen`, `Autobahn` are no
/// `Bahn`, `Brandstiftung` is no `Stiftung`), also in the plural in `-en`.
pub const THINGS_DE: &[&str] = &[
    "brandstiftung", "anstiftung", "u-bahn", "s-bahn", "straßenbahn", "autobahn", "seilbahn", "landebahn", "startbahn",
    "fahrbahn", "laufbahn", "rennbahn", "achterbahn",
];

/// Plural heads of German words for bodies (`Arbeitgeberverbände`, `Hilfsorganisationen`):
/// with no name, a vague group.
pub const PLURAL_BODIES_DE: &[&str] =
    &["verbände", "organisationen", "gewerkschaften", "parteien", "behörden", "vereine", "kommunen", "institute"];

/// Ends of the names of German public bodies (`Landesrechnungshof`, `Landratsamt`): `die
/// Behörde` can stand for any of them.
pub const PUBLIC_BODIES_DE: &[&str] = &[
    "amt", "behörde", "ministerium", "rechnungshof", "verwaltung", "direktion", "agentur", "aufsicht", "anstalt",
    "präsidium", "staatsanwaltschaft", "kommission",
];

/// German determiners of the accusative and dative: a noun phrase that opens with one is an
/// object, never the subject (`den Zeitplan`, `einem Sprecher`, `Ihren Widersacher`).
pub const OBJECT_DETERMINERS: &[&str] =
    &["den", "dem", "einen", "einem", "diesen", "diesem", "seinen", "seinem", "ihren", "ihrem"];

/// Short names of bodies that a German or English article also writes out in full, with the
/// German and the English full name: the entity is named in full, so `die UN` and `die Vereinten
/// Nationen` are one speaker.
pub const BODY_ALIASES: &[(&str, &str, &str)] = &[
    ("UN", "Vereinte Nationen", "United Nations"),
    ("UNO", "Vereinte Nationen", "United Nations"),
    ("U.N.", "Vereinte Nationen", "United Nations"),
];

/// Masculine heads of institution names (and of compounds ending in them), which give an
/// adjective before them the ending `-er` without an article: `Deutscher Wetterdienst`.
pub const MASCULINE_HEADS: &[&str] = &[
    "verband", "rat", "konzern", "senat", "ausschuss", "vorstand", "dienst", "rundfunk", "verbund", "betreiber",
    "verein", "verlag", "staat", "tag", "klub", "club", "bund", "halbmond", "betrieb", "hof", "fonds", "sender",
    "kreis", "gipfel", "orden",
];

/// Neuter heads of institution names, which give an adjective before them the ending `-es`:
/// `Statistisches Bundesamt`, `Deutsches Rotes Kreuz`.
pub const NEUTER_HEADS: &[&str] = &[
    "amt", "ministerium", "gericht", "unternehmen", "institut", "krankenhaus", "bistum", "präsidium", "fernsehen",
    "zentrum", "kreuz", "rathaus", "militär", "bündnis", "team", "regime", "komitee", "büro", "werk", "kabinett",
    "parlament", "kommando", "konsortium", "gremium", "kuratorium", "sekretariat", "direktorium", "museum", "theater",
    "orchester", "netzwerk", "kollegium", "observatorium", "labor", "archiv",
];
