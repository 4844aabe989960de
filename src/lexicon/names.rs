//! Person words: role nouns, pronouns, given names with their usual gender.

/// Grammatical or natural gender, used to pick the right antecedent for a pronoun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// er, he, -mann, Herr, masculine given names.
    Male,
    /// sie (singular), she, -in roles, Frau, feminine given names.
    Female,
}

/// Heads of role nouns, lower case. A token is a role word when it ends with one of these
/// (so `UN-Botschafter` and `Umweltministerin` are roles). Feminine forms are listed apart so
/// that they give a gender.
pub const ROLE_HEADS_MALE: &[&str] = &[
    "botschafter", "minister", "sprecher", "präsident", "kanzler", "chef", "leiter", "direktor", "vorsitzender",
    "bürgermeister", "abgeordneter", "experte", "sekretär", "staatssekretär", "gouverneur", "senator", "kommissar",
    "beauftragter", "bevollmächtigter", "landeshauptmann", "landesrat", "kommandant", "psychologe", "rentner",
    "beamter", "passant", "soldat", "angeklagter", "beschuldigter", "reporter", "richter", "anwalt", "staatsanwalt",
    "ermittler", "polizist", "trainer", "kapitän", "manager", "geschäftsführer", "vorstand", "gründer", "forscher",
    "wissenschaftler", "ökonom", "analyst", "professor", "arzt", "premier", "premierminister", "regierungschef",
    "außenminister", "innenminister", "generalsekretär", "oberbürgermeister", "landrat", "diplomat", "general",
    "oberst", "kommandeur", "offizier", "koordinator", "vertreter", "berater", "sprecher", "ökonom", "journalist",
    "autor", "bischof", "pfarrer", "papst", "könig", "prinz", "fürst", "kandidat", "parteichef", "fraktionschef",
    "spitzenkandidat", "abteilungsleiter", "pressesprecher", "regierungssprecher", "mitarbeiter", "bewohner",
    "anwohner", "zeuge", "augenzeuge", "unternehmer", "aktivist", "vizepräsident", "vizekanzler", "stellvertreter",
    "kreisbrandmeister", "feuerwehrsprecher", "polizeisprecher", "leiter", "rektor", "dekan", "intendant",
    "chefredakteur", "redakteur", "ombudsmann", "bundestrainer", "teamchef", "obmann", "landeschef",
    "ministerpräsident", "bundeskanzler", "bundespräsident", "staatschef", "machthaber", "diktator", "herrscher",
    "sheriff", // English
    "ambassador", "spokesman", "spokesperson", "secretary", "president", "chancellor", "chief", "director", "chairman",
    "chair", "mayor", "governor", "minister", "senator", "representative", "commissioner", "judge", "lawyer",
    "attorney", "prosecutor", "officer", "detective", "coach", "captain", "manager", "executive", "ceo", "founder",
    "researcher", "scientist", "economist", "analyst", "professor", "doctor", "premier", "leader", "official",
    "general", "colonel", "commander", "coordinator", "adviser", "advisor", "head", "councillor", "councilor",
    "superintendent", "inspector", "sheriff", "king", "prince", "pope", "bishop", "priest", "candidate", "lawmaker",
    "congressman", "mp", "activist", "organiser", "organizer", "editor", "correspondent", "witness", "resident",
    "owner", "partner", "engineer", "inspector", "vice president", "deputy", "spokesman", "steward", "trustee",
    "historian", "politiker", "funktionär", "führer", "graf", "meister", "vorsteher", "wart", "pfleger", "pilot",
    "lehrer", "schüler", "student", "bauer", "landwirt", "fischer", "winzer", "händler", "wirt", "inhaber", "chefarzt",
    "physiker", "biologe", "chemiker", "historiker", "soziologe", "politologe", "jurist", "kritiker", "geologe",
    "meteorologe", "virologe", "epidemiologe", "ingenieur", "skipper", "master", "contractor", "developer", "farmer",
    "teacher", "nurse", "pilot", "driver", "worker", "student", "fisherman", "firefighter", "paramedic", "surgeon",
    "physician", "boss", "chemist", "physicist", "biologist", "geologist", "forecaster", "magistrate", "prefect",
    "präfekt", "husband", "father", "brother", "uncle", "grandfather", "widower", "boyfriend", "ehemann", "vater",
    "bruder", "onkel", "großvater", "witwer", "barrister", "solicitor", "striker", "midfielder", "defender",
    "goalkeeper", "winger", "forward", "quarterback", "halfback", "fullback", "fly-half", "scrum-half", "flanker",
    "linebacker", "shortstop", "pitcher", "rookie", "pundit", "neurologist", "epidemiologist", "cardiologist",
    "psychologist", "psychiatrist", "pediatrician", "paediatrician", "stürmer", "torwart", "torhüter", "angreifer",
    "torschütze", "torschützin", "spielmacher", "verteidiger", "mittelfeldspieler", "spieler", "delegate",
    "negotiator", "envoy",
];

