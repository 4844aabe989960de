//! Speakers as entities within an article: "Wassili Nebensja", "Nebensja", "der Botschafter"
//! and "er" resolve to one speaker with one canonical name.

use std::collections::HashMap;

use crate::document::Span;
use crate::lexicon::names::{Gender, CASE_PARTIES, DESCRIPTORS, OFFICE_TITLES, ROLE_SYNONYMS, TOP_OFFICES};
use crate::lexicon::words::{
    BODY_ALIASES, BUSINESS_KINDS_DE, CLUB_HEADS, CLUB_KINDS_DE, CLUB_PREFIXES, COMPANY_HEADS, COMPANY_WORDS,
    PUBLIC_BODIES_DE,
};

use super::attribution::{
    business_role, company_head, is_agent_noun, is_institution, is_role, is_union, spokesperson_body,
    spokesperson_person, team_name, Mention, MentionKind, INSTITUTION_WORDS,
};

/// One speaker of the article.
#[derive(Clone, Debug)]
struct Entity {
    name: String,
    role: Option<String>,
    gender: Option<Gender>,
    institution: bool,
}

/// What a mention resolves to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A named speaker.
    Speaker {
        /// Canonical name.
        name: String,
        /// Role, if known from any mention.
        role: Option<String>,
        /// Resolved from a pronoun or description rather than stated.
        inferred: bool,
        /// An institution rather than a person.
        institution: bool,
    },
    /// A vague group.
    Vague,
    /// A hidden source.
    Anonymous,
    /// A pronoun or description with nothing to resolve to.
    Unknown,
}

/// Resolves mentions to entities in text order.
#[derive(Default, Debug)]
pub struct Resolver {
    entities: Vec<Entity>,
    /// Entity indices, most recently mentioned last.
    recent: Vec<usize>,
    /// People named in the text so far, whether or not they said anything, last named last:
    /// the antecedents of last resort for a pronoun.
    named: Vec<(String, Gender)>,
    /// Institutions named in the text so far, last named last, whether or not they spoke: what
    /// `the council` or `the company` refers back to when no institution has spoken yet.
    institutions: Vec<(String, usize)>,
    /// Short names given in brackets (`(DSV)`) or after `known as`, with where the name before
    /// them ends, that name as `named_institutions` read it, if it did, and whether the text
    /// says outright that it is that name's (`known as`).
    short_names: Vec<(String, usize, Option<String>, bool)>,
    /// Institutions an appositive called a business though their names do not say so.
    businesses: Vec<String>,
    /// The role each named person was introduced with (`U.S. District Judge Harriet
    /// Lindqvist`), so that a later `the judge` finds them though they never spoke.
    titles: Vec<(String, String, Option<Gender>)>,
    /// What each mention resolved to, so that a mention that attributes several claims (a
    /// sentence and the quote in it) resolves the same way each time.
    resolved: HashMap<Span, Resolved>,
    /// The person the previous sentence was about (its subject), with their gender if known:
    /// `Élodie Marchand blamed Britain. "…," she said.`
    previous_subject: Option<(String, Option<Gender>)>,
    /// The person the current sentence opens with, and where that mention ends: `Alan Pryce
    /// was furious about the goal, which he said …`.
    sentence_subject: Option<(String, Option<Gender>, usize)>,
    /// Where each entity was last mentioned (byte offset), and where the mention being
    /// resolved is.
    last_at: HashMap<usize, usize>,
    at: usize,
    /// Spokespeople met so far: their role, their gender and the institution they speak for,
    /// so that `der Sprecher` or `er` later is that institution again.
    voices: Vec<(String, Option<Gender>, usize)>,
    /// Whether the article is German (`die UN` is the `Vereinte Nationen`) or English (the
    /// `United Nations`).
    german: bool,
}

impl Resolver {
    /// A resolver for an article in German (`german`) or English.
    pub fn new(german: bool) -> Self {
        Resolver { german, ..Resolver::default() }
    }

    /// An institution's name in full when it is a short name written out as well (`UN`).
    fn full_name(&self, name: String) -> String {
        match BODY_ALIASES.iter().find(|(short, _, _)| *short == name) {
            Some((_, de, en)) => (if self.german { de } else { en }).to_string(),
            None => name,
        }
    }

    /// Note a person named in the text (`Giovanni Trapattoni`), so that a later pronoun with no
    /// speaker to stand for can refer to them.
    pub fn note(&mut self, name: String, gender: Option<Gender>, role: Option<String>) {
        if let Some(role) = role {
            self.titles.retain(|(n, _, _)| *n != name);
            self.titles.push((name.clone(), role, gender));
        }
        if let Some(gender) = gender {
            self.named.retain(|(n, _)| *n != name);
            self.named.push((name, gender));
        }
    }

    /// Note an institution named in the text (`Fenmoor District Council`) at byte offset `at`.
    pub fn note_institution(&mut self, name: String, at: usize) {
        // (`Stuttgarter Maschinenbauer` says what a business named before is, and names none.)
        if self.german && kind_description(&name).is_some() {
            return;
        }
        self.institutions.retain(|(n, _)| *n != name);
        self.institutions.push((name, at));
    }

    /// Institutions met before (that spoke or were named) and named again by their name alone in
    /// `words` (the capitalised words of a sentence, with where each starts): `Vellmar rejected
    /// the accusation` after `German appliance maker Vellmar said …`, `Bei Sparo reagierte man`
    /// after `der Discounter Sparo`. Each is met again there.
    pub fn note_bodies_named_again(&mut self, words: &[(&str, usize)]) {
        if words.is_empty() {
            return;
        }
        // (Only names whose first word the sentence has are looked at closely.)
        let present = |first: &str| words.iter().any(|(w, _)| *w == first);
        let known = self.entities.iter().filter(|e| e.institution).map(|e| &e.name);
        let mut met = Vec::new();
        for known in known.chain(self.institutions.iter().map(|(n, _)| n)) {
            if !known.split(' ').next().is_some_and(present) {
                continue;
            }
            let name: Vec<&str> = known.split_whitespace().collect();
            // (A name, not a word for a kind of body: `Nachrichtenagentur` again is no
            // `Nachrichtenagentur Xinhua`.)
            if name.len() == 1 && is_institution(&known.to_lowercase()) {
                continue;
            }
            let at = words.windows(name.len()).find(|w| w.iter().zip(&name).all(|((t, _), n)| t == n));
            if let Some(at) = at.and_then(|w| w.first()) {
                met.push((known.clone(), at.1));
            }
        }
        for (name, at) in met {
            if self.institutions.iter().any(|(n, a)| *n == name && *a >= at) {
                continue;
            }
            self.note_institution(name, at);
        }
    }

