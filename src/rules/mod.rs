//! Rule packs: the TOML format, its loading and checking, and the compiled form
//! the engine runs. A pack is compiled once per run, never per file.

pub mod format;
mod load;
pub mod pattern;
pub mod source;

pub use format::{Examples, ModelClause, Placement, Text};
pub use load::{
    load_default_pack, load_default_pack_eagerly, load_default_pack_in, load_pack,
    load_pack_source, load_pack_source_in, FAMILY_IDS, FORCE_CLASSES,
};
pub use source::PackSource;

use memchr::memmem;
use regex_automata::{meta::Regex, Anchored, Input};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};
use std::sync::{Arc, OnceLock};

macro_rules! pack_file {
    ($f:literal) => {
        (
            concat!("rules/circulaire-2016/", $f),
            include_str!(concat!("../../rules/circulaire-2016/", $f)),
        )
    };
}

/// The default pack, embedded so the binary works with no files around it: its
/// `pack.toml`, then the files it lists, in that order (a test checks the two agree).
pub const DEFAULT_PACK: &[(&str, &str)] = &[
    pack_file!("pack.toml"),
    pack_file!("conventions.toml"),
    pack_file!("lexicon.toml"),
    pack_file!("families/localisation.toml"),
    pack_file!("families/security.toml"),
    pack_file!("families/confidentiality.toml"),
    pack_file!("families/traceability.toml"),
    pack_file!("families/auditability.toml"),
    pack_file!("families/reversibility.toml"),
    pack_file!("families/portability.toml"),
    pack_file!("families/deletion.toml"),
    pack_file!("checks.toml"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// Message language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    /// The language's tag (`fr`, `en`), as HTML's `lang` attribute wants it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

/// What a rule reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    /// Nothing in the document binds the provider on the family.
    Missing,
    /// A required element is missing or only partly there.
    Element,
    /// The family's clause is hedged.
    Hedged,
    /// A clause goes against the family.
    Contrary,
    /// A document-level check beside the statuses.
    Check,
}

/// One rule: a stable code, and everything said when it fires.
#[derive(Debug, Clone)]
pub struct Rule {
    pub code: String,
    pub name: String,
    pub pack: String,
    pub family: Option<String>,
    pub kind: RuleKind,
    pub severity: Severity,
    pub message: Text,
    pub help: Text,
    pub reference: String,
    pub explanation: Option<Text>,
    /// For element rules: what the element is.
    pub element: Option<Text>,
    pub url: Option<String>,
    pub examples: Examples,
    pub model: Option<ModelClause>,
}

/// Several patterns compiled into one regex over folded text.
///
/// The built-in pack's matchers compile on first use: most runs meet a fraction of
/// them, and compiling all of them was most of a small run. Its patterns are known to
/// compile (a test builds the pack eagerly); a user's pack compiles eagerly at load,
/// so that a bad pattern is an error located in its file.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    patterns: Arc<[String]>,
    regex: OnceLock<Option<Regex>>,
}

impl Matcher {
    pub fn new(regex: Option<Regex>) -> Self {
        Matcher {
            patterns: Arc::from([]),
            regex: OnceLock::from(regex),
        }
    }

    /// A matcher compiled when first used, from folded, expanded patterns.
    pub fn lazy(patterns: Vec<String>) -> Self {
        Matcher {
            patterns: patterns.into(),
            regex: OnceLock::new(),
        }
    }

    fn regex(&self) -> Option<&Regex> {
        self.regex
            .get_or_init(|| {
                if self.patterns.is_empty() {
                    return None;
                }
                pattern::compile(&self.patterns).ok().flatten()
            })
            .as_ref()
    }

    /// Matches as byte ranges of `text`, never cutting a letter.
    pub fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.regex().into_iter().flat_map(move |r| {
            r.find_iter(text)
                .map(|m| (letter_start(text, m.start()), letter_end(text, m.end())))
        })
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.regex().is_some_and(|r| r.is_match(text))
    }

    /// Whether a match spans the whole of `text`.
    pub fn is_whole_match(&self, text: &str) -> bool {
        self.find_iter(text)
            .next()
            .is_some_and(|(s, e)| s == 0 && e == text.len())
    }

    /// Whether a match starts within the first `within` bytes of `text`: an anchored
    /// search at each start, so that a pattern beginning with a gap does not scan the
    /// whole text.
    pub fn matches_near_start(&self, text: &str, within: usize) -> bool {
        let Some(r) = self.regex() else { return false };
        (0..=within.min(text.len()))
            .filter(|&s| text.is_char_boundary(s))
            .any(|s| r.is_match(Input::new(text).range(s..).anchored(Anchored::Yes)))
    }
}

