//! Loading a pack: strict decoding, checks, compilation, and errors that point at
//! the line of the rule file.

use super::format::{self, FindingDef, PackFile, Pattern};
use super::pattern::{compile, compile_many, expand, fold_pattern};
use super::source::PackSource;
use super::*;
use crate::ui;
use rayon::prelude::*;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet};
use std::ops::Range;

pub use crate::located::DataFileError as PackError;

struct Loader<'a> {
    source: &'a PackSource,
    vocabulary: BTreeMap<String, String>,
    rules: Vec<Rule>,
    codes: HashSet<String>,
    pack: String,
    rule_url: Option<String>,
    regexes: RefCell<Regexes>,
    /// The language errors are said in.
    lang: Lang,
}

/// Compiling the matchers is most of a pack's load, so a pack is built twice: the
/// first pass collects every alternation, they compile on all cores, and the second
/// pass builds the pack with them, in the same order.
enum Regexes {
    /// The built-in pack: each matcher compiles on first use.
    Lazy,
    Collect(Vec<Vec<String>>),
    Compiled(std::vec::IntoIter<Result<Option<regex_automata::meta::Regex>, String>>),
}

impl Loader<'_> {
    fn error(
        &self,
        message: impl Into<String>,
        span: Option<Range<usize>>,
        label: &str,
        help: Option<String>,
    ) -> Box<PackError> {
        let label = (!label.is_empty()).then_some(label);
        self.source.error(message, span, label, help)
    }

    /// An interface message in the language errors are said in.
    fn t(&self, key: &'static str) -> String {
        ui::t(self.lang, key)
    }

    fn tf(&self, key: &'static str, vars: &[(&str, &str)]) -> String {
        ui::tf(self.lang, key, vars)
    }

    fn expand(&self, p: &Pattern) -> Result<String, Box<PackError>> {
        expand(&fold_pattern(p.get_ref()), &self.vocabulary)
            .map_err(|e| self.error(e.clone(), Some(p.span()), &e, None))
    }

    fn matcher(&self, patterns: &[Pattern]) -> Result<Matcher, Box<PackError>> {
        let expanded = patterns
            .iter()
            .map(|p| self.expand(p))
            .collect::<Result<Vec<_>, _>>()?;
        let compiled = match &mut *self.regexes.borrow_mut() {
            Regexes::Lazy => return Ok(Matcher::lazy(expanded)),
            Regexes::Collect(all) => {
                all.push(expanded);
                return Ok(Matcher::default());
            }
            Regexes::Compiled(all) => all.next().unwrap_or_else(|| compile(&expanded)),
        };
        // The alternation compiles once; only when it fails are the patterns compiled
        // one by one, to point at the culprit.
        compiled.map(Matcher::new).map_err(|combined| {
            for (p, e) in patterns.iter().zip(&expanded) {
                if let Err(err) = compile(std::slice::from_ref(e)) {
                    let cause = err
                        .to_string()
                        .lines()
                        .last()
                        .unwrap_or_default()
                        .trim()
                        .to_string();
                    return self.error(
                        self.t("pack-invalid-pattern"),
                        Some(p.span()),
                        &self.t("pack-invalid-pattern-label"),
                        Some(cause),
                    );
                }
            }
            self.error(
                self.tf("pack-patterns-too-large", &[("detail", &combined)]),
                patterns.first().map(|p| p.span()),
                &self.t("pack-here"),
                None,
            )
        })
    }

    fn parties(&self, def: &format::PartiesDef) -> Result<Parties, Box<PackError>> {
        let parties = Parties {
            definition: self.matcher(&def.definition)?,
            provider: self.matcher(&def.provider)?,
            buyer: self.matcher(&def.buyer)?,
            company: self.matcher(&def.company)?,
            intermediary: self.matcher(&def.intermediary)?,
            article: self.matcher(&def.article)?,
            provider_word: fold_pattern(def.provider_word.get_ref()),
            buyer_word: fold_pattern(def.buyer_word.get_ref()),
            glossary: self.matcher(&def.glossary)?,
            person: self.matcher(&def.person)?,
            public_body: self.matcher(&def.public_body)?,
            user_word: fold_pattern(&def.user_word),
            determiners: def.determiners.iter().map(|d| fold_pattern(d)).collect(),
        };
        // A defined name is read as this word: the pack's own names must know it
        // (checked once the matchers are compiled).
        let compiled = !matches!(*self.regexes.borrow(), Regexes::Collect(_));
        for (word, names, span) in [
            (
                &parties.provider_word,
                &parties.provider,
                def.provider_word.span(),
            ),
            (&parties.buyer_word, &parties.buyer, def.buyer_word.span()),
        ] {
            if compiled && !names.is_whole_match(word) {
                return Err(self.error(
                    self.tf("pack-not-party-name", &[("word", word)]),
                    Some(span),
                    &self.t("pack-not-party-name-label"),
                    None,
                ));
            }
        }
        Ok(parties)
    }

    /// One category of the lexicon, compiled in the second pass only (its classes
    /// are one multi-pattern regex, not an alternation the first pass collects).
    fn category(
        &self,
        defs: &[format::LexiconClassDef],
    ) -> Result<LexiconCategory, Box<PackError>> {
        let mut classes: Vec<String> = Vec::new();
        let mut expanded = Vec::new();
        for def in defs {
            let name = def.class.get_ref();
            if classes.contains(name) {
                return Err(self.error(
                    self.tf("pack-class-twice", &[("name", name)]),
                    Some(def.class.span()),
                    &self.t("pack-duplicate"),
                    None,
                ));
            }
            classes.push(name.clone());
            expanded.push(
                def.words
                    .iter()
                    .map(|w| self.expand(w))
                    .collect::<Result<Vec<_>, _>>()?,
            );
        }
        if classes.len() > 127 {
            return Err(self.error(self.t("pack-too-many-classes"), None, "", None));
        }
        match *self.regexes.borrow() {
            Regexes::Lazy => return Ok(LexiconCategory::lazy(classes, expanded)),
            Regexes::Collect(_) => return Ok(LexiconCategory::new(classes, None)),
            Regexes::Compiled(_) => {}
        }
        let regex = compile_many(&expanded).map_err(|cause| {
            // Point at the first word that does not compile on its own.
            let bad = defs
                .iter()
                .flat_map(|d| &d.words)
                .zip(expanded.iter().flatten())
                .find(|(_, e)| compile(std::slice::from_ref(e)).is_err());
            self.error(
                self.t("pack-invalid-pattern"),
                bad.map(|(w, _)| w.span()),
                &self.t("pack-invalid-pattern-label"),
                Some(cause.lines().last().unwrap_or_default().trim().to_string()),
            )
        })?;
        Ok(LexiconCategory::new(classes, regex))
    }

    /// Class names as bits of `category`; an empty list takes any class.
    fn classes(
        &self,
        names: &[toml::Spanned<String>],
        category: &LexiconCategory,
        what: &str,
    ) -> Result<ClassSet, Box<PackError>> {
        if names.is_empty() {
            return Ok(None);
        }
        let mut bits: crate::rules::Classes = 0;
        for n in names {
            let name = n.get_ref();
            bits |= match (what, name.as_str()) {
                ("force", _) => Force::ALL
                    .iter()
                    .find(|f| f.name() == name)
                    .map(|f| f.bit())
                    .ok_or_else(|| {
                        self.error(
                            self.tf("pack-unknown-force", &[("name", name)]),
                            Some(n.span()),
                            &self.t("pack-unknown-force-label"),
                            Some(self.tf(
                                "pack-forces",
                                &[("list", &Force::ALL.map(Force::name).join(", "))],
                            )),
                        )
                    })?,
                ("bearer", "none") => NO_BEARER,
                _ => {
                    1 << category.class(name).ok_or_else(|| {
                        self.error(
                            self.tf(
                                "pack-unknown-category-class",
                                &[("what", what), ("name", name)],
                            ),
                            Some(n.span()),
                            &self.t("pack-not-in-lexicon"),
                            Some(self.tf(
                                "pack-category-classes",
                                &[("what", what), ("list", &category.classes.join(", "))],
                            )),
                        )
                    })?
                }
            };
        }
        Ok(Some(bits))
    }

    fn frame_conds(
        &self,
        defs: &[format::FrameCondDef],
        lexicon: &Lexicon,
    ) -> Result<Vec<FrameCond>, Box<PackError>> {
        defs.iter().map(|d| self.frame_cond(d, lexicon)).collect()
    }

    fn frame_cond(
        &self,
        def: &format::FrameCondDef,
        lexicon: &Lexicon,
    ) -> Result<FrameCond, Box<PackError>> {
        let mut unless: [crate::rules::Classes; 3] = [0; 3];
        for n in &def.unless {
            let name = n.get_ref();
            let found = [&lexicon.action, &lexicon.object, &lexicon.qualifier]
                .iter()
                .enumerate()
                .filter_map(|(i, c)| c.class(name).map(|k| (i, k)))
                .collect::<Vec<_>>();
            if found.is_empty() {
                return Err(self.error(
                    self.tf("pack-unknown-class", &[("name", name)]),
                    Some(n.span()),
                    &self.t("pack-unknown-class-label"),
                    None,
                ));
            }
            for (i, k) in found {
                unless[i] |= 1 << k;
            }
        }
        Ok(FrameCond {
            bearer: self.classes(&def.bearer, &lexicon.bearer, "bearer")?,
            force: self.classes(&def.force, &lexicon.force, "force")?,
            action: self.classes(&def.action, &lexicon.action, "action")?,
            object: self.classes(&def.object, &lexicon.object, "object")?,
            qualifier: self.classes(&def.qualifier, &lexicon.qualifier, "qualifier")?,
            also: self.classes(&def.also, &lexicon.qualifier, "qualifier")?,
            unless,
        })
    }

    fn hedges(&self, defs: &[format::HedgeDef]) -> Result<Vec<Hedge>, Box<PackError>> {
        defs.iter()
            .map(|h| {
                Ok(Hedge {
                    matcher: self.matcher(&h.patterns)?,
                    label: h.label.clone(),
                    negatable: h.negatable,
                    unless: self.matcher(&h.unless)?,
                    binding: h
                        .binding
                        .iter()
                        .map(|(from, to)| (crate::fold::fold(from).text, to.clone()))
                        .collect(),
                })
            })
            .collect()
    }

    fn rule(
        &mut self,
        def: &FindingDef,
        family: Option<&str>,
        kind: RuleKind,
        element: Option<&Text>,
    ) -> Result<usize, Box<PackError>> {
        let code = def.code.get_ref();
        let well_formed = code.len() >= 4
            && code.chars().take_while(|c| c.is_ascii_uppercase()).count() >= 2
            && code
                .chars()
                .skip_while(|c| c.is_ascii_uppercase())
                .all(|c| c.is_ascii_digit());
        if !well_formed {
            return Err(self.error(
                self.tf("pack-bad-code", &[("code", code)]),
                Some(def.code.span()),
                &self.t("pack-bad-code-label"),
                Some(self.t("pack-bad-code-help")),
            ));
        }
        if !self.codes.insert(code.clone()) {
            return Err(self.error(
                self.tf("pack-code-twice", &[("code", code)]),
                Some(def.code.span()),
                &self.t("pack-duplicate"),
                None,
            ));
        }
        let severity = Severity::parse(def.severity.get_ref()).ok_or_else(|| {
            self.error(
                self.tf(
                    "pack-unknown-severity",
                    &[("value", def.severity.get_ref())],
                ),
                Some(def.severity.span()),
                &self.t("pack-unknown-severity-label"),
                Some(self.t("pack-unknown-severity-help")),
            )
        })?;
        self.rules.push(Rule {
            code: code.clone(),
            name: def.name.clone(),
            pack: self.pack.clone(),
            family: family.map(str::to_string),
            kind,
            severity,
            message: def.message.clone(),
            help: def.help.clone(),
            reference: def.reference.clone(),
            explanation: def.explanation.clone(),
            element: element.cloned(),
            url: self.rule_url.as_ref().map(|u| u.replace("{code}", code)),
            examples: def.examples.clone(),
            model: def.model.clone(),
        });
        Ok(self.rules.len() - 1)
    }
}