    /// Note a short name given in brackets or after `known as` (`explicit`) after a name that
    /// ends at byte `end`, read as `named` if it was an institution's.
    pub fn note_short_name(&mut self, acronym: String, end: usize, named: Option<String>, explicit: bool) {
        if !self.short_names.iter().any(|(a, _, _, _)| *a == acronym) {
            self.short_names.push((acronym, end, named, explicit));
        }
    }

    /// The institution a short name stands for (`die DSV` after `der Deutschen
    /// Schienenverkehrs AG (DSV)`): the one a mention before the brackets resolved to, else the
    /// institution named there.
    fn short_name_of(&mut self, name: &str) -> Option<usize> {
        let (_, end, named, explicit) = self.short_names.iter().find(|(a, _, _, _)| a == name)?.clone();
        let spoke = self.resolved.iter().find_map(|(span, r)| match r {
            Resolved::Speaker { name, institution: true, .. } if span.end == end => Some(name.clone()),
            _ => None,
        });
        // (The name the letters stand for opens with the first of them and is no one's role:
        // not `Gouverneursrat der Internationalen Atomenergieorganisation` for `IAEA`, nor
        // `Sprecher der Befreiungsarmee` for `SPLA`.)
        // (Unless the text says so: `…, known as Water Quality`.)
        let long = spoke.or(named).filter(|n| {
            n != name
                && (explicit
                    || n.chars().next().map(|c| c.to_lowercase().to_string())
                        == name.chars().next().map(|c| c.to_lowercase().to_string()))
                && !n.split_whitespace().next().is_some_and(|w| is_role(&w.to_lowercase()))
        })?;
        Some(self.institution(long))
    }

    /// Note a business named at `at` whose name does not say it is one (`Corvanta, the
    /// San Francisco-based maker of …`).
    pub fn note_business(&mut self, name: String, at: usize) {
        if !self.businesses.contains(&name) {
            self.businesses.push(name.clone());
        }
        self.note_institution(name, at);
    }

    /// Whether an institution's name is a business's, by its ending, as noted, or by the role
    /// it spoke with (`German appliance maker Vellmar said`).
    fn business(&self, name: &str) -> bool {
        is_company(name)
            || self.businesses.iter().any(|b| b == name)
            || self.entities.iter().any(|e| {
                e.institution && e.name == name && e.role.as_deref().is_some_and(|r| business_role(&r.to_lowercase()))
            })
    }

    /// Set the person the previous sentence was about: a pronoun of their gender (or of any
    /// gender, when theirs is unknown) stands for them first.
    pub fn set_previous_subject(&mut self, subject: Option<(String, Option<Gender>)>) {
        self.previous_subject = subject;
    }

    /// Whether a woman has been named or has spoken so far.
    pub fn knows_woman(&self) -> bool {
        self.named.iter().any(|(_, g)| *g == Gender::Female)
            || self.entities.iter().any(|e| !e.institution && e.gender == Some(Gender::Female))
    }

    /// Set the person the current sentence opens with (a pronoun later in it stands for them
    /// first).
    pub fn set_sentence_subject(&mut self, subject: Option<(String, Option<Gender>, usize)>) {
        self.sentence_subject = subject;
    }

    /// Resolve `m`, registering new speakers as they are named.
    pub fn resolve(&mut self, m: &Mention) -> Resolved {
        if let Some(r) = self.resolved.get(&m.span) {
            return r.clone();
        }
        self.at = m.span.start;
        let r = self.resolve_new(m);
        self.resolved.insert(m.span, r.clone());
        r
    }

    /// Whether `name` is someone named before: the full name or its last word.
    pub fn knows_person(&self, name: &str) -> bool {
        let ends = |n: &str| n == name || n.ends_with(&format!(" {name}"));
        self.entities.iter().any(|e| !e.institution && ends(&e.name)) || self.named.iter().any(|(n, _)| ends(n))
    }

    /// Who pronoun `m` stands for when it answers a question `asker` put (`„…?“, fragte der
    /// Richter. „…“, antwortete er`): the person of its gender (or of unknown gender) who spoke
    /// last before, not the asker.
    pub fn answerer(&mut self, m: &Mention, asker: &str) -> Option<Resolved> {
        let g = m.gender?;
        let idx = self.most_recent(|e| !e.institution && e.name != asker && e.gender.is_none_or(|eg| eg == g))?;
        self.at = m.span.start;
        let r = self.speaker(idx, true);
        self.resolved.insert(m.span, r.clone());
        Some(r)
    }

    /// The name a mention already resolved to, if it named someone.
    pub fn resolved_name(&self, span: Span) -> Option<String> {
        match self.resolved.get(&span)? {
            Resolved::Speaker { name, institution: false, .. } => Some(name.clone()),
            _ => None,
        }
    }

