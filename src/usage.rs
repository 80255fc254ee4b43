//! Command-line usage errors in the user's language. clap writes its own errors in
//! English; for the common kinds (an unknown option or command, a bad value, a
//! missing argument) clausier says them again in French unless English is asked for.

use crate::rules::Lang;
use crate::ui;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The language a usage error is said in: `--lang` among the raw arguments, else
/// French, the default (the configuration file is not read for a command line that
/// does not parse).
pub fn lang_of_args(args: &[String]) -> Lang {
    let mut iter = args.iter();
    while let Some(a) = iter.next() {
        let value = match a.strip_prefix("--lang") {
            Some("") => iter.next().map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if value == Some("en") {
            return Lang::En;
        }
    }
    Lang::Fr
}

/// The error as clausier says it, or None to let clap print its own (help, version,
/// and the rarer kinds).
pub fn say(e: &clap::Error, lang: Lang) -> Option<String> {
    let get = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        _ => None,
    };
    let (key, vars): (&str, Vec<(&str, String)>) = match e.kind() {
        ErrorKind::UnknownArgument => (
            "usage-unknown-argument",
            vec![("arg", get(ContextKind::InvalidArg)?)],
        ),
        ErrorKind::InvalidSubcommand => (
            "usage-unknown-command",
            vec![("arg", get(ContextKind::InvalidSubcommand)?)],
        ),
        ErrorKind::InvalidValue => (
            "usage-invalid-value",
            vec![
                ("value", get(ContextKind::InvalidValue).unwrap_or_default()),
                ("arg", get(ContextKind::InvalidArg)?),
                (
                    "valid",
                    get(ContextKind::ValidValue).unwrap_or_else(|| "—".into()),
                ),
            ],
        ),
        ErrorKind::MissingRequiredArgument => (
            "usage-missing",
            vec![("arg", get(ContextKind::InvalidArg)?)],
        ),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            ("usage-missing-command", Vec::new())
        }
        ErrorKind::ValueValidation => (
            "usage-invalid-value",
            vec![
                ("value", get(ContextKind::InvalidValue).unwrap_or_default()),
                ("arg", get(ContextKind::InvalidArg)?),
                ("valid", "—".into()),
            ],
        ),
        _ => return None,
    };
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut out = format!(
        "{}{}{}",
        ui::t(lang, "error"),
        ui::colon(lang),
        ui::tf(lang, key, &vars)
    );
    for kind in [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand] {
        if let Some(s) = get(kind) {
            out.push_str(&format!(
                "\n\n  {}",
                ui::tf(lang, "usage-did-you-mean", &[("arg", &s)])
            ));
        }
    }
    out.push_str(&format!("\n\n{}\n", ui::t(lang, "usage-help")));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Cli;
    use clap::Parser;

    fn error(args: &[&str]) -> String {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let e = Cli::try_parse_from(&args).unwrap_err();
        say(&e, lang_of_args(&args)).expect("said by clausier")
    }

    #[test]
    fn usage_errors_are_said_in_french_unless_english_is_asked() {
        let e = error(&["clausier", "check", "--formt", "json"]);
        assert!(e.starts_with("erreur : option inconnue : --formt"), "{e}");
        assert!(e.contains("--format"), "a suggestion: {e}");
        let e = error(&["clausier", "check", "--format", "xml"]);
        assert!(e.contains("valeur « xml » invalide pour --format"), "{e}");
        assert!(e.contains("human, json"), "{e}");
        let e = error(&["clausier", "chek"]);
        assert!(
            e.contains("commande inconnue : chek") && e.contains("check"),
            "{e}"
        );
        let e = error(&["clausier", "check", "--lang", "en", "--formt", "json"]);
        assert!(e.starts_with("error: unknown option: --formt"), "{e}");
        let e = error(&["clausier", "extract"]);
        assert!(e.contains("argument requis manquant"), "{e}");
    }
}