/// The eight family ids of the JSON report; a pack may not invent others.
pub const FAMILY_IDS: [&str; 8] = [
    "localisation",
    "security",
    "confidentiality",
    "traceability",
    "auditability",
    "reversibility",
    "portability",
    "deletion",
];

/// The force classes the engine reads from the lexicon (`src/engine/clause/`).
pub const FORCE_CLASSES: [&str; 7] = [
    "liability",
    "prohibition",
    "discretion",
    "hedge",
    "advice",
    "permission",
    "obligation",
];

/// Loads and compiles a pack. `overrides` sets pack settings (`territory = "eu"`).
/// Loads a pack of one file.
pub fn load_pack(
    name: &str,
    source: &str,
    overrides: &BTreeMap<String, String>,
) -> Result<Pack, Box<PackError>> {
    load_pack_source(&PackSource::file(name, source), overrides)
}

/// Loads the built-in pack (errors in English).
pub fn load_default_pack(overrides: &BTreeMap<String, String>) -> Result<Pack, Box<PackError>> {
    load_default_pack_in(overrides, Lang::En)
}

/// Loads the built-in pack, its errors said in `lang`.
pub fn load_default_pack_in(
    overrides: &BTreeMap<String, String>,
    lang: Lang,
) -> Result<Pack, Box<PackError>> {
    load_built_in(overrides, lang, Compile::Lazily)
}