    fn resolve_new(&mut self, m: &Mention) -> Resolved {
        // `sagte Fischer` after `Joschka Fischer`: a surname that is also a role noun (`Fischer`,
        // `Richter`) or a document (`Papier`) names the person, not a group or a text.
        let word = m.name.as_deref().unwrap_or(&m.text);
        let surname = (m.kind == MentionKind::Vague || m.kind == MentionKind::Person && is_role(&word.to_lowercase()))
            && !word.contains(' ')
            && word.starts_with(char::is_uppercase)
            && self.knows_person(word);
        let as_person;
        let m = if surname {
            as_person = Mention { kind: MentionKind::Person, name: Some(word.to_owned()), role: None, ..m.clone() };
            &as_person
        } else {
            m
        };
        // `The CEO said`: a role in capitals is no name.
        // (Not one with no article: `"…," Judge said` is a surname.)
        let role_word = m.kind == MentionKind::Person
            && !surname
            && m.text.contains(' ')
            && m.name.as_deref().is_some_and(|n| !n.contains(' ') && is_role(&n.to_lowercase()));
        let kind = if role_word { MentionKind::Description } else { m.kind };
        match kind {
            // `die Richter` after `Die Richter des Bundesverwaltungsgerichts`: a group named
            // before by the same role.
            MentionKind::Vague => {
                let head = m.role.as_deref().and_then(|r| r.split_whitespace().last()).map(str::to_lowercase);
                let found = head.and_then(|h| {
                    self.recent
                        .iter()
                        .rev()
                        .copied()
                        .find(|&i| self.entities[i].role.as_ref().is_some_and(|r| r.to_lowercase().starts_with(&h)))
                });
                match found {
                    Some(idx) => self.speaker(idx, true),
                    None => Resolved::Vague,
                }
            }
            MentionKind::Anonymous => Resolved::Anonymous,
            MentionKind::Person => {
                let name = m.name.clone().unwrap_or_else(|| m.text.clone());
                // `Verdi kündigte an` after `die Gewerkschaft Verdi`: a single word that names an
                // institution met with its kind before it.
                // (Or a short name given before, `Cal Fire`.)
                if m.role.is_none() {
                    if let Some(idx) = self.short_name_of(&name) {
                        return self.speaker(idx, false);
                    }
                }
                if !name.contains(' ') && m.role.is_none() {
                    if let Some(idx) = self.entities.iter().position(|e| e.institution && kind_of(&e.name, &name)) {
                        return self.speaker(idx, false);
                    }
                }
                // (`Verdi`, `Unite`: a union, whose name does not say so, named so first.)
                if m.role.is_none() && is_union(&name) {
                    let idx = self.institution(name);
                    return self.speaker(idx, false);
                }
                let idx = self.find_person(&name).unwrap_or_else(|| {
                    // `Okafor said` after `The police chief, Daniel Okafor, resigned`: a surname
                    // alone takes the full name it was introduced with.
                    // `Okafor`, and `von der Leyen` (a surname that opens with a particle).
                    let surname_of = |n: &str| {
                        let particle = name.starts_with(char::is_lowercase) && n.ends_with(&format!(" {name}"));
                        (!name.contains(' ') && n.split_whitespace().last() == Some(name.as_str())) || particle
                    };
                    // (Or someone introduced with a role whose given name no list knows:
                    // `Pichlmayr` after `Landeshauptmann Gerold Pichlmayr`.)
                    let (name, gender) = self
                        .named
                        .iter()
                        .rev()
                        .find(|(n, _)| surname_of(n))
                        .map(|(n, g)| (n.clone(), Some(*g)))
                        .or_else(|| {
                            self.titles
                                .iter()
                                .rev()
                                .find(|(n, _, _)| n.contains(' ') && surname_of(n))
                                .map(|(n, _, g)| (n.clone(), *g))
                        })
                        .unwrap_or((name.clone(), None));
                    self.new_person(name, gender)
                });
                let e = &mut self.entities[idx];
                if name.split_whitespace().count() > e.name.split_whitespace().count() {
                    e.name = name;
                }
                if e.role.is_none() {
                    e.role = m.role.clone();
                }
                if e.gender.is_none() {
                    e.gender = m.gender;
                }
                self.speaker(idx, false)
            }
            MentionKind::Institution => {
                // (`the Ligue 1 club`; a single word, `der Verein`, is generic, below.)
                if let Some(idx) = self.body_of_kind(m).filter(|_| m.name.as_ref().is_some_and(|n| n.contains(' '))) {
                    return self.speaker(idx, true);
                }
                let name = self.full_name(m.name.clone().unwrap_or_else(|| m.text.clone()));
                if let Some(idx) = self.short_name_of(&name) {
                    return self.speaker(idx, false);
                }
                let lower = name.to_lowercase();
                // "the ministry" after "the Ministry of Transport", "die Fraktion" after "die
                // SPD-Landtagsfraktion": the same institution.
                let generic = !name.contains(' ')
                    && (name.chars().next().is_some_and(char::is_lowercase) || INSTITUTION_WORDS.contains(&lower));
                if generic {
                    let found = self.recent.iter().rev().copied().find(|&i| {
                        let e = &self.entities[i];
                        // `die Fraktion` after `die SPD-Landtagsfraktion`: the compound's head.
                        e.institution && stands_for(&lower, &e.name)
                    });
                    // (`the agency` for a public body in general: not one that spoke before
                    // another was named.)
                    let body_named_since = |idx: usize| {
                        let since = self.last_at.get(&idx).copied().unwrap_or(0);
                        // (For a club, not an opponent named in the sentence it spoke in: `Das
                        // teilte der Bundesligist mit, einen Tag nach der Niederlage gegen den 1. FC
                        // Saarau. … hieß es in der Mitteilung des Vereins`.)
                        let club = matches!(lower.as_str(), "club" | "side" | "team" | "franchise" | "verein" | "klub");
                        let since = if club { since + SENTENCE_REACH } else { since };
                        // (Not for an entity named with the word, `die Gewerkschaft Verdi`, except
                        // a union or a club: `die Gewerkschaft` is the union named last, `die IG
                        // Metall`.)
                        let general = !self.entities[idx].name.to_lowercase().contains(&lower)
                            || matches!(lower.as_str(), "gewerkschaft" | "union")
                            || club;
                        general
                            && self.institutions.iter().any(|(n, at)| {
                                *at > since
                                    && *at < m.span.start
                                    && stands_for(&lower, n)
                                    && *n != self.entities[idx].name
                            })
                    };
                    if let Some(idx) = found.filter(|&idx| !body_named_since(idx)) {
                        // Named as it was before (`die Stadtverwaltung` again): not carried over.
                        let carried = !self.entities[idx].name.eq_ignore_ascii_case(&name);
                        return self.speaker(idx, carried);
                    }
                    // `the company` after `Castlegate Engineering said …`: the business that
                    // spoke last.
                    let company = COMPANY_WORDS.contains(&lower.as_str());
                    let found = company
                        .then(|| {
                            self.recent.iter().rev().copied().find(|&i| {
                                let e = &self.entities[i];
                                e.institution
                                    && (self.business(&e.name) || e.role.as_deref().is_some_and(business_role))
                            })
                        })
                        .flatten();
                    // (Not when another business was named after it last spoke: `Harbourside
                    // Water Services pleaded guilty …. The company said …`.)
                    let named_since = |idx: usize| {
                        let since = self.last_at.get(&idx).copied().unwrap_or(0);
                        self.institutions.iter().any(|(n, at)| *at > since && *at < m.span.start && self.business(n))
                    };
                    if let Some(idx) = found.filter(|&idx| !named_since(idx)) {
                        return self.speaker(idx, true);
                    }
                    // Named before but not yet a speaker: `the council` after `the leader of
                    // Fenmoor District Council`, `the company` after `Halvorsen Foods will close …`.
                    // (Only one named before the mention: not `eine Zaiditen-Regierung` later in
                    // the sentence of `Die Regierung wirft … vor`.)
                    let fits = |(n, at): &&(String, usize)| {
                        *at < m.span.start && if company { self.business(n) } else { stands_for(&lower, n) }
                    };
                    // (`the club` is the one the report is about, named first: not the
                    // opponent named since.)
                    let named = if matches!(lower.as_str(), "club" | "side") {
                        self.institutions.iter().find(fits)
                    } else {
                        self.institutions.iter().rev().find(fits)
                    }
                    .map(|(n, _)| n);
                    if let Some(named) = named.cloned() {
                        let idx = self.institution(named);
                        return self.speaker(idx, true);
                    }
                }
                // `Verdi` after `die Gewerkschaft Verdi`, `Toyota` after `der japanische
                // Autokonzern Toyota`: the name with or without the kind of body before it.
                let idx = self
                    .entities
                    .iter()
                    .position(|e| e.institution && e.name.eq_ignore_ascii_case(&name))
                    .or_else(|| {
                        self.entities
                            .iter()
                            .position(|e| e.institution && (kind_of(&e.name, &name) || kind_of(&name, &e.name)))
                    })
                    .unwrap_or_else(|| {
                        self.entities.push(Entity { name, role: None, gender: None, institution: true });
                        self.entities.len() - 1
                    });
                // (`Entergy, the region's largest utility,`: what business it is.)
                if self.entities[idx].role.is_none() && m.role.as_deref().is_some_and(business_role) {
                    self.entities[idx].role = m.role.clone();
                }
                self.speaker(idx, false)
            }
            MentionKind::Pronoun => {
                let found = match m.gender {
                    // The previous sentence's subject, if the gender fits; a speaker of the
                    // pronoun's gender; then someone of that gender named but not yet quoted;
                    // then a speaker of unknown gender. German "sie" may also be plural: an
                    // institution is the last resort.
                    Some(g) => self
                        .sentence_subject_of(g, m.span.start)
                        .or_else(|| self.previous_subject_of(g))
                        // (`Ein Polizeisprecher sagte …. Er fügte hinzu …`: the body the
                        // spokesperson who spoke last speaks for.)
                        .or_else(|| {
                            let last = *self.recent.last()?;
                            self.voices.iter().rev().find(|(_, vg, i)| *i == last && *vg == Some(g)).map(|_| last)
                        })
                        // (`The group's chairman, Dev Mistry, said: "…" He added: "…"`: the
                        // speaker just before, whose gender is not known, over an earlier one.)
                        .or_else(|| {
                            let last = *self.recent.last()?;
                            let e = &self.entities[last];
                            (!e.institution && e.gender.is_none() && e.name.contains(' ')).then_some(last)
                        })
                        .or_else(|| self.most_recent(|e| !e.institution && e.gender == Some(g)))
                        .or_else(|| self.named_person(g))
                        // (Not a thing a sentence was about: `Der Geruch erinnert an …`.)
                        .or_else(|| self.most_recent(|e| !e.institution && e.gender.is_none() && !is_thing(e)))
                        .or_else(|| if m.text == "sie" { self.most_recent(|e| e.institution) } else { None }),
                    // (`the Swede`, `the 23-year-old`: a person, not a body.)
                    None if m.text.starts_with("the ") => self.most_recent(|e| !e.institution && !is_thing(e)),
                    None => self.most_recent(|_| true),
                };
                match found {
                    Some(idx) => {
                        if self.entities[idx].gender.is_none() {
                            self.entities[idx].gender = m.gender;
                        }
                        self.speaker(idx, true)
                    }
                    None => Resolved::Unknown,
                }
            }
            MentionKind::Description => {
                if let Some(idx) = self.body_of_kind(m) {
                    return self.speaker(idx, true);
                }
                let role = m.role.clone().unwrap_or_else(|| m.text.clone());
                let words: Vec<String> = role.split_whitespace().map(str::to_lowercase).collect();
                let (head_at, tail) = role_head(&role);
                let head = words.get(head_at).cloned().unwrap_or_default();
                // A complement or a modifier makes it someone new, not whoever was mentioned
                // last (`die britische Königin` is not the premier named before).
                let complement = words.len() > head_at + 1 || head_at > 0;
                // `ein Sprecher des Unternehmens` is someone not met before; and the spokesman of
                // one body is not the spokesman of another (`Sprecher der Initiative`).
                let indefinite = m.text.split_whitespace().next().is_some_and(|w| {
                    matches!(w.to_lowercase().as_str(), "ein" | "eine" | "einer" | "einem" | "a" | "an" | "another")
                });
                // `the former justice minister` is not the Interior Minister: both name what their
                // office is over, and differently.
                let own = modifiers(&words[..head_at]);
                let same = |r: &str| {
                    let (other_at, other_tail) = role_head(r);
                    let lower = r.to_lowercase();
                    let other: Vec<String> = lower.split_whitespace().map(str::to_owned).collect();
                    let theirs = modifiers(&other[..other_at.min(other.len())]);
                    let clash = !own.is_empty() && !theirs.is_empty() && !own.iter().any(|w| theirs.contains(w));
                    // (`die Sprecherin der FDP` is not `Verdi-Sprecherin X`: a complement names
                    // the body a compound names in the other role, `der Sprecher des Vereins`
                    // for `Vereinssprecher X`.)
                    let body = tail.split_whitespace().last().unwrap_or_default();
                    let stem = body.strip_suffix("es").or_else(|| body.strip_suffix('s')).unwrap_or(body);
                    let other_body = other.get(other_at).is_some_and(|w| w.len() > head.len());
                    let other_clash = other_tail.is_empty() && !tail.is_empty() && other_body && !lower.contains(stem);
                    same_office(&lower, &head)
                        && (tail.is_empty() || other_tail.is_empty() || tail == other_tail)
                        && !clash
                        && !other_clash
                };
                // `der Bahnsprecher` after `Ein Bahnsprecher sagte`: the body they speak for
                // (not `die Sprecherin der FDP` after `eine Sprecherin` of another body).
                let voice = self
                    .voices
                    .iter()
                    .rev()
                    .find(|(r, _, _)| !indefinite && same(r) && (tail.is_empty() || role_head(r).1 == tail))
                    .map(|(_, _, i)| *i);
                if let Some(idx) = voice {
                    return self.voice(idx, role, true);
                }
                // (`Hallmann lobte den Angreifer. …, sagte der Trainer.`: of those with that office,
                // the one the previous sentence was about.)
                let subject = self.previous_subject.as_ref().and_then(|(name, _)| {
                    let i = self.find_person(name.split_whitespace().last()?)?;
                    self.entities[i].role.as_ref().is_some_and(|r| same(r)).then_some(i)
                });
                let found = if indefinite {
                    None
                } else {
                    subject.or_else(|| {
                        self.recent
                            .iter()
                            .rev()
                            .copied()
                            .find(|&i| self.entities[i].role.as_ref().is_some_and(|r| same(r)))
                    })
                };
                // Someone introduced with that role who has not spoken yet.
                let found = found.or_else(|| {
                    let (name, role, gender) =
                        self.titles.iter().rev().find(|(_, r, _)| !indefinite && same(r)).cloned()?;
                    let idx = self.find_person(&name).unwrap_or_else(|| self.new_person(name, gender));
                    self.entities[idx].role.get_or_insert(role);
                    Some(idx)
                });
                // "die Forscherin" after "die Meeresphysikerin Hanna Lindqvist": no shared head,
                // but the most recent person of the same gender.
                // Only the one mentioned last, named with a role: `der Kurdirektor` after a woman
                // is someone new, not the man named before her.
                // (Not a party to a case: `der Angeklagte` is not the lawyer named before.)
                let party = CASE_PARTIES.iter().any(|p| head.starts_with(p));
                // `Claudia Meerfeld von der Stiftung X sieht das gelassener. „…“, sagte die
                // Expertin.`: a word for what someone does, not an office, is the person the
                // previous sentence was about.
                let descriptor = DESCRIPTORS.iter().any(|d| head.contains(d));
                // (An age or where they are from describes them too: `der 55-jährige Unternehmer
                // aus Rapperswil-Jona`.)
                let age = |w: &String| w.starts_with(|c: char| c.is_ascii_digit()) && w.contains("-jährig");
                let described = descriptor
                    && words[..head_at].iter().all(age)
                    && (tail.is_empty() || words.get(head_at + 1).is_some_and(|w| w == "aus"));
                let found = found.or_else(|| {
                    let g = m.gender.filter(|_| described && !indefinite)?;
                    self.previous_subject_of(g)
                });
                // `Margaret Dunmore, 74, … "…," the retired teacher said`: such a word with no
                // gender (English), with at most an age or `retired`, `former`, `longtime`,
                // `local`, `elderly` before it, is the person named last, if they were named
                // with no role.
                let plain = |w: &String| matches!(w.as_str(), "retired" | "former" | "longtime" | "local" | "elderly");
                let found = found.or_else(|| {
                    let bare = descriptor && tail.is_empty() && words[..head_at].iter().all(|w| plain(w) || age(w));
                    (bare && m.gender.is_none() && !indefinite && !party).then_some(())?;
                    let (name, g) = self.named.last().cloned()?;
                    if self.titles.iter().any(|(n, _, _)| *n == name) {
                        return None;
                    }
                    Some(self.find_person(&name).unwrap_or_else(|| self.new_person(name, Some(g))))
                });
                // `Wirtschaftsministerin X trat vor die Medien. „…“, sagte die Bundesrätin.`: a
                // role no one holds is the person the previous sentence was about, when they were
                // introduced with a role and the gender fits.
                // (Not one head of state or government for another: `der Ministerpräsident`
                // after `König Rama` is someone else.)
                let found = found.or_else(|| {
                    let g = m.gender.filter(|_| !complement && !indefinite && !party)?;
                    let (name, _) = self.previous_subject.clone()?;
                    let (_, their_role, _) = self.titles.iter().find(|(n, _, _)| *n == name)?;
                    let top = |r: &str| TOP_OFFICES.iter().find(|o| r.to_lowercase().contains(*o)).copied();
                    let clash = top(&head).zip(top(their_role)).is_some_and(|(a, b)| a != b);
                    (!clash).then_some(())?;
                    self.previous_subject_of(g)
                });
                let found = found.or_else(|| {
                    let g = m.gender.filter(|_| (!complement || described) && !indefinite && !party)?;
                    let last = *self.recent.last()?;
                    let e = &self.entities[last];
                    // (Someone named with no role may hold any office: `der Minister` after
                    // `Benedikt Lux` is not known to be him; but a word for what someone does
                    // may describe them: `X vom Lawinenwarndienst sagte … „…“, so der Experte`.)
                    (!e.institution && e.gender == Some(g) && (e.role.is_some() || descriptor)).then_some(last)
                });
                // `A spokesman for Marcus Bell`: a person's spokesperson speaks for them.
                if let Some(name) = found.is_none().then(|| spokesperson_person(&role)).flatten() {
                    let idx = self.find_person(&name).unwrap_or_else(|| self.new_person(name, None));
                    return self.voice(idx, role, true);
                }
                if let Some((idx, inferred)) = found.is_none().then(|| self.spoken_for(&role, m.span.start)).flatten() {
                    self.voices.push((role.clone(), m.gender, idx));
                    return self.voice(idx, role, inferred);
                }
                match found {
                    Some(idx) => self.speaker(idx, true),
                    None => {
                        // A role without a name ("ein Sprecher"): the role is the speaker.
                        self.entities.push(Entity {
                            name: role.clone(),
                            role: Some(role),
                            gender: m.gender,
                            institution: false,
                        });
                        self.speaker(self.entities.len() - 1, false)
                    }
                }
            }
        }
    }

