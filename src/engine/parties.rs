//! The parties a contract defines. "La société Nubalis SAS, …, ci-après « Nubalis »"
//! makes Nubalis the provider, so that "Nubalis s'engage à restituer…" binds the
//! provider as "le titulaire s'engage…" does. Defined names are read as the pack's
//! words for the provider and the buyer before any rule sees the text.

use crate::fold::Folded;
use crate::rules::Parties;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Provider,
    Buyer,
    /// A person who uses the service, defined in a glossary ("« Agent » désigne
    /// toute personne physique…").
    User,
}

#[derive(Debug)]
struct Party {
    names: Vec<String>,
    role: Option<Role>,
    intermediary: bool,
    /// The words before the definition (folded): a group's members stand there.
    description: String,
}

/// A defined name is at most this long, and at least this (`"us"` of '("Quillmark",
/// "we", "us")' is also the United States).
const MAX_NAME_BYTES: usize = 40;
const MIN_NAME_BYTES: usize = 3;
/// Words allowed between two quoted names (`"Nubalis" ou "le Prestataire"`).
const MAX_WORDS_BETWEEN_NAMES: usize = 3;
/// A glossary entry's bare name before its colon is at most this many words ("Les
/// Partenaires : …").
const MAX_GLOSSARY_NAME_WORDS: usize = 4;
/// How far before its definition a party is described, and how near its name a
/// company form stands there ("Orvane Cloud SAS", "la société Nubalis").
const DESCRIPTION_BYTES: usize = 300;
const COMPANY_FORM_REACH: usize = 40;

/// The names to read as another word (name, word), longest first, from the
/// definitions in the document's blocks (original text, folded text).
pub fn renames<'a, 'b>(
    blocks: impl IntoIterator<Item = (&'b str, &'b Folded)>,
    rules: &'a Parties,
) -> Vec<(String, &'a str)> {
    let mut parties: Vec<Party> = Vec::new();
    for (original, folded) in blocks {
        let text = folded.text.as_str();
        let mut described_from = 0;
        for (start, end) in rules.definition.find_iter(text) {
            if start < described_from {
                continue; // inside the names of the definition before
            }
            let Some((names, names_end)) =
                quoted_names(&text[end..]).or_else(|| acronym(original, folded, end))
            else {
                continue;
            };
            let from = description_start(text, end, described_from);
            described_from = end + names_end;
            let company = is_company(&names, (original, folded), from..end, rules);
            parties.push(classify(names, &text[from..end], company, rules));
        }
        if let Some((names, role)) = glossary_party(text, rules) {
            parties.push(Party {
                names,
                role: Some(role),
                intermediary: false,
                description: String::new(),
            });
        }
    }
    members_of_groups(&mut parties, rules);
    // A syndicat informatique or a GIP serving a commune or a département: two
    // public bodies, the one that serves is the provider.
    let other_buyer = parties
        .iter()
        .any(|p| p.role == Some(Role::Buyer) && !p.intermediary);
    let mut out: Vec<(String, &str)> = Vec::new();
    for party in &parties {
        let role = match party.role {
            Some(Role::Buyer) | None if party.intermediary && other_buyer => Role::Provider,
            Some(role) => role,
            None => continue,
        };
        let (word, own_names) = match role {
            Role::Provider => (rules.provider_word.as_str(), Some(&rules.provider)),
            Role::Buyer => (rules.buyer_word.as_str(), Some(&rules.buyer)),
            Role::User if rules.user_word.is_empty() => continue,
            Role::User => (rules.user_word.as_str(), None),
        };
        for name in &party.names {
            let core = strip_article(name, rules);
            if core.len() < MIN_NAME_BYTES
                || rules.determiners.iter().any(|d| d == core)
                || own_names.is_some_and(|n| n.is_whole_match(name) || n.is_whole_match(core))
                || role == Role::User
                    && (rules.provider.is_whole_match(core) || rules.buyer.is_whole_match(core))
            {
                continue; // already read as the party it names
            }
            if !out.iter().any(|(n, _)| n == core) {
                out.push((core.to_string(), word));
            }
        }
    }
    out.sort_by_key(|(name, _)| std::cmp::Reverse(name.len()));
    out
}