/// Feminine role heads (lower case).
pub const ROLE_HEADS_FEMALE: &[&str] = &[
    "botschafterin", "ministerin", "sprecherin", "präsidentin", "kanzlerin", "chefin", "leiterin", "direktorin",
    "vorsitzende", "bürgermeisterin", "abgeordnete", "expertin", "sekretärin", "staatssekretärin", "gouverneurin",
    "senatorin", "kommissarin", "beauftragte", "bevollmächtigte", "landeshauptfrau", "landesrätin", "regierungsrätin",
    "nationalrätin", "ständerätin", "bundesrätin", "richterin", "anwältin", "staatsanwältin", "ermittlerin",
    "polizistin", "trainerin", "kapitänin", "managerin", "geschäftsführerin", "gründerin", "forscherin",
    "wissenschaftlerin", "ökonomin", "analystin", "professorin", "ärztin", "premierministerin", "regierungschefin",
    "außenministerin", "innenministerin", "generalsekretärin", "oberbürgermeisterin", "landrätin", "diplomatin",
    "kommandeurin", "koordinatorin", "vertreterin", "beraterin", "journalistin", "autorin", "bischöfin", "pfarrerin",
    "königin", "prinzessin", "kandidatin", "parteichefin", "fraktionschefin", "spitzenkandidatin", "pressesprecherin",
    "regierungssprecherin", "mitarbeiterin", "bewohnerin", "anwohnerin", "zeugin", "augenzeugin", "beamtin",
    "passantin", "soldatin", "angeklagte", "beschuldigte", "unternehmerin", "aktivistin", "vizepräsidentin",
    "rektorin", "dekanin", "intendantin", "chefredakteurin", "redakteurin", "bundestrainerin", "ministerpräsidentin",
    "bundeskanzlerin", "bundespräsidentin", "staatschefin", "stellvertreterin", "obfrau", "umweltministerin",
    "gesundheitsministerin", // English
    "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "queen", "princess", "führerin", "meisterin",
    "vorsteherin", "pflegerin", "pilotin", "lehrerin", "schülerin", "studentin", "bäuerin", "landwirtin", "fischerin",
    "winzerin", "händlerin", "wirtin", "inhaberin", "chefärztin", "physikerin", "biologin", "chemikerin",
    "historikerin", "soziologin", "politologin", "juristin", "kritikerin", "geologin", "meteorologin", "virologin",
    "epidemiologin", "ingenieurin", "gräfin", "politikerin", "funktionärin", "wife", "mother", "daughter", "sister",
    "aunt", "grandmother", "widow", "girlfriend", "ehefrau", "mutter", "tochter", "schwester", "tante", "großmutter",
    "witwe", "lebensgefährtin", "spielerin", "kommandantin", "psychologin", "rentnerin", "reporterin",
];

/// Words that describe a source without a name or gender ("the person", "eine Quelle").
pub const ROLE_HEADS_NEUTRAL: &[&str] = &[
    "person", "people", "source", "sources", "quelle", "insider", "official", "officials", "mitglied", "member",
    "präses", // Family and neighbours speak for themselves: `his wife said`, `relatives said`.
    "family", "relative", "relatives", "parents", "friend", "friends", "neighbour", "neighbours", "neighbor",
    "nachbar", "nachbarin", "passant", "passantin", "neighbors", "familie", "angehörige", "angehörigen", "eltern",
    "victim", "victims", // Parties to a case: `Lead plaintiff Dario Fuentes`, `the defendant`.
    "plaintiff", "defendant", "claimant", "petitioner", "appellant", "litigant", "juror",
];

/// Role nouns that refer back to someone introduced with another title for the same office:
/// `the prosecutor` after `Assistant District Attorney Rachel Moreno`, `der Regierungschef`
/// after `Ministerpräsident Stephan Weil`. Each entry is a head and the words that a role
/// given before may contain instead.
pub const ROLE_SYNONYMS: &[(&str, &[&str])] = &[
    ("prosecutor", &["attorney", "solicitor general"]),
    ("lawyer", &["attorney", "counsel", "solicitor", "barrister"]),
    ("attorney", &["lawyer", "counsel"]),
    (
        "lawmaker",
        &[
            "senator", "representative", "congressman", "congresswoman", "legislator", "mp", "assemblyman",
            "assemblywoman",
        ],
    ),
    (
        "legislator",
        &["senator", "representative", "congressman", "congresswoman", "lawmaker", "assemblyman", "assemblywoman"],
    ),
    ("judge", &["justice", "magistrate"]),
    ("diplomat", &["ambassador", "envoy", "consul", "botschafter", "gesandte", "konsul"]),
    ("envoy", &["ambassador"]),
    ("officer", &["constable", "sergeant", "detective", "inspector", "lieutenant", "trooper"]),
    ("executive", &["ceo", "chairman", "chairwoman", "president", "director"]),
    ("ceo", &["chief executive"]),
    ("coach", &["manager"]),
    ("manager", &["coach"]),
    ("ankläger", &["staatsanwalt", "staatsanwältin"]),
    ("anklägerin", &["staatsanwältin"]),
    ("regierungschef", &["ministerpräsident", "premierminister", "premier", "kanzler", "regierungspräsident"]),
    ("regierungschefin", &["ministerpräsidentin", "premierministerin", "kanzlerin"]),
    ("diplomatin", &["botschafterin", "gesandte", "konsulin"]),
    ("anwalt", &["verteidiger"]),
    ("anwältin", &["verteidigerin"]),
    ("verteidiger", &["anwalt"]),
    ("verteidigerin", &["anwältin"]),
    ("konzernchef", &["vorstandschef", "vorstandsvorsitzende", "geschäftsführer"]),
    ("konzernchefin", &["vorstandschefin", "vorstandsvorsitzende", "geschäftsführerin"]),
    ("abgeordnete", &["parlamentarier", "mdb"]),
    ("parlamentarier", &["abgeordnete"]),
    ("trainer", &["coach"]),
    // The abbreviated titles before a name (`Sen. Maria Delgado` is `the senator`).
    ("senator", &["sen", "senate"]),
    ("governor", &["gov"]),
    ("representative", &["rep"]),
    ("congressman", &["rep"]),
    ("congresswoman", &["rep"]),
    ("general", &["gen"]),
    ("captain", &["capt"]),
    ("sergeant", &["sgt"]),
    ("colonel", &["col"]),
];

/// Nouns for someone who reports news (with their feminine and compound forms:
/// `Pool-Reporters`, `Korrespondentin`): what they pass on is the words of someone else.
pub const JOURNALISTS: &[&str] = &["reporter", "korrespondent", "journalist"];

