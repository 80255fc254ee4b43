//! The rule-pack file format, as written in the pack files of `rules/` (see docs/rules.md).
//!
//! Decoded strictly: an unknown key is an error that points at its line.

use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

pub type Pattern = Spanned<String>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackFile {
    pub pack: PackMeta,
    #[serde(default)]
    pub settings: BTreeMap<String, SettingDef>,
    /// Named sub-patterns usable as `{name}` in every pattern of the pack.
    #[serde(default)]
    pub vocabulary: BTreeMap<String, Pattern>,
    pub text: TextDef,
    #[serde(default)]
    pub parties: Option<PartiesDef>,
    #[serde(default)]
    pub hedge: Vec<HedgeDef>,
    /// The words clauses are read with (bearers, forces, actions, objects,
    /// qualifiers): `src/engine/clause/` turns each sentence into a frame with them.
    #[serde(default)]
    pub lexicon: LexiconDef,
    /// The small words a clause's structure is read from (see `GrammarDef`).
    #[serde(default)]
    pub grammar: GrammarDef,
    /// Clauses whose family words address nothing: a frame meeting one of these
    /// (a candidate's or a user's clause, one about persons or goods only).
    #[serde(default)]
    pub not_addressing: Vec<NotAddressingDef>,
    #[serde(default)]
    pub family: Vec<FamilyDef>,
    #[serde(default)]
    pub check: Vec<CheckDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackMeta {
    pub name: String,
    pub title: Text,
    pub description: Text,
    /// Where rule pages live; `{code}` is replaced by the rule code.
    #[serde(default)]
    pub rule_url: Option<String>,
    /// What the pack's legal basis is, said honestly (shown by `explain`).
    #[serde(default)]
    pub status: Option<Text>,
    /// In a pack folder's `pack.toml`: the other files, in reading order.
    #[serde(default)]
    pub files: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingDef {
    pub default: String,
    pub values: Vec<String>,
    pub doc: Text,
}

/// Conventions for reading contract text, shared by every family.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextDef {
    /// Words after which a full stop does not end a sentence ("art", "cf").
    #[serde(default)]
    pub abbreviations: Vec<String>,
    /// A block that starts with one of these binds nobody ("sans objet").
    #[serde(default)]
    pub void: Vec<Pattern>,
    /// Words that, before a match in the same clause, negate it.
    #[serde(default)]
    pub negations: Vec<Pattern>,
    /// A sentence holding one of these declares a clause inapplicable.
    #[serde(default)]
    pub disapplied: Vec<Pattern>,
    /// Between a negation and the word it would negate, one of these turns the
    /// negation back ("ne peut s'opposer à aucun audit", "no later than").
    #[serde(default)]
    pub negation_reversers: Vec<Pattern>,
    /// How many words before an element a negation reaches (0: its whole clause).
    /// "Unless prohibited by law, GitHub will destroy … within 30 days": far away.
    #[serde(default)]
    pub negation_reach: usize,
    /// A clause opening with one of these up to its first comma ("Unless prohibited
    /// by law, …") states a condition: a negation inside it negates nothing after.
    #[serde(default)]
    pub condition_openers: Vec<Pattern>,
    /// A table with a cell that is wholly one of these ("Prix HT", "1 200 €") is a
    /// price schedule: its rows price services, they bind nobody.
    #[serde(default)]
    pub price_cells: Vec<Pattern>,
    /// A table cell wholly one of these ("Souhaitée", "Facultatif"), or a code that a
    /// legend row defines with one of them ("S | Souhaitée : … sans valeur
    /// contractuelle"), makes its row optional: what the row requires is hedged.
    #[serde(default)]
    pub optional_levels: Vec<Pattern>,
    /// A document with a sentence matching one of these declares itself binding nobody
    /// ("This MOU is not intended to be legally binding"): every clause in it is hedged.
    #[serde(default)]
    pub non_binding: Vec<Pattern>,
    /// A document whose title — a block among its first ones that one of these
    /// matches whole — says it holds the rules of the tender procedure (« règlement de
    /// la consultation », "instructions to tenderers") binds no provider: nothing in it
    /// is a clause.
    #[serde(default)]
    pub bid_rules_titles: Vec<Pattern>,
    /// A document that names itself so anywhere (« le présent règlement de la
    /// consultation ») holds the tender's rules too, its title being an image.
    #[serde(default)]
    pub bid_rules_self: Vec<Pattern>,
    /// A block matching one of these is a price line ("Réversibilité : 5 000 € HT").
    #[serde(default)]
    pub price_lines: Vec<Pattern>,
    /// A block matching one of these is a line of a table of contents, a title and
    /// its page (« Article 12 – Réversibilité ........ 15 »): in a run of a few, they
    /// point, they bind nobody.
    #[serde(default)]
    pub contents_lines: Vec<Pattern>,
    /// Under a heading matching one of these (a glossary, a table of contents),
    /// blocks bind nobody.
    #[serde(default)]
    pub inert_sections: Vec<Pattern>,
    /// Under a heading matching one of these (a legal notice: « Mentions légales »,
    /// « Hébergeur du site »), what blocks say is the provider's practice: it
    /// addresses its family, binding nobody (read as hedged by the heading).
    #[serde(default)]
    pub practice_sections: Vec<Pattern>,
    /// A sentence matching one of these puts a duty on the buyer ("Customer shall
    /// keep its credentials confidential"): it neither addresses a family nor gives
    /// the provider an element. Its contrary clauses still count.
    #[serde(default)]
    pub buyer_duties: Vec<Pattern>,
    /// A sentence matching one of these describes what the software does ("Le
    /// concentrateur assure les tâches suivantes :", "The platform includes an export
    /// menu"): like a buyer's duty, it binds the provider to nothing.
    #[serde(default)]
    pub features: Vec<Pattern>,
    /// The number of an article in its heading ("Article 4 – Confidentialité" → 4):
    /// the first number in the first match at the heading's start.
    #[serde(default)]
    pub article_number: Vec<Pattern>,
    /// A reference to an article of the same document ("les obligations de l'article
    /// 4"): a match ending on its number. A match running on ("l'article 28 du RGPD")
    /// names another text and is ignored.
    #[serde(default)]
    pub article_reference: Vec<Pattern>,
    /// A sentence holding one of these defines rather than binds (the GDPR's list
    /// of processing operations): it counts for nothing, like quoted text.
    #[serde(default)]
    pub inert: Vec<Pattern>,
    /// A passage shorter than this (in words) is a label, not a clause: a table
    /// cell "Réversibilité" in a price form gives scope but addresses nothing.
    #[serde(default)]
    pub min_clause_words: usize,
    /// How many paragraphs (list items and table cells aside) around a paragraph
    /// about a family, under the same heading, share its scope. 0: the whole section.
    #[serde(default)]
    pub article_reach: usize,
}

/// The parties a contract defines ("la société Nubalis SAS, ci-après « Nubalis »"):
/// their defined names are read as the pack's words for the provider and the buyer.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartiesDef {
    /// Where a definition starts; the quoted names right after it are the party's.
    pub definition: Vec<Pattern>,
    /// A name wholly matched by one of these is the provider's ("le prestataire").
    pub provider: Vec<Pattern>,
    /// A name wholly matched by one of these is the buyer's ("la Commune").
    pub buyer: Vec<Pattern>,
    /// A party whose capitalised name stands next to one of these in the words before
    /// its definition ("la société Nubalis SAS") is a company: the provider.
    #[serde(default)]
    pub company: Vec<Pattern>,
    /// A public body that serves other public bodies (an OPSN, a syndicat
    /// informatique): the provider when another party is a buyer too.
    #[serde(default)]
    pub intermediary: Vec<Pattern>,
    /// Taken off the front of a name before the name is looked for in the text
    /// ("le Syndicat" is found in "du Syndicat").
    #[serde(default)]
    pub article: Vec<Pattern>,
    /// What a provider's or a buyer's defined name is read as: words the pack's
    /// patterns know ("Nubalis s'engage" is read "titulaire s'engage").
    pub provider_word: Spanned<String>,
    pub buyer_word: Spanned<String>,
    /// A glossary entry opens on its quoted name, then one of these ("« Agent »
    /// désigne …", '"User" means …').
    #[serde(default)]
    pub glossary: Vec<Pattern>,
    /// A glossary entry whose description opens with one of these defines a person
    /// who uses the service ("toute personne physique", "an individual"): the
    /// name is read as `user_word`, so that "le Contributeur peut…" binds a user.
    #[serde(default)]
    pub person: Vec<Pattern>,
    /// A glossary entry whose description opens with one of these defines the buyer
    /// ("Les Partenaires : tout organisme en charge d'un service public…"): the
    /// name is read as `buyer_word`. Such an entry may also be a bare name and a colon.
    #[serde(default)]
    pub public_body: Vec<Pattern>,
    #[serde(default)]
    pub user_word: String,
    /// Possessive determiners a definition lists among a party's names ('"we", "us"
    /// or "our"'): not names, never read as the party's word, so that "our Services"
    /// stays a possessive the pack's patterns know.
    #[serde(default)]
    pub determiners: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub fr: String,
    pub en: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HedgeDef {
    pub patterns: Vec<Pattern>,
    /// What the hedge does, for the message ("dans la mesure du possible").
    pub label: String,
    /// A negation before it cancels it ("ne pourra" is no option).
    #[serde(default)]
    pub negatable: bool,
    /// Ignored when one of these matches in the same clause.
    #[serde(default)]
    pub unless: Vec<Pattern>,
    /// Binding wordings an editor may put in its place: [wording, replacement]
    /// pairs, the wording as written (folded when compared), the replacement
    /// empty when the hedge is simply struck out (« dans la mesure du possible »).
    #[serde(default)]
    pub binding: Vec<(String, String)>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingDef {
    pub code: Spanned<String>,
    pub name: String,
    pub severity: Spanned<String>,
    pub message: Text,
    pub help: Text,
    #[serde(default)]
    pub reference: String,
    #[serde(default)]
    pub explanation: Option<Text>,
    /// Wordings the rule must fire on and wordings it must stay quiet on, French and
    /// English: one test runs them all, and the rule's page shows them.
    #[serde(default)]
    pub examples: Examples,
    /// The clause to write instead, French and English, and where it goes.
    #[serde(default)]
    pub model: Option<ModelClause>,
}

/// A model clause: the wording a buyer can paste, and where it belongs.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct ModelClause {
    pub fr: String,
    pub en: String,
    /// "article": at the end of the family's article; "end": a new article at the end.
    #[serde(default)]
    pub placement: Placement,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Placement {
    #[default]
    Article,
    End,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub fire: Vec<String>,
    #[serde(default)]
    pub quiet: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FamilyDef {
    pub id: Spanned<String>,
    pub title: Text,
    /// What makes a passage be about the family.
    pub topic: Vec<Pattern>,
    /// Senses of the family's words that do not count.
    #[serde(default)]
    pub not_topic: Vec<Pattern>,
    /// Hedges proper to this family, beside the pack's.
    #[serde(default)]
    pub hedge: Vec<HedgeDef>,
    pub missing: FindingDef,
    pub hedged: FindingDef,
    #[serde(default)]
    pub element: Vec<ElementDef>,
    #[serde(default)]
    pub contrary: Vec<ContraryDef>,
    /// Contrary clauses declared as conditions over frames, not as wordings.
    #[serde(default)]
    pub contrary_frame: Vec<FrameRuleDef>,
    /// The frames that address the family: a topic word counts only in a clause
    /// meeting one of these (any clause when there are none).
    #[serde(default)]
    pub addressed_by: Vec<FrameCondDef>,
    /// Frames that address the family on their own, with or without a topic word
    /// ("shall not disclose the data to third parties" addresses confidentiality).
    #[serde(default)]
    pub addressing: Vec<FrameCondDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ElementDef {
    pub id: String,
    pub label: Text,
    /// Any of these shows the element.
    pub patterns: Vec<Pattern>,
    /// Each of these must match in the same sentence too.
    #[serde(default)]
    pub with: Vec<Pattern>,
    /// These address the element without meeting it (EU for a France-only rule).
    #[serde(default)]
    pub partial: Vec<Pattern>,
    /// Settings under which `partial` meets the element: `{ territory = "eu" }`.
    #[serde(default)]
    pub partial_ok_when: BTreeMap<String, String>,
    /// When true, a match counts even outside the family's passages.
    #[serde(default)]
    pub anywhere: bool,
    /// When true (the default), a negation before a match voids it ("ne remet aucun
    /// certificat"). False for elements written as prohibitions ("à aucune autre fin").
    #[serde(default = "yes")]
    pub negatable: bool,
    /// When false, the element only completes a family that something else
    /// addresses: a timing or a delay on its own ("à tout moment", "sous 30 jours",
    /// under a heading about the family) addresses nothing.
    #[serde(default = "yes")]
    pub addresses: bool,
    /// Frames that, anywhere in the document, leave the element at the provider's
    /// choice even where it is bound ("where an audit is not feasible, the provider
    /// may provide documentation instead"): it is hedged.
    #[serde(default)]
    pub weakened_by: Vec<FrameCondDef>,
    /// The frames the element's words count in (any when empty): "logs" handed over
    /// at the end are no logging duty.
    #[serde(default)]
    pub when: Vec<FrameCondDef>,
    /// Frames that meet the element by what they do, whatever their words ("shall
    /// process Customer Data only on Customer's documented instructions" limits the
    /// data's use): a frame in scope meeting one binds it.
    #[serde(default)]
    pub met_by: Vec<FrameCondDef>,
    pub finding: FindingDef,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContraryDef {
    pub patterns: Vec<Pattern>,
    #[serde(default)]
    pub with: Vec<Pattern>,
    #[serde(default = "yes")]
    pub negatable: bool,
    #[serde(default)]
    pub unless: Vec<Pattern>,
    /// When true, only a match inside the family's passages counts.
    #[serde(default)]
    pub in_scope: bool,
    pub finding: FindingDef,
}

fn yes() -> bool {
    true
}

/// A document-level check beside the eight statuses.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckDef {
    /// Fires when one of these matches somewhere...
    #[serde(default)]
    pub when: Vec<Pattern>,
    /// ...or when this family is addressed...
    #[serde(default)]
    pub when_family: Option<Spanned<String>>,
    /// ...or when the document says it holds the tender's rules (`bid_rules_titles`,
    /// `bid_rules_self`)...
    #[serde(default)]
    pub when_bid_rules: bool,
    /// ...and none of these matches anywhere in the document.
    #[serde(default)]
    pub unless: Vec<Pattern>,
    pub finding: FindingDef,
}

/// The lexicon, by category; within a category classes are tried in the order
/// written (the first one wins where two match at the same place).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconDef {
    /// Who a clause binds: its grammatical subject or the agent of a passive.
    #[serde(default)]
    pub bearer: Vec<LexiconClassDef>,
    /// How firmly: obligation, hedge, permission, discretion, prohibition, liability.
    #[serde(default)]
    pub force: Vec<LexiconClassDef>,
    /// What the bearer does (delete, return, transfer…).
    #[serde(default)]
    pub action: Vec<LexiconClassDef>,
    /// What it is done to (the buyer's data, copies, logs, or what is no data).
    #[serde(default)]
    pub object: Vec<LexiconClassDef>,
    /// When, where, on what condition, in which format, at what cost.
    #[serde(default)]
    pub qualifier: Vec<LexiconClassDef>,
    /// How each force the engine reads is said in a finding's plain reading
    /// ("obligation" → « doit », "must"); a force not named is left unsaid.
    #[serde(default)]
    pub force_says: BTreeMap<Spanned<String>, Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconClassDef {
    pub class: Spanned<String>,
    /// Patterns, like every pattern of the pack (`word~` for the word's forms).
    pub words: Vec<Pattern>,
    /// How the class is said in a finding's plain reading (« le titulaire »,
    /// « supprimer », « à la fin du service »); a class with none is left unsaid.
    #[serde(default)]
    pub says: Option<Text>,
}

/// Which frames a rule is about: each list holds classes of its lexicon category
/// (or, for `force`, the forces the engine knows); an empty list takes any.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameCondDef {
    #[serde(default)]
    pub bearer: Vec<Spanned<String>>,
    #[serde(default)]
    pub force: Vec<Spanned<String>>,
    #[serde(default)]
    pub action: Vec<Spanned<String>>,
    #[serde(default)]
    pub object: Vec<Spanned<String>>,
    /// One of these qualifiers must qualify the clause…
    #[serde(default)]
    pub qualifier: Vec<Spanned<String>>,
    /// …and one of these too (a second, independent condition).
    #[serde(default)]
    pub also: Vec<Spanned<String>>,
    /// None of these classes (actions, objects or qualifiers) may stand in the clause.
    #[serde(default)]
    pub unless: Vec<Spanned<String>>,
}

/// Clauses whose family words address nothing, for some families or all.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotAddressingDef {
    /// The families it holds for (all when empty).
    #[serde(default)]
    pub families: Vec<Spanned<String>>,
    pub when: FrameCondDef,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameRuleDef {
    /// The frames that go against the family.
    pub when: FrameCondDef,
    /// A prohibition still counts when its exception ("unless", « sauf ») holds one
    /// of these: "shall not transfer … unless under standard contractual clauses".
    #[serde(default)]
    pub through_exception: Vec<Spanned<String>>,
    /// The rule does not fire when a frame anywhere in the document meets one of
    /// these (a return of the data before the end of the service).
    #[serde(default)]
    pub unless_document: Vec<FrameCondDef>,
    pub finding: FindingDef,
}

/// The small words that show how a clause is built: who its subject is, who the
/// agent of a passive is, where a circumstance ends. Plain words, folded.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrammarDef {
    /// Before a party's name, one of these makes it no subject (« du titulaire »);
    /// one ending in an apostrophe may be glued to the word before (« d' »).
    #[serde(default)]
    pub prepositions: Vec<String>,
    /// Articles and determiners skipped between such a word and the name.
    #[serde(default)]
    pub articles: Vec<String>,
    /// The word before the agent of a passive (« par », "by").
    #[serde(default)]
    pub agents: Vec<String>,
    /// The auxiliaries of a passive (« être », "is"): a thing as subject, one of
    /// these, then an agent — the agent acts.
    #[serde(default)]
    pub passive_auxiliaries: Vec<String>,
    /// Endings of adjectives of ability (« consultables », "accessible"): the agent
    /// after them names who can, not who acts.
    #[serde(default)]
    pub ability_suffixes: Vec<String>,
    /// A person's account opening on one of these is the subject's own (« son compte »):
    /// the buyer's whole account when the buyer is named before it.
    #[serde(default)]
    pub own_possessives: Vec<String>,
    /// Before a consent (« sans l'accord », "without … consent"), one of these says it
    /// is lacking: the act is done without it.
    #[serde(default)]
    pub absences: Vec<String>,
    /// A party followed by one of these undergoes the act named after it: « Tout
    /// utilisateur … verra son accès supprimé » is an access deleted by someone else.
    #[serde(default)]
    pub undergoing: Vec<String>,
    /// After a denied verb, one of these restricts rather than denies (« ne … que »).
    #[serde(default)]
    pub restrictions: Vec<String>,
    /// Right after a party's name, one of these makes it a possessive ("Customer's").
    #[serde(default)]
    pub possessives: Vec<String>,
    /// A possessive before one of these names who is bound: "Customer's
    /// confidentiality obligations will continue" binds the customer.
    #[serde(default)]
    pub duty_nouns: Vec<String>,
    /// A clause opening with one of these states a circumstance up to its first
    /// comma ("Upon termination, …"): its subject comes after.
    #[serde(default)]
    pub circumstances: Vec<String>,
    /// Verbs joined by one of these under a denied modal are denied too ("shall
    /// not copy or disclose", « ne peut copier ni divulguer »).
    #[serde(default)]
    pub disjunctions: Vec<String>,
    /// Verbs joined by one of these share their modal, but not their complements
    /// (« s'interdit d'utiliser … à d'autres fins que X et de communiquer »: the « que »
    /// is the first verb's).
    #[serde(default)]
    pub conjunctions: Vec<String>,
    /// After a comma, one of these opens a clause of its own (", and", « , mais »).
    #[serde(default)]
    pub coordinations: Vec<String>,
    /// A noun's complement follows one of these (« journaux de chantier », "logs of
    /// the site"): a noun whose complement is no data is about that complement.
    #[serde(default)]
    pub complements: Vec<String>,
    /// An action noun after one of these is a moment, not an action: « dans les
    /// soixante jours suivant la restitution », "after the return".
    #[serde(default)]
    pub moments: Vec<String>,
    /// Nouns of an end (« la fin du service », "the expiry of the Agreement"): with
    /// a moment action, their complement names what ends, not what a verb acts on.
    #[serde(default)]
    pub end_nouns: Vec<String>,
    /// Before a clause's first object, these point back at the sentence before's
    /// objects: « Ces données sont conservées douze mois » after a list of logs.
    #[serde(default)]
    pub demonstratives: Vec<String>,
    /// The buyer addressed rather than named (« vous », "you"): in terms a person
    /// accepts, the user.
    #[serde(default)]
    pub addressees: Vec<String>,
    /// A table's column headed by one of these (« Pays », "Location") says where each
    /// row's processing happens.
    #[serde(default)]
    pub place_headers: Vec<String>,
    /// The words that introduce a place (« en », "in"): a bare place in such a column
    /// (« France ») is read as they would introduce it.
    #[serde(default)]
    pub place_prepositions: Vec<String>,
    /// A clause opening on one of these is an instruction to the reader, the buyer
    /// (« Utilisez le réseau privé… », "Please make sure…").
    #[serde(default)]
    pub imperatives: Vec<Pattern>,
    /// A clause opening on one of these has an impersonal subject (« Il est interdit
    /// de… »): no party, or the one the construction names (« Il appartient au
    /// titulaire de… »).
    #[serde(default)]
    pub impersonals: Vec<Pattern>,
    /// A grant by the clause's subject to the provider makes the provider the bearer
    /// of a right: "You grant us a license to use the Content…", « concède au
    /// prestataire le droit d'exploiter… ».
    #[serde(default)]
    pub grants: Vec<Pattern>,
    /// A qualifier in the adjectives before one of these nouns is the scope of a
    /// licence, not a circumstance of the data: "a worldwide, royalty-free license".
    #[serde(default)]
    pub licences: Vec<String>,
    /// An action after one of these, in its clause, is done by those persons, not by
    /// the clause's bearer (« elle s'adresse à ceux qui veulent télécharger… »).
    #[serde(default)]
    pub relatives: Vec<String>,
    /// A verb right after one of these stands in a relative clause describing the
    /// noun before (« les comptes qui n'ont pas été utilisés »): it does not give
    /// the clause its force.
    #[serde(default)]
    pub relative_pronouns: Vec<String>,
    /// After « ; », a clause opening on one of these has a subject of its own and
    /// is read as a frame of its own (« Le Client peut clôturer son compte ; ses
    /// données sont alors restituées »).
    #[serde(default)]
    pub clause_subjects: Vec<String>,
    /// A party right after one of these is who is enabled, not the subject: "The
    /// Service allows you to download…" is the service's feature.
    #[serde(default)]
    pub enablers: Vec<String>,
    /// A noun, one of these, then a verb: a relative clause with no pronoun ("Content
    /// you download"); the verb describes the noun.
    #[serde(default)]
    pub contact_subjects: Vec<String>,
    /// Nouns that head the party word after them (« compte utilisateur », « données
    /// client »): the party qualifies the noun, and does not take it for its name.
    #[serde(default)]
    pub heads_before_party: Vec<String>,
    /// A noun, one of these, a subject, then verbs: a relative clause about the noun
    /// (« le contenu que vous soumettez ou téléchargez », "the data that you upload").
    #[serde(default)]
    pub object_relatives: Vec<String>,
    /// The subjects such a relative clause opens on (« vous », "you").
    #[serde(default)]
    pub relative_subjects: Vec<String>,
    /// Between two parties before the verb, one of these leaves the later a subject
    /// (« le titulaire et l'acheteur », "Customer agrees that Provider"); with none,
    /// the later is the object of a verb the lexicon does not know ("Provider gives
    /// Customer storage space").
    #[serde(default)]
    pub subject_links: Vec<String>,
    /// A party followed by one of these and the verb is who the verb's act is asked
    /// of or allowed to: « autorise le prestataire à transférer », "instructs Provider
    /// to delete".
    #[serde(default)]
    pub infinitive_markers: Vec<String>,
    /// The words that join the members of an enumeration (« perte, altération ou
    /// destruction »): an act listed among harms is a harm named.
    #[serde(default)]
    pub enumeration_links: Vec<String>,
    /// What follows one of these is guarded against, a harm (« contre la
    /// destruction », "against destruction"), not an act of the clause.
    #[serde(default)]
    pub harm_markers: Vec<String>,
    /// After a harm a liability clause names, what follows these caused it: "loss
    /// caused by use of any such content" names no loss of the content.
    #[serde(default)]
    pub causes: Vec<String>,
    /// A condition later in a clause opens on one of these ("if", « si »): its verbs,
    /// up to its comma, are supposed, not done.
    #[serde(default)]
    pub suppositions: Vec<String>,
    /// Where a sentence may hold a second clause (« ; », « , et », ", but"): cut there
    /// when a subject of its own follows (`clause_subjects` or a party).
    #[serde(default)]
    pub clause_connectors: Vec<String>,
    /// The same, for connectors that are anaphors and stay with the second clause
    /// (", after which", « , après quoi »), from their second character.
    #[serde(default)]
    pub anaphoric_connectors: Vec<String>,
    /// Between « ne » and « que », one of these makes the « que » a conjunction, not a
    /// restriction: « il n'est pas nécessaire qu'ils révèlent … » restricts nothing.
    #[serde(default)]
    pub restriction_breakers: Vec<String>,
    /// A clause opening with one of these takes the circumstances of the sentence
    /// before (« Dans un tel cas, … » after a sentence about a loss of data).
    #[serde(default)]
    pub anaphors: Vec<String>,
    /// A party word right before one of these, opening a list item, is the verb's
    /// object, not the item's subject (« … finalités : – vous prévenir … »).
    #[serde(default)]
    pub infinitives: Vec<Pattern>,
    /// A clause opening on one of these ("Customer agrees that") is read from the
    /// clause that follows.
    #[serde(default)]
    pub acknowledgements: Vec<Pattern>,
}