fn load_built_in(
    overrides: &BTreeMap<String, String>,
    lang: Lang,
    when: Compile,
) -> Result<Pack, Box<PackError>> {
    let parts = DEFAULT_PACK
        .iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect();
    load_source(&PackSource::new_in(parts, lang)?, overrides, lang, when)
}

/// Loads the built-in pack with every matcher compiled now (benchmarks, and the test
/// that every built-in pattern compiles).
pub fn load_default_pack_eagerly(
    overrides: &BTreeMap<String, String>,
) -> Result<Pack, Box<PackError>> {
    load_built_in(overrides, Lang::En, Compile::Eagerly)
}

/// Loads a pack of one or several files (a pack folder), errors in English.
pub fn load_pack_source(
    source: &PackSource,
    overrides: &BTreeMap<String, String>,
) -> Result<Pack, Box<PackError>> {
    load_pack_source_in(source, overrides, Lang::En)
}

/// Loads a pack of one or several files, its errors said in `lang`. Every matcher
/// compiles now, so that a pattern that does not compile is an error in its file.
pub fn load_pack_source_in(
    source: &PackSource,
    overrides: &BTreeMap<String, String>,
    lang: Lang,
) -> Result<Pack, Box<PackError>> {
    load_source(source, overrides, lang, Compile::Eagerly)
}

