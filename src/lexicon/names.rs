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
    "beauftragter", "bevollmächtigter", "landeshauptmann", "richter", "anwalt", "staatsanwalt", "ermittler",
    "polizist", "trainer", "kapitän", "manager", "geschäftsführer", "vorstand", "gründer", "forscher",
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
    "goalkeeper", "winger", "forward", "quarterback", "pitcher", "pundit", "neurologist", "epidemiologist",
    "cardiologist", "psychologist", "psychiatrist", "pediatrician", "paediatrician", "stürmer", "torwart",
    "verteidiger", "mittelfeldspieler", "delegate", "negotiator", "envoy",
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
    "regierungssprecherin", "mitarbeiterin", "bewohnerin", "anwohnerin", "zeugin", "augenzeugin", "unternehmerin",
    "aktivistin", "vizepräsidentin", "rektorin", "dekanin", "intendantin", "chefredakteurin", "redakteurin",
    "bundestrainerin", "ministerpräsidentin", "bundeskanzlerin", "bundespräsidentin", "staatschefin",
    "stellvertreterin", "obfrau", "umweltministerin", "gesundheitsministerin", // English
    "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "queen", "princess", "führerin", "meisterin",
    "vorsteherin", "pflegerin", "pilotin", "lehrerin", "schülerin", "studentin", "bäuerin", "landwirtin", "fischerin",
    "winzerin", "händlerin", "wirtin", "inhaberin", "chefärztin", "physikerin", "biologin", "chemikerin",
    "historikerin", "soziologin", "politologin", "juristin", "kritikerin", "geologin", "meteorologin", "virologin",
    "epidemiologin", "ingenieurin", "gräfin", "politikerin", "funktionärin", "wife", "mother", "daughter", "sister",
    "aunt", "grandmother", "widow", "girlfriend", "ehefrau", "mutter", "tochter", "schwester", "tante", "großmutter",
    "witwe", "lebensgefährtin",
];