    /// The institution a spokesperson with `role`, mentioned at byte `at`, speaks for, and
    /// whether it was found in the text before rather than named in the role: the body the
    /// role names in full (`Sprecherin des Auswärtigen Amts`), the one a word for its kind
    /// stands for (`Bahnsprecher` after `die Weserland-Bahn`, else the `Bahn`; `Sprecher des
    /// Unternehmens` for the business met last), or, for a spokesperson of no named body
    /// (`Eine Sprecherin sagte`), the institution named or heard just before.
    fn spoken_for(&mut self, role: &str, at: usize) -> Option<(usize, bool)> {
        let body = spokesperson_body(role)?.map(|b| self.full_name(b));
        let (name, inferred) = match body {
            Some(body) if body.contains(' ') => (body, false),
            Some(body) => {
                let lower = body.to_lowercase();
                // (`des Unternehmens`, `der Behörde`: any body of that sort, the business or the
                // public body met last.)
                let any = ANY_BODY.contains(&lower.as_str());
                let company = COMPANY_WORDS.contains(&lower.as_str());
                // (`Ein Sprecher der Gewerkschaft` after `Die IG Metall …`, `a spokesman for the
                // union`: a word for a body the name does not contain; not when a body of just
                // that name was met, `Sprecherin der Heilsarmee`.)
                let exact = self.institutions.iter().any(|(n, _)| *n == body);
                let fits = |n: &str| {
                    n == body || headed_by(&lower, n) || company && self.business(n) || !exact && stands_for(&lower, n)
                };
                let spoke = self.most_recent(|e| e.institution && fits(&e.name));
                let named = self.institutions.iter().rev().find(|(n, named_at)| *named_at < at && fits(n));
                // (The one met last: not a business that spoke before another was named,
                // `Brenninger … teilte mit. Die Österreichischen Bundesbahnen prüfen …, sagte ein
                // Sprecher des Unternehmens`.)
                // (Not the same body named in full: `Nationaler Übergangsrat` for `Übergangsrat`.)
                let spoke_at = spoke.map(|i| self.last_at.get(&i).copied().unwrap_or(0));
                let spoke_name = spoke.map(|i| self.entities[i].name.clone());
                let later = named
                    .filter(|(n, named_at)| {
                        spoke_at.is_none_or(|s| *named_at > s)
                            && spoke_name
                                .as_ref()
                                .is_none_or(|sn| !n.ends_with(sn.as_str()) && !sn.ends_with(n.as_str()))
                    })
                    .map(|(n, _)| n.clone());
                match later.or_else(|| spoke.map(|i| self.entities[i].name.clone())) {
                    Some(name) => {
                        let inferred = name != body;
                        (name, inferred)
                    }
                    // (A public body for `der Behörde`; a business has been looked for.)
                    None if any && !company => (self.body_before(at, |n| !self.business(n))?, true),
                    None if any => return None,
                    // (An English word for a kind of body is no name: `a police spokesman`.)
                    None if body.starts_with(char::is_lowercase) => return None,
                    // (`der Staatsanwaltschaft`, `Polizeisprecher`: the body by its kind, as `die
                    // Polizei` names it.)
                    None => (body, false),
                }
            }
            None => (self.body_before(at, |_| true)?, true),
        };
        Some((self.institution(name), inferred))
    }