fn letter_start(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn letter_end(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[derive(Debug)]
pub struct Hedge {
    pub matcher: Matcher,
    pub label: String,
    pub negatable: bool,
    pub unless: Matcher,
    /// (folded wording, replacement as written): « s'efforce de » → « s'engage à ».
    pub binding: Vec<(String, String)>,
}

#[derive(Debug)]
pub struct Element {
    pub id: String,
    pub label: Text,
    pub patterns: Matcher,
    pub with: Vec<Matcher>,
    pub partial: Matcher,
    /// Whether `partial` meets the element under the active settings.
    pub partial_ok: bool,
    pub anywhere: bool,
    pub negatable: bool,
    /// Whether finding it addresses the family (false for a timing or a delay).
    pub addresses: bool,
    /// Frames that hedge it wherever it is bound.
    pub weakened_by: Vec<FrameCond>,
    /// The frames its words count in (any when empty).
    pub when: Vec<FrameCond>,
    /// Frames that meet it by what they do.
    pub met_by: Vec<FrameCond>,
    pub rule: usize,
}

#[derive(Debug)]
pub struct Contrary {
    pub patterns: Matcher,
    pub with: Vec<Matcher>,
    pub negatable: bool,
    pub unless: Matcher,
    pub in_scope: bool,
    pub rule: usize,
}

/// One category of the lexicon: its classes in order, and one scan that finds them
/// all (pattern `i` of the regex is class `i`).
#[derive(Debug, Default)]
pub struct LexiconCategory {
    pub classes: Vec<String>,
    /// Each class's folded, expanded words, while the scan is not compiled.
    words: Vec<Vec<String>>,
    regex: OnceLock<Option<Regex>>,
}

impl LexiconCategory {
    pub fn new(classes: Vec<String>, regex: Option<Regex>) -> Self {
        LexiconCategory {
            classes,
            words: Vec::new(),
            regex: OnceLock::from(regex),
        }
    }

    /// A category compiled when first scanned (see [`Matcher`]).
    pub fn lazy(classes: Vec<String>, words: Vec<Vec<String>>) -> Self {
        LexiconCategory {
            classes,
            words,
            regex: OnceLock::new(),
        }
    }

    fn regex(&self) -> Option<&Regex> {
        self.regex
            .get_or_init(|| pattern::compile_many(&self.words).ok().flatten())
            .as_ref()
    }

    /// Every class found in `text`: (class, start, end), left to right.
    pub fn find_iter<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        self.regex().into_iter().flat_map(move |r| {
            r.find_iter(text).map(|m| {
                (
                    m.pattern().as_usize(),
                    letter_start(text, m.start()),
                    letter_end(text, m.end()),
                )
            })
        })
    }

    pub fn class(&self, name: &str) -> Option<usize> {
        self.classes.iter().position(|c| c == name)
    }

    /// Compiles the category now, if it is not already.
    pub fn compile_now(&self) {
        self.regex();
    }
}

impl Lexicon {
    /// The categories, the costliest to compile first (the qualifiers' alternation
    /// holds most of the lexicon's patterns).
    pub fn categories(&self) -> [&LexiconCategory; 5] {
        [
            &self.qualifier,
            &self.action,
            &self.force,
            &self.object,
            &self.bearer,
        ]
    }
}

/// The words clauses are read with (see `format::LexiconDef`).
#[derive(Debug, Default)]
pub struct Lexicon {
    pub bearer: LexiconCategory,
    pub force: LexiconCategory,
    pub action: LexiconCategory,
    pub object: LexiconCategory,
    pub qualifier: LexiconCategory,
    /// How classes and forces are said in plain readings, keyed "category:class"
    /// ("action:delete", "force:permission").
    pub says: BTreeMap<String, Text>,
}

/// Words searched for inside a clause (« , et », " si ", "; "), each compiled once
/// into a substring finder: searching the same few words in every clause of a long
/// contract then builds no searcher per call (a twentieth of a 200-page run did).
#[derive(Debug, Default)]
pub struct Needles {
    finders: Vec<memmem::Finder<'static>>,
    reversed: Vec<memmem::FinderRev<'static>>,
}

impl FromIterator<String> for Needles {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> Self {
        let words: Vec<String> = words.into_iter().filter(|w| !w.is_empty()).collect();
        Needles {
            finders: words
                .iter()
                .map(|w| memmem::Finder::new(w.as_bytes()).into_owned())
                .collect(),
            reversed: words
                .iter()
                .map(|w| memmem::FinderRev::new(w.as_bytes()).into_owned())
                .collect(),
        }
    }
}

impl Needles {
    /// Each word's occurrences in `text`, word after word, as (start, length): what
    /// `match_indices` gives for each word in turn.
    pub fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.finders.iter().flat_map(move |f| {
            let len = f.needle().len();
            f.find_iter(text.as_bytes()).map(move |at| (at, len))
        })
    }

    /// Where the last occurrence of each word in `text` ends.
    pub fn last_ends<'a>(&'a self, text: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.reversed
            .iter()
            .filter_map(move |f| f.rfind(text.as_bytes()).map(|at| at + f.needle().len()))
    }
}