/// Nouns for what someone does rather than an office they hold (with their inflected and
/// feminine forms): anyone just written about may be described so. German and English
/// professions (`die Expertin`, `the retired teacher`), what someone is (`the pensioner`,
/// `the tenant`) and what a player does (`Kapitän Leon Brandt … sagte der Torschütze`).
pub const DESCRIPTORS: &[&str] = &[
    "expert", "politiker", "wissenschaftler", "forscher", "ökonom", "analyst", "jurist", "mediziner", "autor",
    "schriftsteller", "historiker", "soziologe", "soziologin", "politologe", "politologin", "fachfrau", "fachmann",
    "unternehmer", "teacher", "nurse", "farmer", "pensioner", "retiree", "grandmother", "grandfather", "widow",
    "shopkeeper", "homeowner", "landlord", "tenant", "torschütze", "torschützin", "stürmer", "angreifer", "spieler",
    "routinier",
];

/// German nouns for someone by what they are, not what they do (`ein älterer Mann`, `eine
/// junge Frau`): with an indefinite article and no name, an anonymous source.
pub const PEOPLE_DE: &[&str] = &[
    "mann", "frau", "junge", "mädchen", "jugendlicher", "jugendliche", "teenager", "nachbar", "nachbarin", "passant",
    "passantin", "kunde", "kundin", "fahrgast",
];

/// Heads of state and government (stems, so feminine forms match): one is never another
/// (`der Ministerpräsident` after `König X` is someone else).
pub const TOP_OFFICES: &[&str] =
    &["ministerpräsident", "kanzler", "könig", "präsident", "papst", "premierminister", "bürgermeister"];

/// German role nouns for a party to a court case (with their inflected and feminine forms):
/// one is never another person in the case described by a different role.
pub const CASE_PARTIES: &[&str] = &["angeklagte", "beschuldigte", "zeuge", "zeugin", "kläger", "nebenkläger", "opfer"];

/// English nouns for someone by their nationality (`the Swede said`): after `the`, they point
/// back to the person just mentioned, like a pronoun.
pub const DEMONYMS: &[&str] = &[
    "American", "Argentine", "Australian", "Austrian", "Belgian", "Brazilian", "Briton", "Bulgarian", "Canadian",
    "Chilean", "Colombian", "Croat", "Czech", "Dane", "Dutchman", "Dutchwoman", "Egyptian", "Englishman",
    "Englishwoman", "Estonian", "Finn", "Frenchman", "Frenchwoman", "Georgian", "German", "Ghanaian", "Greek",
    "Hungarian", "Icelander", "Indian", "Iranian", "Irishman", "Irishwoman", "Israeli", "Italian", "Ivorian",
    "Jamaican", "Kenyan", "Latvian", "Lithuanian", "Mexican", "Moroccan", "Nigerian", "Norwegian", "Pakistani", "Pole",
    "Romanian", "Russian", "Scot", "Scotsman", "Senegalese", "Serb", "Slovak", "Slovenian", "Spaniard", "Swede",
    "Turk", "Ukrainian", "Uruguayan", "Welshman", "Welshwoman",
];

/// German nouns for someone by their nationality, masculine forms (`sagte der Finne`): after
/// `der` they point back to the man just mentioned, like a pronoun; with `-in` after `die`, to
/// the woman (`die Schwedin`, `die Französin`).
pub const DEMONYMS_DE: &[&str] = &[
    "Amerikaner", "Argentinier", "Australier", "Belgier", "Brasilianer", "Brite", "Bulgare", "Chilene", "Chinese",
    "Däne", "Engländer", "Este", "Finne", "Franzose", "Grieche", "Ire", "Isländer", "Israeli", "Italiener", "Japaner",
    "Kanadier", "Kolumbianer", "Kroate", "Lette", "Litauer", "Mexikaner", "Niederländer", "Norweger", "Österreicher",
    "Pole", "Portugiese", "Rumäne", "Russe", "Schotte", "Schwede", "Schweizer", "Serbe", "Slowake", "Slowene",
    "Spanier", "Tscheche", "Türke", "Ukrainer", "Ungar", "US-Amerikaner",
];

/// Honorifics that precede a name and give its gender.
pub const HONORIFICS: &[(&str, Option<Gender>)] = &[
    ("Herr", Some(Gender::Male)),
    ("Frau", Some(Gender::Female)),
    ("Mr", Some(Gender::Male)),
    ("Mr.", Some(Gender::Male)),
    ("Mrs", Some(Gender::Female)),
    ("Mrs.", Some(Gender::Female)),
    ("Ms", Some(Gender::Female)),
    ("Ms.", Some(Gender::Female)),
    ("Dr.", None),
    ("Prof.", None),
    ("Sir", Some(Gender::Male)),
    ("Dame", Some(Gender::Female)),
    ("Lord", Some(Gender::Male)),
    ("Lady", Some(Gender::Female)),
];

/// Abbreviated English titles of office before a name (`Sen. Morwenna Tregear`): the role,
/// and the name starts after them. With the office each stands for (`the governor` is `Gov.
/// Mark Delaney`).
pub const OFFICE_TITLES: &[(&str, &str)] = &[
    ("Sen.", "senator"),
    ("Gov.", "governor"),
    ("Rep.", "representative"),
    ("Gen.", "general"),
    ("Lt.", "lieutenant"),
    ("Col.", "colonel"),
    ("Sgt.", "sergeant"),
    ("Capt.", "captain"),
    ("Adm.", "admiral"),
    ("Maj.", "major"),
    ("Rev.", "reverend"),
    ("Hon.", "honourable"),
];

/// The home state or district of an American party affiliation (`Findlay` in `R-Findlay`,
/// `N.Y.` in `D-N.Y.`).
pub fn party_home(affiliation: &str) -> Option<&str> {
    ["R-", "D-", "I-"].iter().find_map(|p| affiliation.strip_prefix(p))
}

/// Whether `word` is an abbreviated title of office, as written (`Gov.`).
pub fn is_office_title(word: &str) -> bool {
    OFFICE_TITLES.iter().any(|(t, _)| *t == word)
}