    /// `der Stuttgarter Maschinenbauer`, `der Fußball-Bundesligist`, `the Premier League side`:
    /// a description by a kind of business or club, with the definite article and no
    /// complement, is the business named last or the club named first (in English, by its
    /// league, the club named last).
    fn body_of_kind(&mut self, m: &Mention) -> Option<usize> {
        let definite = m
            .text
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "der" | "die" | "das" | "des" | "dem" | "den"));
        let english = m.text.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
        let role = m.role.as_deref().or(m.name.as_deref())?;
        let club = if self.german && definite {
            kind_description(role)?
        } else if !self.german && english {
            // `the Premier League side`, `the Ligue 1 club`: a club by its league.
            let words: Vec<&str> = role.split_whitespace().collect();
            let (head, league) = words.split_last()?;
            let by_league = matches!(*head, "side" | "club")
                && !league.is_empty()
                && league.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
            by_league.then_some(true)?
        } else {
            return None;
        };
        let is_club = |n: &str| {
            n.split_whitespace().next().is_some_and(|w| CLUB_PREFIXES.contains(&w))
                || n.split_whitespace().last().is_some_and(|w| CLUB_HEADS.contains(&w.to_lowercase().as_str()))
        };
        let fits = |(n, at): &&(String, usize)| *at < m.span.start && if club { is_club(n) } else { self.business(n) };
        // (In English the club named last: `Kingsmoor City have signed …, the Championship side
        // announced`.)
        let first = club && self.german;
        let named = if first { self.institutions.iter().find(fits) } else { self.institutions.iter().rev().find(fits) };
        match named {
            Some((name, _)) => Some(self.institution(name.clone())),
            // (A club that spoke though its name was not noted as a body's: `Kingsmoor City have
            // signed …, the Championship side announced`.)
            None => self.most_recent(|e| club && is_club(&e.name)),
        }
    }

    /// The institution entity named `name`, created if it never spoke.
    fn institution(&mut self, name: String) -> usize {
        self.entities.iter().position(|e| e.institution && e.name == name).unwrap_or_else(|| {
            self.entities.push(Entity { name, role: None, gender: None, institution: true });
            self.entities.len() - 1
        })
    }

    /// The institution `want` accepts named or heard last before byte `at`, when that was just
    /// before (within a sentence or two): whom `Eine Sprecherin sagte` speaks for.
    fn body_before(&self, at: usize, want: impl Fn(&str) -> bool) -> Option<String> {
        const NEAR: usize = 400;
        // (A body by its name: not `the team` or `the state's electricity distributor`.)
        let proper = |n: &str| n.starts_with(char::is_uppercase) && want(n);
        let spoke = self
            .recent
            .iter()
            .copied()
            .filter(|i| self.entities[*i].institution && proper(&self.entities[*i].name))
            .filter_map(|i| Some((self.last_at.get(&i).copied()?, self.entities[i].name.clone())))
            .max();
        let named = self.institutions.iter().filter(|(n, a)| *a < at && proper(n)).map(|(n, a)| (*a, n.clone())).max();
        let (last, name) = spoke.into_iter().chain(named).max()?;
        (at.saturating_sub(last) <= NEAR).then_some(name)
    }

    /// The institution `idx` as the speaker, by its spokesperson with `role`.
    fn voice(&mut self, idx: usize, role: String, inferred: bool) -> Resolved {
        match self.speaker(idx, inferred) {
            Resolved::Speaker { name, inferred, institution, .. } => {
                Resolved::Speaker { name, role: Some(role), inferred, institution }
            }
            other => other,
        }
    }

    /// The most recently mentioned entity that `want` accepts.
    fn most_recent(&self, want: impl Fn(&Entity) -> bool) -> Option<usize> {
        self.recent.iter().rev().copied().find(|&i| want(&self.entities[i]))
    }

    /// The entity of the previous sentence's subject, when their gender is `g` or unknown;
    /// created if they never spoke.
    fn sentence_subject_of(&mut self, g: Gender, at: usize) -> Option<usize> {
        let (name, gender, end) = self.sentence_subject.clone()?;
        if end > at || gender.is_some_and(|sg| sg != g) {
            return None;
        }
        let surname = name.split_whitespace().last().unwrap_or_default();
        let idx = self.find_person(surname).unwrap_or_else(|| self.new_person(name, Some(g)));
        (self.entities[idx].gender.is_none_or(|eg| eg == g)).then_some(idx)
    }

    fn previous_subject_of(&mut self, g: Gender) -> Option<usize> {
        let (name, gender) = self.previous_subject.clone().filter(|(_, sg)| sg.is_none_or(|sg| sg == g))?;
        // By surname: the subject's mention may carry a role the speaker's did not.
        let surname = name.split_whitespace().last().unwrap_or_default();
        let idx = match self.find_person(surname) {
            // Someone known to be of the other gender is not who the pronoun stands for.
            Some(i) if self.entities[i].gender.is_some_and(|eg| eg != g) => return None,
            Some(i) => i,
            // A role (`the minister`) is no one new to create.
            None if name.starts_with(char::is_lowercase) => return None,
            // (A surname alone: the full name it was introduced with, `Gregor Gysi`.)
            None => {
                let full = self
                    .named
                    .iter()
                    .rev()
                    .find(|(n, _)| !name.contains(' ') && n.split_whitespace().last() == Some(name.as_str()))
                    .map_or(name, |(n, _)| n.clone());
                self.new_person(full, Some(g))
            }
        };
        if gender.is_none() {
            self.entities[idx].gender.get_or_insert(g);
        }
        // (`Neuss-Trainer Dirk Hallmann war enttäuscht. „…“, sagte der 52-Jährige`: the role he
        // was introduced with is his.)
        if self.entities[idx].role.is_none() {
            let name = self.entities[idx].name.clone();
            if let Some((_, role, _)) = self.titles.iter().rev().find(|(n, _, _)| *n == name) {
                self.entities[idx].role = Some(role.clone());
            }
        }
        Some(idx)
    }

    /// The entity of the person of gender `g` named last, created if they never spoke.
    fn named_person(&mut self, g: Gender) -> Option<usize> {
        let (name, _) = self.named.iter().rev().find(|(_, ng)| *ng == g)?.clone();
        Some(self.find_person(&name).unwrap_or_else(|| self.new_person(name, Some(g))))
    }

    /// A new person entity, not yet a speaker.
    fn new_person(&mut self, name: String, gender: Option<Gender>) -> usize {
        self.entities.push(Entity { name, role: None, gender, institution: false });
        self.entities.len() - 1
    }

    fn find_person(&self, name: &str) -> Option<usize> {
        let tokens: Vec<&str> = name.split_whitespace().collect();
        let last = *tokens.last()?;
        // `Varela said` after `Ines Varela` and `Varela's mother, Teresa Varela`: a surname that
        // two people with given names share is the one the article introduced first; the other
        // is called by full name.
        if tokens.len() == 1 {
            let mut sharing = self.entities.iter().enumerate().filter(|(_, e)| {
                !e.institution
                    && e.name.split_whitespace().count() >= 2
                    && e.name.split_whitespace().last() == Some(last)
            });
            if let (Some((first, _)), Some(_)) = (sharing.next(), sharing.next()) {
                return Some(first);
            }
        }
        self.recent
            .iter()
            .rev()
            .copied()
            .find(|&i| {
                let e = &self.entities[i];
                if e.institution {
                    return false;
                }
                let et: Vec<&str> = e.name.split_whitespace().collect();
                // `von der Leyen` after `Ursula von der Leyen`: a surname with its particles.
                let particles = name.starts_with(char::is_lowercase) && et.ends_with(&tokens);
                et.last() == Some(&last) && (tokens.len() == 1 || et.len() == 1 || et == tokens || particles)
            })
            .or_else(|| {
                self.entities.iter().position(|e| {
                    !e.institution
                        && e.name.split_whitespace().last() == Some(last)
                        && (tokens.len() == 1 || e.name == name)
                })
            })
    }

    fn speaker(&mut self, idx: usize, inferred: bool) -> Resolved {
        self.recent.retain(|&i| i != idx);
        self.recent.push(idx);
        self.last_at.insert(idx, self.at);
        let e = &self.entities[idx];
        Resolved::Speaker { name: e.name.clone(), role: e.role.clone(), inferred, institution: e.institution }
    }
}