/// The party a glossary entry defines: the block opens (after its numbering) on a
/// quoted name and a glossary word, or on a bare name and a colon, then a description.
/// A person ("« Contributeur » désigne toute personne physique…", '"User" means any
/// natural person…') is a user; a public body ("Les Partenaires : tout organisme en
/// charge d'un service public…") is the buyer, named in the singular too. Names of the
/// provider or the buyer are left to their own lists.
fn glossary_party(text: &str, rules: &Parties) -> Option<(Vec<String>, Role)> {
    let text = text.trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '.' | ' ' | '-' | '*' | '\\' | ')')
    });
    let opening = |m: &crate::rules::Matcher, t: &str| {
        m.find_iter(t)
            .next()
            .filter(|&(s, _)| s == 0)
            .map(|(_, e)| e)
    };
    let (name, description) = match text.strip_prefix('"') {
        Some(inner) => {
            let close = inner.find('"')?;
            let rest = inner[close + 1..].trim_start_matches([' ', ':']);
            let after = opening(&rules.glossary, rest)?;
            (inner[..close].trim(), &rest[after..])
        }
        // A bare name: a few words before a colon.
        None => {
            let colon = text.find(" : ").or_else(|| text.find(": "))?;
            let name = text[..colon].trim();
            if name.split(' ').count() > MAX_GLOSSARY_NAME_WORDS {
                return None;
            }
            (name, &text[colon + 1..])
        }
    };
    if name.is_empty() || name.len() > MAX_NAME_BYTES || name.contains(['.', ';', ':', ',']) {
        return None;
    }
    let description = description.trim_start_matches([' ', ':', ',']);
    if opening(&rules.person, description).is_some() {
        return Some((vec![name.to_string()], Role::User));
    }
    opening(&rules.public_body, description)?;
    // The singular, word by word ("les partenaires" gives "le partenaire").
    let one: Vec<&str> = name
        .split(' ')
        .map(|w| match w.strip_suffix('s') {
            Some(stem) if stem.len() >= 2 && !stem.ends_with('s') => stem,
            _ => w,
        })
        .collect();
    let one = one.join(" ");
    let mut names = vec![name.to_string()];
    if one != name {
        names.push(one);
    }
    Some((names, Role::Buyer))
}

/// Whether a party is a company: one of its names, with a capital, next to a company
/// form in its description (`text[description]`): "la société Nubalis SAS, …,
/// ci-après « Nubalis »", not "le niveau de service … (ci-après « le Service »)".
fn is_company(
    names: &[String],
    (original, folded): (&str, &Folded),
    description: std::ops::Range<usize>,
    rules: &Parties,
) -> bool {
    let from = description.start;
    let description = &folded.text[description];
    let forms: Vec<(usize, usize)> = rules.company.find_iter(description).collect();
    names.iter().any(|name| {
        description.match_indices(name.as_str()).any(|(at, _)| {
            let (o, _) = folded.original_range(from + at, from + at + 1);
            // A name is written as a proper noun: a capital, or a digit ("37signals").
            let capital =
                original[o..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
            let near = |&(s, e): &(usize, usize)| {
                s <= at + name.len() + COMPANY_FORM_REACH && e + COMPANY_FORM_REACH >= at
            };
            capital && forms.iter().any(near)
        })
    })
}

/// Reads every defined name as its party's word.
pub fn rename(folded: Folded, renames: &[(String, &str)]) -> Folded {
    renames.iter().fold(folded, |f, (name, word)| {
        if f.text.contains(name.as_str()) {
            f.rename(name, word)
        } else {
            f
        }
    })
}

/// A party's role: by its names, else by its being a company. (Buyer words in a
/// description prove nothing: "Regulation (EU) 2016/679 of the Council ("GDPR")".)
fn classify(names: Vec<String>, description: &str, company: bool, rules: &Parties) -> Party {
    // A party's word with one qualifying word after it names the party too:
    // « administration utilisatrice », « commune adhérente ».
    let qualified = |m: &crate::rules::Matcher, n: &str| {
        m.find_iter(n).next().is_some_and(|(s, e)| {
            s == 0 && {
                let rest = n[e..].trim();
                !rest.is_empty() && !rest.contains(' ') && n[e..].starts_with(' ')
            }
        })
    };
    let named = |m: &crate::rules::Matcher| {
        names.iter().any(|n| {
            let core = strip_article(n, rules);
            m.is_whole_match(n) || m.is_whole_match(core) || qualified(m, core)
        })
    };
    let role = if named(&rules.provider) {
        Some(Role::Provider)
    } else if named(&rules.buyer) {
        Some(Role::Buyer)
    } else if company {
        Some(Role::Provider)
    } else {
        None
    };
    let intermediary = rules.intermediary.is_match(description)
        || names.iter().any(|n| rules.intermediary.is_match(n));
    Party {
        names,
        role,
        intermediary,
        description: description.to_string(),
    }
}

/// Names grouped under the users' name are users: « Les Contributeurs et les Visiteurs
/// sont ci-après désignés ensemble les « Utilisateurs » » makes a Contributeur a user.
/// (Only names defined before the group and given no role of their own; not under the
/// provider's or the buyer's name, whose definitions often name the other party: "the
/// customer of Travis-CI (hereinafter "Client")".)
fn members_of_groups(parties: &mut [Party], rules: &Parties) {
    if rules.user_word.is_empty() {
        return;
    }
    for i in 0..parties.len() {
        let users = parties[i].role.is_none()
            && parties[i].names.iter().any(|n| {
                let core = strip_article(n, rules);
                core.strip_suffix('s').unwrap_or(core) == rules.user_word
            });
        if !users {
            continue;
        }
        let role = Role::User;
        let (before, group) = parties.split_at_mut(i);
        for member in before.iter_mut().filter(|p| p.role.is_none()) {
            let named = member.names.iter().any(|n| {
                let core = strip_article(n, rules);
                core.len() >= MIN_NAME_BYTES && group[0].description.contains(core)
            });
            if named {
                member.role = Some(role);
            }
        }
    }
}

fn strip_article<'a>(name: &'a str, rules: &Parties) -> &'a str {
    match rules.article.find_iter(name).next() {
        Some((0, end)) => name[end..].trim_start(),
        _ => name,
    }
}