/// Personal pronouns that can stand for a speaker, with the gender they require.
pub const PRONOUNS: &[(&str, Option<Gender>)] = &[
    ("er", Some(Gender::Male)),
    ("sie", Some(Gender::Female)),
    ("he", Some(Gender::Male)),
    ("she", Some(Gender::Female)),
    ("they", None),
    ("ihm", Some(Gender::Male)),
    ("ihr", Some(Gender::Female)),
    ("ihnen", None),
    ("it", None),
    ("es", None),
];

/// Common given names, feminine. Used to tell a name from a role and to resolve pronouns.
pub const GIVEN_FEMALE: &[&str] = &[
    "Anna", "Anne", "Andrea", "Angela", "Annalena", "Barbara", "Birgit", "Christine", "Claudia", "Clara", "Daniela",
    "Doris", "Elke", "Elisabeth", "Emma", "Eva", "Franziska", "Gabriele", "Heike", "Helga", "Ingrid", "Jana", "Julia",
    "Jutta", "Karin", "Katarina", "Katharina", "Katrin", "Kerstin", "Lea", "Lena", "Lisa", "Luisa", "Manuela", "Maria",
    "Marie", "Marina", "Martina", "Melanie", "Monika", "Nadine", "Nancy", "Nicole", "Petra", "Renate", "Ricarda",
    "Sabine", "Sahra", "Sandra", "Sarah", "Saskia", "Silke", "Simone", "Sophie", "Stefanie", "Susanne", "Svenja",
    "Tanja", "Ulla", "Ursula", "Ute", "Vera", "Yvonne", "Alice", "Amy", "Elizabeth", "Emily", "Hillary", "Jane",
    "Jennifer", "Jessica", "Karen", "Kamala", "Laura", "Linda", "Mary", "Michelle", "Olivia", "Patricia", "Rachel",
    "Rebecca", "Susan", "Theresa", "Margaret", "Catherine", "Kate", "Helen", "Hannah", "Grace", "Sophia", "Charlotte",
    "Lucy", "Ruth", "Diane", "Donna", "Sharon", "Marta", "Magdalena", "Giorgia", "Marine", "Ségolène", "Irina", "Olga",
    "Natalia", "Tatjana", "Julija", "Swetlana", "Maja", "Ewa", "Agnieszka", "Fatima", "Aylin", "Leyla", "Mette",
    "Sanna", "Jacinda", "Liz", "Priti", "Nikki", "Greta", "Luise", "Frieda", "Ilse", "Hanna", "Nina", "Rita", "Carla",
    "Sofia", "Elena", "Ana", "Lucia", "Paula", "Beatrix", "Christiane", "Dorothea", "Hildegard", "Johanna",
    "Margarete", "Marlene", "Mechthild", "Miriam", "Nora", "Pia", "Rosa", "Tina", "Wiebke", "Annette", "Antje",
    "Bettina", "Britta", "Dagmar", "Gisela", "Ines", "Iris", "Kathrin", "Lydia", "Marion", "Marlies", "Regina",
    "Sonja", "Verena", "Heidi", "Condoleezza", "Sonia", "Indira", "Benazir", "Nicola", "Emine", "Ayşe", "Fatma",
    "Zeynep", "Yulia", "Katja", "Fiona", "Cristina", "Dilma", "Halima", "Yolanda", "Anke", "Edelgard", "Brigitte",
    "Heidemarie", "Herta", "Ulrike", "Malu", "Hannelore", "Kristina", "Shakira", "Margot", "Agnes", "Alexandra",
    "Alina", "Amelie", "Anette", "Angelika", "Anika", "Anita", "Anja", "Anneliese", "Annemarie", "Annika", "Antonia",
    "Astrid", "Beate", "Berta", "Bianca", "Carina", "Carolin", "Caroline", "Christa", "Christel", "Christina",
    "Cornelia", "Corinna", "Diana", "Dorothee", "Edith", "Elfriede", "Elisa", "Ella", "Elsa", "Emilia", "Erna",
    "Esther", "Frauke", "Friederike", "Gerda", "Gerlinde", "Gertrud", "Gesine", "Grete", "Gudrun", "Hedwig", "Helene",
    "Henriette", "Hilde", "Ilona", "Ina", "Inga", "Inge", "Ingeborg", "Irene", "Irmgard", "Isabel", "Isabell",
    "Isabella", "Jacqueline", "Janina", "Josefine", "Josephine", "Judith", "Juliane", "Jule", "Karla", "Käthe", "Kira",
    "Klara", "Larissa", "Lara", "Leni", "Leonie", "Lieselotte", "Lilli", "Lilly", "Lina", "Lotte", "Maike", "Mandy",
    "Mareike", "Maren", "Margit", "Marianne", "Martha", "Mathilde", "Melina", "Mia", "Michaela", "Mila", "Milena",
    "Nadja", "Natalie", "Natascha", "Nathalie", "Nele", "Paulina", "Pauline", "Ramona", "Rebekka", "Romy", "Ronja",
    "Rosemarie", "Sabrina", "Sara", "Selina", "Sibylle", "Sigrid", "Silvia", "Sofie", "Stephanie", "Sylvia", "Tamara",
    "Thea", "Valentina", "Valerie", "Vanessa", "Veronika", "Vivien", "Waltraud", "Wilma", "Zoe", "Zoë", "Lotta",
    "Emilie", "Anna-Lena", "Eva-Maria", "Marie-Luise", "Ann-Kathrin", "Anne-Kathrin", "Lisa-Marie", "Abigail", "Ada",
    "Adele", "Aileen", "Alicia", "Alison", "Allison", "Amanda", "Amelia", "Angelina", "Ann", "Annabel", "Annie",
    "Audrey", "Ava", "Beatrice", "Becky", "Belinda", "Bernadette", "Beth", "Bethany", "Betty", "Bonnie", "Brenda",
    "Bridget", "Brooke", "Caitlin", "Camilla", "Cara", "Carly", "Carrie", "Cassandra", "Cathy", "Cecilia", "Cheryl",
    "Chloe", "Chloé", "Ciara", "Colleen", "Connie", "Cynthia", "Danielle", "Debbie", "Deborah", "Debra", "Denise",
    "Dorothy", "Eileen", "Elaine", "Eleanor", "Elise", "Eliza", "Ellen", "Ellie", "Eloise", "Erica", "Erin",
    "Felicity", "Frances", "Freya", "Gabrielle", "Gemma", "Georgina", "Geraldine", "Gillian", "Gladys", "Gwen",
    "Harriet", "Imogen", "Isla", "Janet", "Janice", "Jeanette", "Jenna", "Jenny", "Jill", "Joanna", "Joanne", "Joyce",
    "Judy", "Julie", "Juliet", "Katherine", "Kathleen", "Kathryn", "Kathy", "Katie", "Kayla", "Kimberly", "Kirsty",
    "Kristen", "Kylie", "Lauren", "Lois", "Lorna", "Louise", "Madeleine", "Maggie", "Marilyn", "Marjorie", "Maureen",
    "Megan", "Meghan", "Melissa", "Mildred", "Miranda", "Molly", "Monica", "Naomi", "Natasha", "Niamh", "Norma",
    "Paige", "Pamela", "Peggy", "Penelope", "Philippa", "Phoebe", "Phyllis", "Priscilla", "Rhonda", "Roberta", "Rosie",
    "Samantha", "Scarlett", "Sheila", "Shirley", "Siobhan", "Sinead", "Sinéad", "Suzanne", "Tanya", "Teresa",
    "Veronica", "Wendy", "Whitney", "Aoife", "Orla", "Róisín", "Saoirse", "Gráinne", "Maeve", "Máiréad", "Brianna",
    "Haley", "Hailey", "Kaitlyn", "Alyssa", "Aaliyah", "Ariana", "Layla", "Leila", "Gabriella", "Stella", "Sadie",
    "Camila", "Bronwen", "Cerys", "Gwyneth", "Rhiannon", "Sian", "Siân", "Oprah", "Kayleigh", "Vicky", "Gail",
    "Jeanne", "Sally", "Daphne", "Lillian", "Janine", "Amélie", "Anaïs", "Aurélie", "Cécile", "Céline", "Chantal",
    "Claire", "Delphine", "Élise", "Élodie", "Emmanuelle", "Estelle", "Fabienne", "Françoise", "Geneviève", "Hélène",
    "Inès", "Isabelle", "Joséphine", "Juliette", "Laetitia", "Léa", "Lucie", "Manon", "Martine", "Mélanie", "Michèle",
    "Monique", "Pascale", "Stéphanie", "Sylvie", "Valérie", "Véronique", "Virginie", "Yvette", "Zoé", "Agnès", "Anouk",
    "Colette", "Corinne", "Gisèle", "Mireille", "Noémie", "Adèle", "Sandrine", "Édith", "Béatrice", "Alessandra",
    "Alessia", "Antonella", "Carlotta", "Caterina", "Chiara", "Elisabetta", "Federica", "Francesca", "Giada",
    "Giovanna", "Giulia", "Giuliana", "Giuseppina", "Ilaria", "Letizia", "Lorena", "Ornella", "Paola", "Patrizia",
    "Raffaella", "Rosanna", "Serena", "Simona", "Stefania", "Valeria", "Donatella", "Gina", "Marisa", "Tiziana",
    "Noemi", "Eleonora", "Luciana", "Silvana", "Nicoletta", "Annalisa", "Adriana", "Alejandra", "Ángela", "Beatriz",
    "Blanca", "Carmen", "Dolores", "Esperanza", "Fernanda", "Gabriela", "Graciela", "Inés", "Josefa", "Josefina",
    "Juana", "Leticia", "Lucía", "Luz", "Marcela", "María", "Mariana", "Maribel", "Marisol", "Mónica", "Nuria",
    "Paloma", "Pilar", "Raquel", "Rocío", "Sofía", "Soledad", "Susana", "Verónica", "Ximena", "Elvira", "Eugenia",
    "Belén", "Maite", "Aline", "Bruna", "Cláudia", "Débora", "Francisca", "Joana", "Juliana", "Letícia", "Márcia",
    "Patrícia", "Renata", "Tatiana", "Fátima", "Luísa", "Lúcia", "Tânia", "Leonor", "Catarina", "Anneke", "Femke",
    "Fleur", "Hanneke", "Ineke", "Janneke", "Marieke", "Marijke", "Mirjam", "Sanne", "Wilhelmina", "Liesbeth", "Els",
    "Agnetha", "Birgitta", "Britt", "Cecilie", "Elin", "Frida", "Gunilla", "Hedda", "Inger", "Linnea", "Liv", "Malin",
    "Margareta", "Pernille", "Ragnhild", "Silje", "Solveig", "Stina", "Tove", "Trine", "Ulrika", "Vibeke", "Åsa",
    "Lisbeth", "Anneli", "Tarja", "Leena", "Agata", "Aleksandra", "Alicja", "Beata", "Bożena", "Danuta", "Dorota",
    "Elżbieta", "Ewelina", "Grażyna", "Halina", "Irena", "Iwona", "Jadwiga", "Jolanta", "Justyna", "Karolina",
    "Katarzyna", "Krystyna", "Małgorzata", "Sylwia", "Urszula", "Weronika", "Zofia", "Zuzanna", "Kinga", "Izabela",
    "Alena", "Hana", "Ivana", "Jarmila", "Kateřina", "Klára", "Lenka", "Ludmila", "Markéta", "Tereza", "Věra",
    "Zuzana", "Barbora", "Alla", "Anastasia", "Darya", "Daria", "Ekaterina", "Yekaterina", "Jelena", "Yelena", "Olena",
    "Galina", "Inna", "Iryna", "Ksenia", "Larisa", "Lyudmila", "Ljudmila", "Natalya", "Nadezhda", "Oksana", "Polina",
    "Raisa", "Svetlana", "Tatyana", "Tetiana", "Yana", "Zoya", "Alyona", "Elizaveta", "Nadia", "Nadiya", "Olesya",
    "Zhanna", "Maryna", "Ayse", "Aysel", "Burcu", "Büşra", "Canan", "Derya", "Dilek", "Ebru", "Elif", "Esra", "Fadime",
    "Filiz", "Gizem", "Gül", "Gülay", "Hatice", "Hülya", "Melek", "Meltem", "Merve", "Meryem", "Nesrin", "Özlem",
    "Ozlem", "Pınar", "Selin", "Semra", "Serap", "Sevgi", "Sevim", "Sibel", "Songül", "Tülay", "Yasemin", "Zehra",
    "Şule", "Hande", "Ezgi", "Tuğba", "Kübra", "Rabia", "Ceren", "Ayla", "Azra", "Duygu", "Nazlı", "Emel", "Aisha",
    "Aischa", "Amal", "Amina", "Amira", "Asma", "Dalia", "Dina", "Farah", "Ghada", "Hanan", "Hiba", "Huda", "Jamila",
    "Khadija", "Maha", "Manal", "Mariam", "Maryam", "Mona", "Nawal", "Noura", "Rana", "Rania", "Rasha", "Reem",
    "Salma", "Samira", "Sana", "Yasmin", "Yasmina", "Zahra", "Zainab", "Zeinab", "Samia", "Soraya", "Malika", "Naima",
    "Karima", "Latifa", "Azadeh", "Fariba", "Mahsa", "Mina", "Nasrin", "Narges", "Neda", "Parisa", "Shirin", "Nazanin",
    "Sepideh", "Fatemeh", "Marjan", "Mahnaz", "Golshifteh", "Forough", "Laleh", "Shohreh", "Eleni", "Dimitra",
    "Despina", "Ioanna", "Katerina", "Vasiliki", "Theodora", "Panagiota", "Angeliki", "Anikó", "Ágnes", "Csilla",
    "Erzsébet", "Eszter", "Éva", "Ildikó", "Judit", "Katalin", "Krisztina", "Zsófia", "Zsuzsanna", "Zsuzsa", "Réka",
    "Tímea", "Orsolya", "Szilvia", "Tünde", "Enikő", "Andreea", "Anca", "Ioana", "Mihaela", "Nicoleta", "Oana",
    "Raluca", "Roxana", "Mirela", "Corina", "Viorica", "Iuliana", "Rodica", "Liliana", "Biljana", "Branka", "Dragana",
    "Gordana", "Jasmina", "Ljiljana", "Marija", "Mirjana", "Milica", "Nataša", "Sanja", "Snežana", "Suzana", "Vesna",
    "Zorica", "Jovana", "Emina", "Lejla", "Edina", "Alma", "Drita", "Vjosa",
];