/// The small words a clause's structure is read from (`format::GrammarDef`), folded.
#[derive(Debug, Default)]
pub struct Grammar {
    pub prepositions: Vec<String>,
    pub articles: Vec<String>,
    pub agents: Vec<String>,
    pub passive_auxiliaries: Vec<String>,
    pub undergoing: Vec<String>,
    pub absences: Vec<String>,
    pub own_possessives: Vec<String>,
    pub ability_suffixes: Vec<String>,
    pub restrictions: Vec<String>,
    pub possessives: Vec<String>,
    pub duty_nouns: Vec<String>,
    pub circumstances: Vec<String>,
    pub disjunctions: Vec<String>,
    pub conjunctions: Vec<String>,
    pub coordinations: Needles,
    pub complements: Vec<String>,
    pub moments: Vec<String>,
    pub end_nouns: Vec<String>,
    pub demonstratives: Vec<String>,
    pub addressees: Vec<String>,
    pub place_headers: Vec<String>,
    pub place_prepositions: Vec<String>,
    pub relatives: Needles,
    pub relative_pronouns: Vec<String>,
    pub clause_subjects: Vec<String>,
    pub enablers: Vec<String>,
    pub contact_subjects: Vec<String>,
    pub heads_before_party: Vec<String>,
    pub object_relatives: Vec<String>,
    pub relative_subjects: Vec<String>,
    pub subject_links: Vec<String>,
    pub infinitive_markers: Vec<String>,
    pub enumeration_links: Vec<String>,
    pub harm_markers: Vec<String>,
    pub causes: Vec<String>,
    /// Each as « si » stands between spaces: " si ".
    pub suppositions: Needles,
    pub clause_connectors: Needles,
    pub anaphoric_connectors: Needles,
    pub restriction_breakers: Vec<String>,
    pub anaphors: Vec<String>,
    pub acknowledgements: Matcher,
    pub imperatives: Matcher,
    pub impersonals: Matcher,
    pub grants: Matcher,
    pub licences: Vec<String>,
    pub infinitives: Matcher,
}

/// How firmly a clause binds its bearer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Force {
    Obligation,
    Hedged,
    /// Advice to the reader, binding nobody: "we recommend that you…", « l'éditeur
    /// recommande que les équipements intègrent… ».
    Advice,
    Permission,
    Discretion,
    Prohibition,
    /// An exclusion of liability ("ne saurait être tenu responsable").
    Liability,
    /// A statement of fact or a description: it binds nobody.
    Fact,
    /// A statement of fact denied ("les journaux ne sont pas conservés").
    Denied,
    /// An act supposed by a condition, not done: "In the event the data need to be
    /// returned, …", « Si le titulaire supprime les données, … ».
    Supposed,
}

impl Force {
    pub const ALL: [Force; 10] = [
        Force::Obligation,
        Force::Hedged,
        Force::Advice,
        Force::Permission,
        Force::Discretion,
        Force::Prohibition,
        Force::Liability,
        Force::Fact,
        Force::Denied,
        Force::Supposed,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Force::Obligation => "obligation",
            Force::Hedged => "hedged",
            Force::Advice => "advice",
            Force::Permission => "permission",
            Force::Discretion => "discretion",
            Force::Prohibition => "prohibition",
            Force::Liability => "liability",
            Force::Fact => "fact",
            Force::Denied => "denied",
            Force::Supposed => "supposed",
        }
    }

    pub fn bit(self) -> Classes {
        1 << (self as u32)
    }
}

/// Classes of one category, as bits (at most 127 a category: the last bit is
/// `NO_BEARER`).
pub type Classes = u128;