/// The quoted names right after a definition's start: `"nubalis" ou "le
/// prestataire"`, with at most one word before the first name and a few words
/// between two names. Returns them and where they end.
fn quoted_names(after: &str) -> Option<(Vec<String>, usize)> {
    let mut names = Vec::new();
    let mut at = 0;
    loop {
        let gap_words = if names.is_empty() {
            1
        } else {
            MAX_WORDS_BETWEEN_NAMES
        };
        let rest = &after[at..];
        // Double quotes, or single ones right where a name opens and closing before a
        // comma or the parenthesis: "Langfuse GmbH ('Langfuse', 'we', 'us')".
        let single_quoted = rest
            .trim_start_matches([' ', ',', '('])
            .strip_prefix('\'')
            .and_then(|inner| Some((inner, inner.find('\'')?)))
            .is_some_and(|(inner, c)| c > 0 && inner[c + 1..].trim_start().starts_with([',', ')']));
        let quote = if single_quoted { '\'' } else { '"' };
        let Some(open) = rest.find(quote) else { break };
        let gap = &rest[..open];
        let words = gap.split_whitespace().filter(|w| *w != ",").count();
        let words_only = gap
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || matches!(b, b' ' | b',' | b'\'' | b'('));
        if words > gap_words || !words_only {
            break;
        }
        let inner = &rest[open + 1..];
        let Some(close) = inner.find(quote) else {
            break;
        };
        // "“COMPANY,” AS DEFINED BELOW": the comma is the sentence's, not the name's.
        let name = inner[..close].trim().trim_end_matches(',').trim_end();
        // A dot between two letters is the name's ("Rocket.Chat", "Booking.com"); any
        // other ends a sentence.
        let stray_dot = name.char_indices().any(|(i, c)| {
            c == '.'
                && !(name[..i].ends_with(char::is_alphanumeric)
                    && name[i + 1..].starts_with(char::is_alphanumeric))
        });
        if name.is_empty()
            || name.len() > MAX_NAME_BYTES
            || stray_dot
            || name.contains([';', ':', '(', ')', '/'])
        {
            break;
        }
        names.push(name.to_string());
        at += open + 1 + close + 1;
    }
    (!names.is_empty()).then_some((names, at))
}

/// An acronym in capitals closing the parenthesis a definition opened: "la Direction
/// interministérielle du numérique (DINUM)". Its name, folded, and where it ends.
fn acronym(original: &str, folded: &Folded, end: usize) -> Option<(Vec<String>, usize)> {
    if !folded.text[..end].ends_with('(') {
        return None;
    }
    let close = folded.text[end..].find(')').filter(|&c| c > 0)?;
    let (o, _) = folded.original_range(end, end + close);
    let (_, oe) = folded.original_range(end + close - 1, end + close);
    let name = original.get(o..oe)?;
    let letters = name.chars().filter(char::is_ascii_uppercase).count();
    let capitals = name.chars().all(|c| c.is_ascii_uppercase() || c == '-');
    (capitals && (2..=10).contains(&letters))
        .then(|| (vec![folded.text[end..end + close].to_string()], close + 1))
}