/// Whether German words say what kind of business or club something is and name none:
/// `Stuttgarter Maschinenbauer`, `Fußball-Bundesligist` (adjectives, then a kind noun);
/// `Some(true)` for a club.
fn kind_description(words: &str) -> Option<bool> {
    let words: Vec<&str> = words.split_whitespace().collect();
    // (Only adjectives before the head: `Stuttgarter`, `börsennotierte`.)
    let (head, before) = words.split_last()?;
    if !before.iter().all(|w| w.starts_with(char::is_lowercase) || w.ends_with("er")) {
        return None;
    }
    let head = head.to_lowercase();
    // (Also in the genitive: `Nach Angaben des Herstellers`.)
    let compound_of = |kind: &&str| {
        let of = |h: &str| h == *kind || h.len() > kind.len() + 2 && h.ends_with(kind);
        of(&head) || head.strip_suffix('s').is_some_and(of)
    };
    if CLUB_KINDS_DE.iter().any(compound_of) {
        Some(true)
    } else {
        BUSINESS_KINDS_DE.iter().any(compound_of).then_some(false)
    }
}

/// How many bytes after a mention a sentence usually runs on: what is named that close is
/// named in the same sentence.
const SENTENCE_REACH: usize = 200;

/// The index of a role's head noun among its words (its role noun, else its last word) and its
/// complement after the head, lower case: `Sprecher der Initiative` → (0, "der initiative").
fn role_head(role: &str) -> (usize, String) {
    let words: Vec<String> = role.split_whitespace().map(str::to_lowercase).collect();
    // The role noun, before any complement ("Geschäftsführer des Netzbetreibers").
    let at = words.iter().position(|w| is_role(w)).unwrap_or(words.len().saturating_sub(1));
    (at, words[(at + 1).min(words.len())..].join(" "))
}