/// A set of classes of one category, as bits; `None` takes any.
pub type ClassSet = Option<Classes>;

/// The bit that stands for "no bearer found" in a bearer set.
pub const NO_BEARER: Classes = 1 << 127;

/// Which frames a rule is about (see `format::FrameCondDef`).
#[derive(Debug, Clone, Default)]
pub struct FrameCond {
    pub bearer: ClassSet,
    pub force: ClassSet,
    pub action: ClassSet,
    pub object: ClassSet,
    pub qualifier: ClassSet,
    pub also: ClassSet,
    /// Actions, objects and qualifiers that void the condition.
    pub unless: [Classes; 3],
}

/// Frames whose family words address nothing: for the families named, or all.
#[derive(Debug)]
pub struct NotAddressing {
    pub when: FrameCond,
    pub families: Vec<String>,
}

impl NotAddressing {
    pub fn holds_for(&self, family: &str) -> bool {
        self.families.is_empty() || self.families.iter().any(|f| f == family)
    }
}

#[derive(Debug)]
pub struct FrameRule {
    pub when: FrameCond,
    /// Qualifiers that, in a prohibition's exception, make it a permission.
    pub through_exception: Classes,
    pub unless_document: Vec<FrameCond>,
    pub rule: usize,
}

#[derive(Debug)]
pub struct Family {
    pub id: String,
    pub title: Text,
    pub topic: Matcher,
    /// One matcher per pattern: their matches may overlap one another.
    pub not_topic: Vec<Matcher>,
    pub hedges: Vec<Hedge>,
    pub missing: usize,
    pub hedged: usize,
    pub elements: Vec<Element>,
    pub contrary: Vec<Contrary>,
    pub contrary_frames: Vec<FrameRule>,
    /// The frames that address the family (any when empty).
    pub addressed_by: Vec<FrameCond>,
    /// Frames that address the family on their own.
    pub addressing: Vec<FrameCond>,
}

#[derive(Debug)]
pub struct Check {
    pub when: Matcher,
    pub when_family: Option<usize>,
    pub when_bid_rules: bool,
    pub unless: Matcher,
    pub rule: usize,
}

/// Reading conventions shared by the pack's families.
#[derive(Debug)]
pub struct TextRules {
    pub abbreviations: HashSet<String>,
    pub void: Matcher,
    pub negations: Matcher,
    pub disapplied: Matcher,
    pub inert: Matcher,
    pub article_number: Matcher,
    pub article_reference: Matcher,
    pub buyer_duties: Matcher,
    pub features: Matcher,
    pub inert_sections: Matcher,
    pub practice_sections: Matcher,
    pub price_cells: Matcher,
    pub price_lines: Matcher,
    pub contents_lines: Matcher,
    pub optional_levels: Matcher,
    pub non_binding: Matcher,
    pub bid_rules_titles: Matcher,
    pub bid_rules_self: Matcher,
    pub negation_reversers: Matcher,
    pub negation_reach: usize,
    pub condition_openers: Matcher,
    pub min_clause_words: usize,
    pub article_reach: usize,
    pub parties: Parties,
}

/// How the parties a contract defines are recognised (see `format::PartiesDef`).
#[derive(Debug, Default)]
pub struct Parties {
    pub definition: Matcher,
    pub provider: Matcher,
    pub buyer: Matcher,
    pub company: Matcher,
    pub intermediary: Matcher,
    pub article: Matcher,
    pub provider_word: String,
    pub buyer_word: String,
    pub glossary: Matcher,
    pub person: Matcher,
    pub public_body: Matcher,
    pub user_word: String,
    pub determiners: Vec<String>,
}

#[derive(Debug)]
pub struct Setting {
    pub value: String,
    pub values: Vec<String>,
    pub doc: Text,
}

/// A compiled pack.
#[derive(Debug)]
pub struct Pack {
    pub name: String,
    pub title: Text,
    pub description: Text,
    pub status: Option<Text>,
    pub settings: BTreeMap<String, Setting>,
    pub text: TextRules,
    pub lexicon: Lexicon,
    pub grammar: Grammar,
    pub not_addressing: Vec<NotAddressing>,
    pub hedges: Vec<Hedge>,
    pub families: Vec<Family>,
    pub checks: Vec<Check>,
    pub rules: Vec<Rule>,
}

impl Pack {
    pub fn rule(&self, code: &str) -> Option<&Rule> {
        self.rules
            .iter()
            .find(|r| r.code.eq_ignore_ascii_case(code))
    }
}