/// Where the words that describe a party begin: after the previous definition in
/// the block or the last `;`, at most `DESCRIPTION_BYTES` before. (Not at the last
/// full stop: "représentée par M. Julien Sarrazac".)
fn description_start(text: &str, definition: usize, after: usize) -> usize {
    let mut from = definition
        .saturating_sub(DESCRIPTION_BYTES)
        .max(after.min(definition));
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..definition];
    let cut = before.rfind("; ").map_or(0, |i| i + 2);
    from + cut
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;
    use crate::rules::pattern::compile;
    use crate::rules::Matcher;

    fn matcher(patterns: &[&str]) -> Matcher {
        let patterns: Vec<String> = patterns.iter().map(|p| p.to_string()).collect();
        Matcher::new(compile(&patterns).unwrap())
    }

    fn rules() -> Parties {
        Parties {
            definition: matcher(&[
                "ci-apres(?: designes)?(?:,? (?:ensemble|individuellement))?,?",
                "hereinafter",
                "\\(",
            ]),
            provider: matcher(&["(?:le )?(?:titulaire|prestataire)", "(?:the )?provider"]),
            buyer: matcher(&["(?:la |le )?(?:commune|syndicat)", "(?:the )?customer"]),
            company: matcher(&["\\bsas\\b", "\\bltd\\b"]),
            intermediary: matcher(&["syndicat", "directions? interministerielles?"]),
            article: matcher(&["(?:le|la|l'|the) ?"]),
            provider_word: "titulaire".into(),
            buyer_word: "commune".into(),
            glossary: matcher(&["designe", "means"]),
            person: matcher(&["toute personne physique", "(?:an|any) individual"]),
            public_body: matcher(&["tout organisme", "any public body"]),
            user_word: "utilisateur".into(),
            determiners: vec!["our".into(), "notre".into()],
        }
    }

    fn read(blocks: &[&str]) -> Vec<String> {
        let folded: Vec<Folded> = blocks.iter().map(|b| fold(b)).collect();
        let rules = rules();
        let renames = renames(blocks.iter().copied().zip(&folded), &rules);
        folded
            .into_iter()
            .map(|f| rename(f, &renames).text)
            .collect()
    }

    #[test]
    fn a_person_defined_in_a_glossary_is_a_user() {
        let out = read(&[
            "“Contributeur” désigne toute personne physique inscrite sur la Plateforme.",
            "1.3. « Prestataire » désigne toute personne physique qui intervient.",
            "\"Authorised User\" means an individual authorised by the Customer.",
            "« Organisation » désigne toute entité référencée sur la Plateforme.",
            "Le Contributeur publie ; the Authorised User logs in ; l'Organisation publie ; le Prestataire restitue.",
        ]);
        assert_eq!(
            out[4],
            "le utilisateur publie ; the utilisateur logs in ; l'organisation publie ; le prestataire restitue."
        );
    }

    /// Names grouped under the users' name are users; the buyer's definition, which
    /// names the provider, makes no buyer of it.
    #[test]
    fn names_grouped_as_users_are_users() {
        let out = read(&[
            "La Plateforme permet aux chercheurs qui y sont inscrits (ci-après, individuellement, le « Contributeur ») de décrire leurs projets.",
            "Les Contributeurs et les Visiteurs sont ci-après désignés ensemble les « Utilisateurs ».",
            "Un annuaire (ci-après « Projets ») est offert à la commune qui tient les Projets (ci-après la « Commune »).",
            "Le Contributeur récupère les données des Projets.",
        ]);
        assert_eq!(out[3], "le utilisateur recupere les donnees des projets.");
    }

    /// A dot between two letters belongs to the name ("Rocket.Chat"); one before a
    /// space ends a sentence, and the quotes hold no name.
    #[test]
    fn a_dot_inside_a_name_is_the_names() {
        let out = read(&[
            "Rocket.Chat Technologies Ltd (“Rocket.Chat, \" “we, \" “us”) operates the Website.",
            "Customer grants to Rocket.Chat a license.",
            "Acme Ltd (\"Acme. The\") operates the Website.",
            "Acme will delete the data.",
        ]);
        assert_eq!(out[1], "customer grants to titulaire a license.");
        assert_eq!(out[3], "acme will delete the data.");
    }

    /// The comma a name's closing quote holds is the sentence's: "“ORVANE,” AS DEFINED
    /// BELOW" names Orvane.
    #[test]
    fn a_comma_inside_the_quotes_is_no_part_of_the_name() {
        let out = read(&[
            "ORVANE CLOUD SAS (“ORVANE,” AS DEFINED BELOW, “WE” OR “US”) operates the Website.",
            "Orvane will delete the data.",
        ]);
        assert_eq!(out[1], "titulaire will delete the data.");
    }

    #[test]
    fn a_possessive_among_a_partys_names_stays_a_possessive() {
        let out = read(&[
            "Nubalis Cloud SAS (\"Nubalis\", \"we\", \"us\" or \"our\") operates the Website.",
            "Nubalis may refuse to provide our Services; our team answers.",
        ]);
        assert_eq!(
            out[1],
            "titulaire may refuse to provide our services; our team answers."
        );
    }

    #[test]
    fn a_public_body_defined_in_a_glossary_is_the_buyer() {
        let out = read(&[
            "Les Partenaires : tout organisme en charge d'un service public administratif.",
            "Le Service : le service API particulier, mis en œuvre par la DINUM.",
            "Le Partenaire s'engage à ne pas communiquer les données ; les Partenaires signent ; le Service répond.",
        ]);
        assert_eq!(
            out[2],
            "le commune s'engage a ne pas communiquer les donnees ; commune signent ; le service repond."
        );
    }

    #[test]
    fn an_acronym_in_parentheses_names_a_party() {
        let out = read(&[
            "La Direction interministérielle du numérique (DINUM) met ses services à disposition de toute commune (ci-après « commune adhérente »).",
            "La DINUM notifie ; la commune adhérente signe ; le RGPD (RGPD) s'applique.",
        ]);
        assert_eq!(
            out[1],
            "la titulaire notifie ; la commune signe ; le rgpd (rgpd) s'applique."
        );
    }

    #[test]
    fn single_quotes_in_parentheses_define_names() {
        let out = read(&[
            "This DPA describes how Quillmark Ltd ('Quillmark', 'we') processes data for the Customer.",
            "Only if required, Quillmark shall allow audits; the auditor's report is l'affaire du client.",
        ]);
        assert_eq!(
            out[1],
            "only if required, titulaire shall allow audits; the auditor's report is l'affaire du client."
        );
    }

    #[test]
    fn a_company_s_defined_name_is_the_provider() {
        let out = read(&[
            "La société Nubalis SAS, dont le siège est à Lyon, ci-après « Nubalis » ou « le Prestataire »,",
            "Nubalis restitue les données. Les nubalistes aussi.",
        ]);
        assert_eq!(
            out[1],
            "titulaire restitue les donnees. les nubalistes aussi."
        );
    }

    #[test]
    fn a_bare_name_is_read_by_its_other_name_or_its_description() {
        let out = read(&[
            "Acme Ltd, a company registered in Ireland (hereinafter \"Acme\"); and the City of Brest, represented by M. Le Gall (hereinafter \"Brest\" or the \"Customer\").",
            "Acme shall return Brest's data.",
        ]);
        assert_eq!(out[1], "titulaire shall return commune's data.");
        let out = read(&[
            "Brest, a city (hereinafter \"Brest\" or the \"Customer\"), and Acme SAS (\"Acme\").",
            "Acme shall return Brest's data.",
        ]);
        assert_eq!(out[1], "titulaire shall return commune's data.");
    }

    #[test]
    fn a_syndicat_serving_a_commune_is_the_provider() {
        let out = read(&[
            "La commune de Vaux, ci-après « la Commune », d'une part,",
            "Le syndicat mixte Numérique 12, ci-après « le Syndicat », d'autre part,",
            "Le Syndicat héberge les données de la Commune.",
        ]);
        assert_eq!(out[2], "le titulaire heberge les donnees de la commune.");
        // Known by no name of the pack, it is still the one that serves.
        let out = read(&[
            "La commune de Vaux, ci-après « la Commune »,",
            "Le syndicat intercommunal Numérique 12, ci-après « le SIN12 »,",
            "Le SIN12 héberge les données.",
        ]);
        assert_eq!(out[2], "le titulaire heberge les donnees.");
    }

    #[test]
    fn names_that_are_no_party_and_pointers_are_left_alone() {
        let out = read(&[
            "Le service API (ci-après « le Service ») est ouvert. Les modalités définies ci-après.",
            "Le Service est rendu.",
            "La commune reçoit un export de la société (ci-après « export complet »).",
            "Le règlement (UE) 2016/679 du Parlement et du Conseil (ci-après « RGPD »).",
            "Le RGPD s'applique.",
        ]);
        assert_eq!(out[4], "le rgpd s'applique.");
        assert_eq!(out[1], "le service est rendu.");
        assert_eq!(
            out[2],
            "la commune recoit un export de la societe (ci-apres \" export complet \")."
        );
    }
}