/// The words before a role noun that say what the office is over (`justice` in `former
/// justice minister`), without articles and words about its holder's tenure.
fn modifiers(words: &[String]) -> Vec<String> {
    const TENURE: &[&str] = &[
        "the", "a", "an", "former", "new", "then", "acting", "outgoing", "incoming", "ex", "current", "longtime",
        "veteran", "embattled", "top", "senior", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
        "ehemalige", "ehemaligen", "frühere", "früheren", "neue", "neuen", "amtierende", "amtierenden", "scheidende",
        "scheidenden", "damalige", "damaligen",
    ];
    words.iter().filter(|w| !TENURE.contains(&w.as_str()) && w.chars().all(char::is_alphabetic)).cloned().collect()
}

/// Whether institution name `long` is `short` after the kind of body it is (`Gewerkschaft
/// Verdi` for `Verdi`, `japanische Autokonzern Toyota` for `Toyota`).
fn kind_of(long: &str, short: &str) -> bool {
    let kind = |w: &str| {
        let w = w.to_lowercase();
        is_institution(&w) || business_role(&w)
    };
    // (Or the kind after it: `Westbridge` for `Westbridge Athletic`, `Halvorsen` for `Halvorsen
    // Foods`.)
    long.strip_suffix(short)
        .and_then(|p| p.strip_suffix(' '))
        .is_some_and(|before| before.split_whitespace().last().is_some_and(kind))
        || long.strip_prefix(short).and_then(|p| p.strip_prefix(' ')).is_some_and(|after| {
            !after.contains(' ') && (kind(after) || COMPANY_HEADS.contains(&after.to_lowercase().as_str()))
        })
}