/// When a pack's matchers compile.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Compile {
    /// At load, on all cores: a bad pattern is a located error.
    Eagerly,
    /// On first use: for the built-in pack, whose patterns a test compiles.
    Lazily,
}

pub(crate) fn load_source(
    source: &PackSource,
    overrides: &BTreeMap<String, String>,
    lang: Lang,
    when: Compile,
) -> Result<Pack, Box<PackError>> {
    let loader = |regexes| Loader {
        source,
        vocabulary: BTreeMap::new(),
        rules: Vec::new(),
        codes: HashSet::new(),
        pack: String::new(),
        rule_url: None,
        regexes: RefCell::new(regexes),
        lang,
    };
    let first = loader(match when {
        Compile::Eagerly => Regexes::Collect(Vec::new()),
        Compile::Lazily => Regexes::Lazy,
    });
    if !source.is_folder() && source.lists_files() {
        return Err(first.error(
            first.t("pack-is-folder"),
            None,
            "",
            Some(first.t("pack-is-folder-help")),
        ));
    }
    // The TOML parser's own words stay as it says them, framed in the user's.
    let file: PackFile = toml::from_str(&source.text).map_err(|e| {
        let said = first.tf("pack-toml", &[("detail", e.message())]);
        first.error(said, e.span(), e.message(), None)
    })?;
    let first = build(first, &file, overrides)?;
    let Regexes::Collect(alternations) = first.regexes else {
        return Ok(first.pack);
    };
    let compiled: Vec<_> = alternations.par_iter().map(|a| compile(a)).collect();
    let second = build(
        loader(Regexes::Compiled(compiled.into_iter())),
        &file,
        overrides,
    )?;
    Ok(second.pack)
}