/// Words that describe a source without a name or gender ("the person", "eine Quelle").
pub const ROLE_HEADS_NEUTRAL: &[&str] = &[
    "person", "people", "source", "sources", "quelle", "insider", "official", "officials", "mitglied", "member",
    // Family and neighbours speak for themselves: `his wife said`, `relatives said`.
    "family", "relative", "relatives", "parents", "friend", "friends", "neighbour", "neighbours", "neighbor",
    "neighbors", "familie", "angehörige", "angehörigen", "eltern", "victim", "victims",
    // Parties to a case: `Lead plaintiff Dario Fuentes`, `the defendant`.
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
    "Jennifer", "Jessica", "Karen", "Kamala", "Laura", "Linda", "Mary", "Michelle", "Nancy", "Olivia", "Patricia",
    "Rachel", "Rebecca", "Susan", "Theresa", "Margaret", "Catherine", "Kate", "Helen", "Hannah", "Grace", "Sophia",
    "Charlotte", "Lucy", "Ruth", "Diane", "Donna", "Sharon", "Marta", "Magdalena", "Giorgia", "Marine", "Ségolène",
    "Irina", "Olga", "Natalia", "Tatjana", "Julija", "Swetlana", "Maja", "Ewa", "Agnieszka", "Fatima", "Aylin",
    "Leyla", "Mette", "Sanna", "Jacinda", "Liz", "Priti", "Nikki", "Greta", "Luise", "Frieda", "Greta", "Ilse",
    "Hanna", "Nina", "Rita", "Carla", "Sofia", "Elena", "Ana", "Lucia", "Paula", "Beatrix", "Christiane", "Dorothea",
    "Hildegard", "Johanna", "Margarete", "Marlene", "Mechthild", "Miriam", "Nora", "Pia", "Rosa", "Ruth", "Tina",
    "Wiebke", "Annette", "Antje", "Bettina", "Britta", "Dagmar", "Gisela", "Ines", "Iris", "Kathrin", "Lydia",
    "Marion", "Marlies", "Regina", "Sonja", "Verena", "Heidi", "Condoleezza", "Sonia", "Indira", "Benazir", "Nicola",
    "Emine", "Ayşe", "Fatma", "Zeynep", "Yulia", "Katja", "Fiona", "Cristina", "Dilma", "Halima", "Yolanda", "Anke",
    "Edelgard", "Brigitte", "Heidemarie", "Herta", "Ulrike", "Malu", "Hannelore", "Kristina", "Shakira", "Margot",
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
    "John", "James", "Robert", "William", "David", "Richard", "Joseph", "Charles", "Mark", "Paul", "Steven", "Kevin",
    "Brian", "Jeff", "Tom", "Mike", "Chris", "Matt", "Ben", "Sam", "Jack", "Harry", "Oliver", "Rishi", "Keir", "Boris",
    "Emmanuel", "Pedro", "Giuseppe", "Mario", "Antonio", "José", "Luis", "Carlos", "Pablo", "Jean", "Pierre",
    "François", "Nicolas", "Mateusz", "Andrzej", "Donald", "Tomasz", "Piotr", "Ahmed", "Mohammed", "Ali", "Mustafa",
    "Hassan", "Ibrahim", "Omar", "Yusuf", "Karim", "Florian", "Felix", "Jan", "Jonas", "Julian", "Kai", "Leon", "Max",
    "Moritz", "Niklas", "Patrick", "Philipp", "Simon", "Tim", "Timo", "Dirk", "Holger", "Kurt", "Otto", "Rainer",
    "Reinhard", "Rüdiger", "Siegfried", "Ulrich", "Winfried", "Erich", "Ernst", "Georg", "Gustav", "Heinrich",
    "Hermann", "Hubert", "Josef", "Ludwig", "Oskar", "Paul", "Theo", "Anton", "Bastian", "Benedikt", "Dominik",
    "Fabian", "Jakob", "Konstantin", "Marcel", "Marco", "Mathias", "Nils", "Oliver", "Pascal", "Sven", "Torsten",
    "Vincent", "Edward", "Henry", "Anthony", "Andrew", "Peter", "Scott", "Gary", "Eric", "Ryan", "Jason", "Justin",
    "Gregory", "Frank", "Raymond", "Patrick", "Jerome", "Antony", "Lloyd", "Marco", "Rafael", "Hakan", "Mehmet",
    "Emre", "Wassilij", "Sergey", "Ilja", "Anatoli", "Gennadi", "Oleg", "Pavel", "Pawel", "Roman", "Igor", "Ivan",
    "Lech", "Jarosław", "Mateo", "Olaf", "Friedrich", "Angelo", "Musa", "Paolo", "Giovanni", "Francesco", "Luca",
    "Sergio", "Juan", "Miguel", "Diego", "Alejandro", "Fernando", "Jorge", "Ricardo", "Eduardo", "Javier", "Manuel",
    "Francisco", "Hugo", "Alberto", "Andrés", "Emilio", "Gustavo", "Ahmad", "Abdullah", "Khalid", "Mahmoud", "Mahmud",
    "Hamid", "Reza", "Mohamed", "Muhammad", "Abdel", "Saad", "Tariq", "Nasser", "Salman", "Ahmet", "Kemal", "Shinzo",
    "Naoto", "Narendra", "Manmohan", "Rahul", "Imran", "Nawaz", "Ashraf", "Colin", "Dick", "Mitt", "Newt", "Rudy",
    "Ron", "Rand", "Bernie", "Pete", "Tony", "Gordon", "Jacques", "Lionel", "Dominique", "Alain", "Laurent", "Silvio",
    "Romano", "Matteo", "Enrico", "Giorgio", "Mariano", "Alexis", "Kostas", "Georgios", "Nikos", "Ferenc", "Vladimír",
    "Václav", "Miloš", "Bronisław", "Aleksander", "Petro", "Vitali", "Witali", "Michail", "Joschka", "Guido",
    "Frank-Walter", "Franz", "Edmund", "Sigmar", "Peer", "Gregor", "Lothar", "Rudolf", "Hans-Dietrich", "Hans-Jürgen",
    "Karl-Theodor", "Jim", "Bob", "Dan", "Steve", "Nick", "Greg", "Larry", "Jerry", "Gerald", "Hugh", "Ian", "Neil",
    "Alan", "Keith", "Graham", "Stuart", "Jean-Marc", "Jean-Claude", "Jean-Luc", "Yona", "Randy", "Nicholas",
    "Thorbjørn", "Mikhail", "Leonid", "Yuri", "Arturo", "Evo", "Ollanta", "Álvaro", "Cristiano", "Zinedine", "Franck",
    "Didier", "Miroslav", "Mesut",
];