/// Whether a generic noun (`the ministry`, `die Fraktion`, `the agency`) can stand for the
/// institution `name`: a word of the name ends with it (`Ministry of Transport`,
/// `SPD-Landtagsfraktion`), or it is a word for a public body in general and the name has the
/// head of one (`the agency`, `the regulator` for `National Vehicle Safety Administration`), or
/// `the club` for a football club's name.
fn stands_for(generic: &str, name: &str) -> bool {
    const BODIES: &[&str] = &[
        "administration", "agency", "authority", "bureau", "commission", "directorate", "inspectorate", "office",
        "regulator", "service", "board", "department",
    ];
    // (`die Gewerkschaft` for `IG Metall`, `the union` for `Unite`.)
    let union = matches!(generic, "gewerkschaft" | "union") && is_union(name);
    if union {
        return true;
    }
    // (`der Verein` for `SV Grün-Weiß Hallstedt`: a German club by the abbreviation it opens with.)
    let german_club = matches!(generic, "verein" | "klub" | "club")
        && name.split_whitespace().next().is_some_and(|w| CLUB_PREFIXES.contains(&w));
    let team = matches!(generic, "team" | "club" | "side" | "franchise") && team_name(name);
    let name = name.to_lowercase();
    let club = german_club
        || team
        || matches!(generic, "club" | "side")
            && name.split_whitespace().last().is_some_and(|w| CLUB_HEADS.contains(&w));
    // (`die Behörde` for `Landesrechnungshof`, `Landratsamt Cham`: a German public body by the
    // end of its name.)
    club || name.split_whitespace().any(|w| w.ends_with(generic))
        || matches!(generic, "agency" | "regulator" | "watchdog")
            && name.split_whitespace().any(|w| BODIES.contains(&w))
        || generic == "behörde" && name.split_whitespace().any(|w| PUBLIC_BODIES_DE.iter().any(|b| w.ends_with(b)))
}

/// Whether an entity is only a description that names no role (`Geruch`, `Verfahren`): no
/// one a pronoun can stand for.
fn is_thing(e: &Entity) -> bool {
    let head = e.name.split_whitespace().last().unwrap_or_default().to_lowercase();
    // (A noun in `-en` is no agent but in the plural: `Verfahren`, `Behörden`.)
    let agent = is_agent_noun(&head) && (!head.ends_with("en") || head.ends_with("innen"));
    e.role.as_deref() == Some(e.name.as_str())
        && !agent
        && !e.name.split_whitespace().any(|w| is_role(&w.to_lowercase()) || business_role(&w.to_lowercase()))
}

/// Generic words for a body that stand for any of its sort: a spokesperson `des Unternehmens`
/// or `der Behörde` speaks for the business or the public body just named.
const ANY_BODY: &[&str] = &[
    "unternehmen", "konzern", "firma", "behörde", "ministerium", "amt", "verwaltung", "company", "firm", "agency",
    "authority", "ministry", "department", "office",
];

/// Whether the institution `name` is of the kind `generic` (lower case) names: a word of it
/// before any complement ends with it (`Weserland-Bahn` and `Deutsche Bahn` for `bahn`,
/// `Staatsanwaltschaft Bremerode` for `staatsanwaltschaft`; not `Altenhilfezentrum der
/// Heilsarmee` for `heilsarmee`).
fn headed_by(generic: &str, name: &str) -> bool {
    name.split_whitespace()
        .take_while(|w| !w.starts_with(char::is_lowercase))
        .any(|w| w.to_lowercase().ends_with(generic))
}

/// Whether an institution's name is a business's (`Castlegate Engineering`, `Nordkai AG`,
/// `Autozulieferer Strathmann`).
fn is_company(name: &str) -> bool {
    let head = |w: &str| company_head(&w.to_lowercase());
    // (German puts the kind first: `Autozulieferer Strathmann`, `Konzern Toyota`.)
    let mut words = name.split_whitespace();
    words.next_back().is_some_and(head) || name.contains(' ') && words.next().is_some_and(head)
}

/// Whether a role given before (`role`, lower case) names the office of the role noun `head`:
/// it contains the head (`UN-Botschafter` for `botschafter`) or a title for the same office
/// (`assistant district attorney` for `prosecutor`).
fn same_office(role: &str, head: &str) -> bool {
    // `the governor` for `Gov. Mark Delaney`, `the senator` for `Sen. X`.
    let expanded = role.split(|c: char| !c.is_alphanumeric()).any(|w| {
        OFFICE_TITLES.iter().any(|(t, office)| *office == head && t.trim_end_matches('.').eq_ignore_ascii_case(w))
    });
    expanded
        || role.contains(head)
        || ROLE_SYNONYMS.iter().filter(|(h, _)| *h == head).flat_map(|(_, titles)| titles.iter()).any(|t| {
            role.split(|c: char| !c.is_alphanumeric()).any(|w| w == *t || w.ends_with(*t))
                || (t.contains(' ') && role.contains(*t))
        })
}