/// What a pass builds: the pack, and the regexes it collected or used.
struct Built {
    pack: Pack,
    regexes: Regexes,
}

fn build(
    mut loader: Loader<'_>,
    file: &PackFile,
    overrides: &BTreeMap<String, String>,
) -> Result<Built, Box<PackError>> {
    loader.pack = file.pack.name.clone();
    loader.rule_url = file.pack.rule_url.clone();
    let settings = loader.settings(file, overrides)?;
    loader.vocabulary(file)?;
    let text = loader.text_rules(file)?;
    let hedges = loader.hedges(&file.hedge)?;
    let (lexicon, grammar) = loader.lexicon(file)?;
    let not_addressing = loader.not_addressing(file, &lexicon)?;
    let families = file
        .family
        .iter()
        .map(|f| loader.family(f, &settings, &lexicon))
        .collect::<Result<Vec<_>, _>>()?;
    let checks = loader.checks(file, &families)?;
    let pack = Pack {
        name: file.pack.name.clone(),
        title: file.pack.title.clone(),
        description: file.pack.description.clone(),
        status: file.pack.status.clone(),
        settings,
        text,
        lexicon,
        grammar,
        not_addressing,
        hedges,
        families,
        checks,
        rules: loader.rules,
    };
    Ok(Built {
        pack,
        regexes: loader.regexes.into_inner(),
    })
}