/// Common given names, masculine.
pub const GIVEN_MALE: &[&str] = &[
    "Alexander", "Andreas", "Armin", "Bernd", "Boris", "Christian", "Daniel", "Dieter", "Emmanuel", "Frank",
    "Friedrich", "Gerhard", "Günter", "Hans", "Heiko", "Heinz", "Helmut", "Horst", "Jens", "Joachim", "Jörg",
    "Johannes", "Jürgen", "Karl", "Klaus", "Lars", "Lukas", "Manfred", "Markus", "Martin", "Matthias", "Michael",
    "Norbert", "Olaf", "Peter", "Ralf", "Robert", "Rolf", "Sebastian", "Stefan", "Steffen", "Thomas", "Thorsten",
    "Tobias", "Uwe", "Volker", "Walter", "Werner", "Wolfgang", "Christoph", "Cem", "Hubertus", "Karl-Heinz", "Hendrik",
    "Wladimir", "Wassili", "Sergej", "Dmitri", "Alexej", "Nikolai", "Juri", "Iwan", "Viktor", "Wolodymyr", "Vladimir",
    "Sergei", "Dmitry", "Volodymyr", "Kim", "Xi", "Recep", "Benjamin", "Joe", "Donald", "Barack", "George", "Bill",
    "John", "James", "William", "David", "Richard", "Joseph", "Charles", "Mark", "Paul", "Steven", "Kevin", "Brian",
    "Jeff", "Tom", "Mike", "Chris", "Matt", "Ben", "Sam", "Jack", "Harry", "Oliver", "Rishi", "Keir", "Pedro",
    "Giuseppe", "Mario", "Antonio", "José", "Luis", "Carlos", "Pablo", "Jean", "Pierre", "François", "Nicolas",
    "Mateusz", "Andrzej", "Tomasz", "Piotr", "Ahmed", "Mohammed", "Ali", "Mustafa", "Hassan", "Ibrahim", "Omar",
    "Yusuf", "Karim", "Florian", "Felix", "Jan", "Jonas", "Julian", "Kai", "Leon", "Max", "Moritz", "Niklas",
    "Patrick", "Philipp", "Simon", "Tim", "Timo", "Dirk", "Holger", "Kurt", "Otto", "Rainer", "Reinhard", "Rüdiger",
    "Siegfried", "Ulrich", "Winfried", "Erich", "Ernst", "Georg", "Gustav", "Heinrich", "Hermann", "Hubert", "Josef",
    "Ludwig", "Oskar", "Theo", "Anton", "Bastian", "Benedikt", "Dominik", "Fabian", "Jakob", "Konstantin", "Marcel",
    "Marco", "Mathias", "Nils", "Pascal", "Sven", "Torsten", "Vincent", "Edward", "Henry", "Anthony", "Andrew",
    "Scott", "Gary", "Eric", "Ryan", "Jason", "Justin", "Gregory", "Raymond", "Jerome", "Antony", "Lloyd", "Rafael",
    "Hakan", "Mehmet", "Emre", "Wassilij", "Sergey", "Ilja", "Anatoli", "Gennadi", "Oleg", "Pavel", "Pawel", "Roman",
    "Igor", "Ivan", "Lech", "Jarosław", "Mateo", "Angelo", "Musa", "Paolo", "Giovanni", "Francesco", "Luca", "Sergio",
    "Juan", "Miguel", "Diego", "Alejandro", "Fernando", "Jorge", "Ricardo", "Eduardo", "Javier", "Manuel", "Francisco",
    "Hugo", "Alberto", "Andrés", "Emilio", "Gustavo", "Ahmad", "Abdullah", "Khalid", "Mahmoud", "Mahmud", "Hamid",
    "Reza", "Mohamed", "Muhammad", "Abdel", "Saad", "Tariq", "Nasser", "Salman", "Ahmet", "Kemal", "Shinzo", "Naoto",
    "Narendra", "Manmohan", "Rahul", "Imran", "Nawaz", "Ashraf", "Colin", "Dick", "Mitt", "Newt", "Rudy", "Ron",
    "Rand", "Bernie", "Pete", "Tony", "Gordon", "Jacques", "Lionel", "Dominique", "Alain", "Laurent", "Silvio",
    "Romano", "Matteo", "Enrico", "Giorgio", "Mariano", "Alexis", "Kostas", "Georgios", "Nikos", "Ferenc", "Vladimír",
    "Václav", "Miloš", "Bronisław", "Aleksander", "Petro", "Vitali", "Witali", "Michail", "Joschka", "Guido",
    "Frank-Walter", "Franz", "Edmund", "Sigmar", "Peer", "Gregor", "Lothar", "Rudolf", "Hans-Dietrich", "Hans-Jürgen",
    "Karl-Theodor", "Jim", "Bob", "Dan", "Steve", "Nick", "Greg", "Larry", "Jerry", "Gerald", "Hugh", "Ian", "Neil",
    "Alan", "Keith", "Graham", "Stuart", "Jean-Marc", "Jean-Claude", "Jean-Luc", "Yona", "Randy", "Nicholas",
    "Thorbjørn", "Mikhail", "Leonid", "Yuri", "Arturo", "Evo", "Ollanta", "Álvaro", "Cristiano", "Zinedine", "Franck",
    "Didier", "Miroslav", "Mesut", "Achim", "Adolf", "Albert", "Albrecht", "Alfons", "Alfred", "Alois", "André",
    "Arne", "Arno", "Artur", "Axel", "Benno", "Bernhard", "Björn", "Bodo", "Bruno", "Burkhard", "Carl", "Carsten",
    "Christopher", "Clemens", "Constantin", "Denis", "Dennis", "Detlef", "Dietmar", "Eberhard", "Eckhard", "Edgar",
    "Eduard", "Egon", "Elias", "Emil", "Erhard", "Erik", "Erwin", "Eugen", "Ferdinand", "Friedhelm", "Fritz", "Gernot",
    "Gottfried", "Gunnar", "Hannes", "Harald", "Hartmut", "Heiner", "Helge", "Henrik", "Herbert", "Ingo", "Jannik",
    "Jochen", "Johann", "Julius", "Justus", "Karsten", "Kilian", "Knut", "Lennart", "Leonard", "Leonhard", "Leopold",
    "Lorenz", "Lucas", "Malte", "Marcus", "Maximilian", "Mirko", "Ralph", "René", "Rupert", "Stephan", "Theodor",
    "Thilo", "Udo", "Ulf", "Valentin", "Wilhelm", "Willi", "Willy", "Wolfram", "Yannick", "Ole", "Jonathan", "Noah",
    "Mats", "Henri", "Liam", "Leo", "Fynn", "Joel", "Marvin", "Dustin", "Marlon", "Linus", "Nico", "Raphael", "Samuel",
    "Aaron", "Hans-Peter", "Hans-Dieter", "Hans-Georg", "Hans-Joachim", "Klaus-Peter", "Franz-Josef", "Alistair",
    "Allen", "Andy", "Archie", "Arthur", "Barry", "Billy", "Brad", "Bradley", "Brandon", "Brendan", "Brett", "Bryan",
    "Calvin", "Clive", "Connor", "Conor", "Craig", "Curtis", "Darren", "Declan", "Derek", "Desmond", "Dominic",
    "Duncan", "Dylan", "Edwin", "Elliot", "Ethan", "Eugene", "Evan", "Francis", "Frederick", "Gareth", "Gavin",
    "Geoffrey", "Harold", "Harvey", "Howard", "Isaac", "Jacob", "Jake", "Jeffrey", "Jeremy", "Jesse", "Jimmy",
    "Joshua", "Kenneth", "Kenny", "Kieran", "Kyle", "Lawrence", "Lewis", "Logan", "Louis", "Luke", "Malcolm",
    "Matthew", "Maurice", "Nathan", "Nigel", "Owen", "Philip", "Phillip", "Rick", "Ricky", "Rodney", "Ronald", "Roy",
    "Russell", "Sean", "Seán", "Shane", "Shaun", "Spencer", "Stanley", "Stephen", "Stewart", "Timothy", "Toby", "Todd",
    "Travis", "Trevor", "Tyler", "Victor", "Wayne", "Wesley", "Zachary", "Callum", "Eoin", "Gerard", "Jared", "Niall",
    "Rory", "Ronan", "Seamus", "Caleb", "Cody", "Eli", "Elijah", "Jamal", "Seth", "Tristan", "Xavier", "Ted", "Tommy",
    "Winston", "Ewan", "Rhys", "Phil", "Dave", "Danny", "Eddie", "Freddie", "Johnny", "Fred", "Antoine", "Arnaud",
    "Baptiste", "Benoît", "Bertrand", "Cédric", "Christophe", "Clément", "Éric", "Étienne", "Fabien", "Fabrice",
    "Frédéric", "Georges", "Gérard", "Gilles", "Guillaume", "Hervé", "Jérôme", "Julien", "Luc", "Marc", "Mathieu",
    "Maxime", "Michel", "Olivier", "Philippe", "Raphaël", "Romain", "Sébastien", "Serge", "Stéphane", "Thierry",
    "Yann", "Yves", "Adrien", "Alexandre", "Édouard", "Jules", "Léo", "Théo", "Jean-Pierre", "Jean-Paul",
    "Jean-François", "Jean-Louis", "Jean-Michel", "Jean-Jacques", "Jean-Marie", "Alessandro", "Carlo", "Claudio",
    "Daniele", "Dario", "Davide", "Domenico", "Enzo", "Fabio", "Federico", "Filippo", "Giacomo", "Gianluca", "Gianni",
    "Giulio", "Lorenzo", "Luciano", "Luigi", "Marcello", "Massimo", "Mattia", "Maurizio", "Pietro", "Riccardo",
    "Roberto", "Salvatore", "Stefano", "Tommaso", "Umberto", "Vincenzo", "Vittorio", "Leonardo", "Adrián", "Alfonso",
    "César", "Enrique", "Ernesto", "Esteban", "Felipe", "Gonzalo", "Guillermo", "Jesús", "Joaquín", "Julio", "Marcelo",
    "Ramón", "Raúl", "Rodrigo", "Sebastián", "Tomás", "Víctor", "Iker", "Jordi", "Josep", "Ignacio", "Nicolás",
    "Martín", "João", "Antônio", "António", "Paulo", "Luís", "Luiz", "Thiago", "Tiago", "Rui", "Nuno", "Gonçalo",
    "Guilherme", "Henrique", "Vinícius", "Diogo", "Fábio", "Sérgio", "Joaquim", "Ronaldo", "Neymar", "Jair", "Arjen",
    "Bart", "Bas", "Bram", "Daan", "Frans", "Gerrit", "Henk", "Jeroen", "Joost", "Kees", "Klaas", "Koen", "Maarten",
    "Martijn", "Pieter", "Ruud", "Sander", "Thijs", "Wim", "Willem", "Wouter", "Ruben", "Anders", "Bengt", "Bjørn",
    "Fredrik", "Göran", "Håkan", "Ingvar", "Johan", "Jørgen", "Kjell", "Leif", "Magnus", "Mads", "Mikael", "Morten",
    "Olof", "Rasmus", "Søren", "Stig", "Jesper", "Kristian", "Mikko", "Jukka", "Juha", "Pekka", "Matti", "Antti",
    "Kimi", "Sami", "Bartosz", "Bogdan", "Dariusz", "Grzegorz", "Henryk", "Jacek", "Jakub", "Janusz", "Jerzy", "Józef",
    "Kamil", "Karol", "Kazimierz", "Krzysztof", "Leszek", "Łukasz", "Maciej", "Marcin", "Marek", "Mariusz", "Michał",
    "Paweł", "Rafał", "Ryszard", "Stanisław", "Tadeusz", "Wojciech", "Zbigniew", "Witold", "Antonín", "Jaroslav",
    "Jiří", "Karel", "Ladislav", "Lukáš", "Ondřej", "Petr", "Tomáš", "Zdeněk", "Jozef", "Štefan", "Aleksandr",
    "Oleksandr", "Aleksei", "Alexei", "Alexey", "Anatoly", "Andrei", "Andrey", "Andriy", "Artem", "Dmytro", "Evgeny",
    "Yevgeny", "Ihor", "Ilya", "Kirill", "Maxim", "Mykhailo", "Mykola", "Oleh", "Pavlo", "Ruslan", "Serhiy", "Taras",
    "Vadim", "Vasily", "Vasyl", "Vitaly", "Vyacheslav", "Yaroslav", "Yury", "Arda", "Barış", "Burak", "Bülent",
    "Cengiz", "Engin", "Erkan", "Fatih", "Gökhan", "Halil", "Hasan", "Hüseyin", "Levent", "Mert", "Metin", "Murat",
    "Oğuz", "Onur", "Orhan", "Osman", "Ömer", "Özgür", "Selim", "Serdar", "Serkan", "Sinan", "Süleyman", "Uğur",
    "Volkan", "Yılmaz", "İbrahim", "İsmail", "Abdallah", "Abdul", "Amin", "Amir", "Anwar", "Ayman", "Aziz", "Bashar",
    "Bilal", "Faisal", "Farid", "Ismail", "Khaled", "Khalil", "Malik", "Marwan", "Mohammad", "Mohamad", "Nabil",
    "Osama", "Rachid", "Rami", "Saeed", "Salah", "Saleh", "Samir", "Tarek", "Walid", "Yasser", "Youssef", "Yousef",
    "Mehdi", "Hamza", "Abbas", "Alireza", "Arash", "Dariush", "Farhad", "Hossein", "Javad", "Masoud", "Mohsen",
    "Morteza", "Omid", "Ramin", "Mostafa", "Alexandros", "Christos", "Dimitrios", "Dimitris", "Giorgos", "Ioannis",
    "Yannis", "Konstantinos", "Kyriakos", "Nikolaos", "Panagiotis", "Stavros", "Vasilis", "Vangelis", "Petros",
    "András", "Attila", "Balázs", "Csaba", "Gábor", "György", "Imre", "István", "János", "József", "Károly", "Lajos",
    "László", "Miklós", "Péter", "Sándor", "Tamás", "Tibor", "Zoltán", "Zsolt", "Alexandru", "Dumitru", "Florin",
    "Gheorghe", "Ioan", "Mihai", "Mircea", "Nicolae", "Radu", "Sorin", "Vasile", "Vlad", "Traian", "Marius",
    "Aleksandar", "Bojan", "Branko", "Darko", "Davor", "Dejan", "Dragan", "Goran", "Hrvoje", "Ivica", "Josip", "Marko",
    "Nebojša", "Nenad", "Petar", "Predrag", "Slobodan", "Tomislav", "Zoran", "Željko", "Zlatan", "Damir", "Edin",
    "Kenan", "Agim", "Ilir", "Dušan", "Adrian", "Ratko",
];
