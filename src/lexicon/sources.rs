//! Source descriptions that name no one who can be asked (vague) or hide who it is (anonymous).
//!
//! Phrases are matched case-insensitively as whole words at any position in a sentence.

/// Vague sources: groups, crowds and impersonal constructions.
pub const VAGUE: &[&str] = &[
    // German
    "westliche länder", "westliche staaten", "westliche regierungen", "der westen", "experten", "expertinnen",
    "fachleute", "kritiker", "kritikerinnen", "beobachter", "beobachterinnen", "analysten", "analystinnen", "insider",
    "branchenkenner", "kenner", "viele menschen", "viele bürger", "manche", "einige", "viele", "stimmen", "gegner",
    "befürworter", "wissenschaftler", "forscher", "ökonomen", "medienberichten", "medienberichte", "es heißt",
    "hieß es", "heißt es", "man hört", "gerüchten zufolge", "diplomaten", "politiker", "anwohner", "umweltschützer",
    "internationale gemeinschaft", "staatengemeinschaft", "weltgemeinschaft",
    // Kinds of body in the plural, none of them named: `Umweltverbände kritisierten …`.
    "umweltverbände", "hilfsorganisationen", "menschenrechtsorganisationen", "sozialverbände", "wirtschaftsverbände",
    // English
    "international community", "critics", "experts", "observers", "analysts", "many believe", "some say", "many say",
    "it is said", "it is believed", "people say", "insiders", "commentators", "western countries", "western nations",
    "western governments", "the west", "economists", "scientists", "diplomats", "opponents", "supporters", "residents",
    "some", "many", "media reports", "officials", "groups", "activists", "campaigners", "protesters", "witnesses",
    "lawmakers", "legislators", "locals", "pharmacists", "doctors", "physicians", "nurses", "teachers", "parents",
    "students", "workers", "farmers", "fishermen", "investors", "traders", "investigators", "observers", "authorities",
    "neighbours", "neighbors", "election observers", "exit polls", "advocates", "ärzte", "eltern", "anleger",
    "landwirte", "verbraucherschützer",
    // Shares of those asked in a survey: `22 Prozent teilen die Meinung`, `40 percent said`.
    "befragte", "befragten", "prozent", "respondents", "percent", "hälfte", "mehrheit", "drittel", "viertel",
    "majority",
];

/// Anonymous sources: someone specific who is not named.
pub const ANONYMOUS: &[&str] = &[
    // German
    "aus regierungskreisen", "regierungskreisen", "aus sicherheitskreisen", "sicherheitskreisen",
    "aus diplomatenkreisen", "diplomatenkreisen", "aus parteikreisen", "parteikreisen", "aus koalitionskreisen",
    "koalitionskreisen", "aus verhandlungskreisen", "verhandlungskreisen", "aus unternehmenskreisen",
    "unternehmenskreisen", "aus ermittlerkreisen", "ermittlerkreisen", "aus fraktionskreisen", "fraktionskreisen",
    "aus militärkreisen", "militärkreisen", "aus informierten kreisen", "informierten kreisen",
    "aus gut unterrichteten kreisen", "nicht genannt werden wollte", "nicht namentlich genannt",
    "anonym bleiben wollte", "der anonym bleiben", "die anonym bleiben", "unter der bedingung der anonymität",
    "ein insider", "eine insiderin", "vertraute", "eingeweihte", "nicht genannter", "ungenannter",
    "nicht namentlich genannter", "namentlich nicht genannter", "nicht näher genannter", "nicht genannten quellen",
    "ungenannten quellen", "nicht näher genannten quellen", "nicht näher genannte quellen", "ungenannte quellen",
    "informierten quellen",
    // The paper's own reporting, whose sources it does not name: `Nach Informationen dieser Zeitung`.
    "dieser zeitung", "unserer zeitung", "unserer redaktion", "dieser redaktion",
    // English
    "a person familiar with", "people familiar with", "person familiar with", "sources familiar with",
    "a person close to", "people close to", "sources close to", "a source close to", "someone close to",
    "a source familiar with", "on condition of anonymity", "spoke on condition of anonymity",
    "who asked not to be named", "who declined to be named", "who asked not to be identified",
    "who was not authorized", "who were not authorized", "not authorized to speak publicly", "who was not authorised",
    "who were not authorised", "not authorised to speak publicly", "not authorized to discuss",
    "not authorised to discuss", "a senior official", "senior officials", "an official", "a source close to",
    "sources close to", "a source said", "sources said", "an insider", "according to sources", "anonymous",
    "people briefed on", "person briefed on", "people involved in", "a person involved in", "officials involved in",
    "negotiators involved in", "diplomats involved in", "sources involved in", "briefed on the",
    "with knowledge of the", "knowledge of the matter", "speaking on condition of anonymity",
    "declined to be identified", "unnamed official", "unnamed officials", "unnamed source", "unnamed sources",
    "one official", "one resident", "one source", "one diplomat", "one person", "one witness", "one employee",
    "government source", "police source", "industry source", "security source", "diplomatic source", "military source",
    "party source", "senior source", "a government official", "a senior government official", "a police official",
    "did not want to be named", "did not want to be identified", "declined to give his name",
    "declined to give her name", "declined to give their name", "declined to give his full name",
    "declined to give her full name", "declined to give a name", "declined to be named", "one of the sources",
    "familiar with the talks", "familiar with the negotiations", "familiar with the deal", "familiar with the plans",
    "familiar with the case", "familiar with the investigation", "another person", "a company official",
    "a party official",
];