/// The stages of a pass, in the order they run (each pass runs them all, so the
/// matchers are met in the same order twice).
impl Loader<'_> {
    /// The pack's settings, with the user's values.
    fn settings(
        &mut self,
        file: &PackFile,
        overrides: &BTreeMap<String, String>,
    ) -> Result<BTreeMap<String, Setting>, Box<PackError>> {
        let mut settings = BTreeMap::new();
        for (key, def) in &file.settings {
            let value = overrides
                .get(key)
                .cloned()
                .unwrap_or_else(|| def.default.clone());
            if !def.values.contains(&value) {
                return Err(self.error(
                    self.tf("pack-bad-setting-value", &[("key", key), ("value", &value)]),
                    None,
                    "",
                    Some(self.tf("pack-allowed-values", &[("list", &def.values.join(", "))])),
                ));
            }
            settings.insert(
                key.clone(),
                Setting {
                    value,
                    values: def.values.clone(),
                    doc: def.doc.clone(),
                },
            );
        }
        if let Some(unknown) = overrides.keys().find(|k| !settings.contains_key(*k)) {
            return Err(self.error(
                self.tf(
                    "pack-unknown-setting",
                    &[("pack", &file.pack.name), ("key", unknown)],
                ),
                None,
                "",
                Some(self.tf(
                    "pack-its-settings",
                    &[(
                        "list",
                        &settings.keys().cloned().collect::<Vec<_>>().join(", "),
                    )],
                )),
            ));
        }
        Ok(settings)
    }

    /// The named sub-patterns, expanded.
    fn vocabulary(&mut self, file: &PackFile) -> Result<(), Box<PackError>> {
        // Vocabulary entries may use one another, in any order: expand until stable,
        // then expand once more strictly so an unknown name is reported at its place.
        let raw: BTreeMap<String, String> = file
            .vocabulary
            .iter()
            .map(|(k, p)| (k.clone(), fold_pattern(p.get_ref())))
            .collect();
        self.vocabulary = raw.clone();
        for _ in 0..4 {
            let snapshot = self.vocabulary.clone();
            for (k, v) in self.vocabulary.iter_mut() {
                if let Ok(e) = expand(&raw[k], &snapshot) {
                    *v = e;
                }
            }
        }
        for p in file.vocabulary.values() {
            self.expand(p)?;
        }
        Ok(())
    }

    /// How text is read: void lines, negations, glossaries, prices, parties.
    fn text_rules(&mut self, file: &PackFile) -> Result<TextRules, Box<PackError>> {
        let text = TextRules {
            abbreviations: file
                .text
                .abbreviations
                .iter()
                .map(|a| fold_pattern(a))
                .collect(),
            void: self.matcher(&file.text.void)?,
            negations: self.matcher(&file.text.negations)?,
            disapplied: self.matcher(&file.text.disapplied)?,
            inert: self.matcher(&file.text.inert)?,
            article_number: self.matcher(&file.text.article_number)?,
            article_reference: self.matcher(&file.text.article_reference)?,
            buyer_duties: self.matcher(&file.text.buyer_duties)?,
            features: self.matcher(&file.text.features)?,
            inert_sections: self.matcher(&file.text.inert_sections)?,
            practice_sections: self.matcher(&file.text.practice_sections)?,
            price_cells: self.matcher(&file.text.price_cells)?,
            price_lines: self.matcher(&file.text.price_lines)?,
            contents_lines: self.matcher(&file.text.contents_lines)?,
            optional_levels: self.matcher(&file.text.optional_levels)?,
            non_binding: self.matcher(&file.text.non_binding)?,
            bid_rules_titles: self.matcher(&file.text.bid_rules_titles)?,
            bid_rules_self: self.matcher(&file.text.bid_rules_self)?,
            negation_reversers: self.matcher(&file.text.negation_reversers)?,
            negation_reach: file.text.negation_reach,
            condition_openers: self.matcher(&file.text.condition_openers)?,
            min_clause_words: file.text.min_clause_words,
            article_reach: file.text.article_reach,
            parties: match &file.parties {
                Some(def) => self.parties(def)?,
                None => Parties::default(),
            },
        };
        Ok(text)
    }

    /// The words clauses are read with, and the grammar.
    fn lexicon(&mut self, file: &PackFile) -> Result<(Lexicon, Grammar), Box<PackError>> {
        for (def, name) in file.lexicon.force.iter().map(|d| (d, d.class.get_ref())) {
            if !FORCE_CLASSES.contains(&name.as_str()) {
                return Err(self.error(
                    self.tf("pack-unknown-force-class", &[("name", name)]),
                    Some(def.class.span()),
                    &self.t("pack-unknown-force-class-label"),
                    Some(self.tf("pack-force-classes", &[("list", &FORCE_CLASSES.join(", "))])),
                ));
            }
        }
        let forces: Vec<&str> = Force::ALL.iter().map(|f| f.name()).collect();
        if let Some(name) = file
            .lexicon
            .force_says
            .keys()
            .find(|k| !forces.contains(&k.get_ref().as_str()))
        {
            return Err(self.error(
                self.tf("pack-unknown-force-class", &[("name", name.get_ref())]),
                Some(name.span()),
                &self.t("pack-unknown-force-class-label"),
                Some(self.tf("pack-force-classes", &[("list", &forces.join(", "))])),
            ));
        }
        let lexicon = Lexicon {
            bearer: self.category(&file.lexicon.bearer)?,
            force: self.category(&file.lexicon.force)?,
            action: self.category(&file.lexicon.action)?,
            object: self.category(&file.lexicon.object)?,
            qualifier: self.category(&file.lexicon.qualifier)?,
            says: says(&file.lexicon),
        };
        let words = |list: &[String]| list.iter().map(|w| fold_pattern(w)).collect();
        let needles =
            |list: &[String]| -> Needles { list.iter().map(|w| fold_pattern(w)).collect() };
        let g = &file.grammar;
        let grammar = Grammar {
            prepositions: words(&g.prepositions),
            articles: words(&g.articles),
            agents: words(&g.agents),
            passive_auxiliaries: words(&g.passive_auxiliaries),
            undergoing: words(&g.undergoing),
            absences: words(&g.absences),
            own_possessives: words(&g.own_possessives),
            ability_suffixes: words(&g.ability_suffixes),
            restrictions: words(&g.restrictions),
            possessives: words(&g.possessives),
            duty_nouns: words(&g.duty_nouns),
            circumstances: words(&g.circumstances),
            disjunctions: words(&g.disjunctions),
            conjunctions: words(&g.conjunctions),
            coordinations: needles(&g.coordinations),
            complements: words(&g.complements),
            moments: words(&g.moments),
            end_nouns: words(&g.end_nouns),
            demonstratives: words(&g.demonstratives),
            addressees: words(&g.addressees),
            place_headers: words(&g.place_headers),
            place_prepositions: words(&g.place_prepositions),
            relatives: needles(&g.relatives),
            relative_pronouns: words(&g.relative_pronouns),
            clause_subjects: words(&g.clause_subjects),
            enablers: words(&g.enablers),
            contact_subjects: words(&g.contact_subjects),
            heads_before_party: words(&g.heads_before_party),
            object_relatives: words(&g.object_relatives),
            relative_subjects: words(&g.relative_subjects),
            subject_links: words(&g.subject_links),
            infinitive_markers: words(&g.infinitive_markers),
            enumeration_links: words(&g.enumeration_links),
            harm_markers: words(&g.harm_markers),
            causes: words(&g.causes),
            suppositions: g
                .suppositions
                .iter()
                .map(|s| format!(" {} ", fold_pattern(s)))
                .collect(),
            clause_connectors: needles(&g.clause_connectors),
            anaphoric_connectors: needles(&g.anaphoric_connectors),
            restriction_breakers: words(&g.restriction_breakers),
            anaphors: words(&g.anaphors),
            acknowledgements: self.matcher(&g.acknowledgements)?,
            imperatives: self.matcher(&g.imperatives)?,
            impersonals: self.matcher(&g.impersonals)?,
            grants: self.matcher(&g.grants)?,
            licences: words(&g.licences),
            infinitives: self.matcher(&g.infinitives)?,
        };
        Ok((lexicon, grammar))
    }

    /// Clauses whose family words address nothing.
    fn not_addressing(
        &mut self,
        file: &PackFile,
        lexicon: &Lexicon,
    ) -> Result<Vec<NotAddressing>, Box<PackError>> {
        let not_addressing = file
            .not_addressing
            .iter()
            .map(|d| {
                for f in &d.families {
                    if !FAMILY_IDS.contains(&f.get_ref().as_str()) {
                        return Err(self.error(
                            self.tf("pack-unknown-family", &[("name", f.get_ref())]),
                            Some(f.span()),
                            &self.t("pack-not-a-family"),
                            Some(self.tf("pack-families", &[("list", &FAMILY_IDS.join(", "))])),
                        ));
                    }
                }
                Ok(NotAddressing {
                    when: self.frame_cond(&d.when, lexicon)?,
                    families: d.families.iter().map(|f| f.get_ref().clone()).collect(),
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(not_addressing)
    }

    /// One family: its rules, elements, contrary clauses and frame conditions.
    fn family(
        &mut self,
        f: &format::FamilyDef,
        settings: &BTreeMap<String, Setting>,
        lexicon: &Lexicon,
    ) -> Result<Family, Box<PackError>> {
        let id = f.id.get_ref().as_str();
        if !FAMILY_IDS.contains(&id) {
            return Err(self.error(
                self.tf("pack-unknown-family", &[("name", id)]),
                Some(f.id.span()),
                &self.t("pack-not-a-family"),
                Some(self.tf("pack-families", &[("list", &FAMILY_IDS.join(", "))])),
            ));
        }
        let missing = self.rule(&f.missing, Some(id), RuleKind::Missing, None)?;
        let hedged = self.rule(&f.hedged, Some(id), RuleKind::Hedged, None)?;
        let mut elements = Vec::new();
        for e in &f.element {
            let partial_ok = !e.partial_ok_when.is_empty()
                && e.partial_ok_when
                    .iter()
                    .all(|(k, v)| settings.get(k).is_some_and(|s| &s.value == v));
            elements.push(Element {
                id: e.id.clone(),
                label: e.label.clone(),
                patterns: self.matcher(&e.patterns)?,
                with: e
                    .with
                    .iter()
                    .map(|w| self.matcher(std::slice::from_ref(w)))
                    .collect::<Result<_, _>>()?,
                partial: self.matcher(&e.partial)?,
                partial_ok,
                anywhere: e.anywhere,
                negatable: e.negatable,
                addresses: e.addresses,
                weakened_by: self.frame_conds(&e.weakened_by, lexicon)?,
                when: self.frame_conds(&e.when, lexicon)?,
                met_by: self.frame_conds(&e.met_by, lexicon)?,
                rule: self.rule(&e.finding, Some(id), RuleKind::Element, Some(&e.label))?,
            });
        }
        let mut contrary = Vec::new();
        for c in &f.contrary {
            contrary.push(Contrary {
                patterns: self.matcher(&c.patterns)?,
                with: c
                    .with
                    .iter()
                    .map(|w| self.matcher(std::slice::from_ref(w)))
                    .collect::<Result<_, _>>()?,
                negatable: c.negatable,
                unless: self.matcher(&c.unless)?,
                in_scope: c.in_scope,
                rule: self.rule(&c.finding, Some(id), RuleKind::Contrary, None)?,
            });
        }
        let mut contrary_frames = Vec::new();
        for c in &f.contrary_frame {
            let through_exception = self
                .classes(&c.through_exception, &lexicon.qualifier, "qualifier")?
                .unwrap_or(0);
            contrary_frames.push(FrameRule {
                when: self.frame_cond(&c.when, lexicon)?,
                through_exception,
                unless_document: self.frame_conds(&c.unless_document, lexicon)?,
                rule: self.rule(&c.finding, Some(id), RuleKind::Contrary, None)?,
            });
        }
        let addressed_by = self.frame_conds(&f.addressed_by, lexicon)?;
        let addressing = self.frame_conds(&f.addressing, lexicon)?;
        Ok(Family {
            contrary_frames,
            addressed_by,
            addressing,
            id: id.to_string(),
            title: f.title.clone(),
            topic: self.matcher(&f.topic)?,
            // One alternation: a block is scanned once for all the senses that do not
            // count, not once per pattern.
            not_topic: vec![self.matcher(&f.not_topic)?],
            hedges: self.hedges(&f.hedge)?,
            missing,
            hedged,
            elements,
            contrary,
        })
    }

    /// The findings beside the statuses.
    fn checks(
        &mut self,
        file: &PackFile,
        families: &[Family],
    ) -> Result<Vec<Check>, Box<PackError>> {
        let mut checks = Vec::new();
        for c in &file.check {
            let when_family = match &c.when_family {
                Some(fam) => Some(
                    families
                        .iter()
                        .position(|f| &f.id == fam.get_ref())
                        .ok_or_else(|| {
                            self.error(
                                self.tf("pack-unknown-family", &[("name", fam.get_ref())]),
                                Some(fam.span()),
                                &self.t("pack-no-such-family"),
                                None,
                            )
                        })?,
                ),
                None => None,
            };
            checks.push(Check {
                when: self.matcher(&c.when)?,
                when_family,
                when_bid_rules: c.when_bid_rules,
                unless: self.matcher(&c.unless)?,
                rule: self.rule(&c.finding, None, RuleKind::Check, None)?,
            });
        }
        Ok(checks)
    }
}

/// How the lexicon's classes and the engine's forces are said (`says`, `force_says`).
fn says(lexicon: &format::LexiconDef) -> BTreeMap<String, Text> {
    let categories = [
        ("bearer", &lexicon.bearer),
        ("action", &lexicon.action),
        ("object", &lexicon.object),
        ("qualifier", &lexicon.qualifier),
    ];
    let classes = categories.into_iter().flat_map(|(category, defs)| {
        defs.iter().filter_map(move |d| {
            let said = d.says.clone()?;
            Some((format!("{category}:{}", d.class.get_ref()), said))
        })
    });
    let forces = lexicon
        .force_says
        .iter()
        .map(|(force, said)| (format!("force:{}", force.get_ref()), said.clone()));
    classes.chain(forces).collect()
}
