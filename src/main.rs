//! clausier: read → document model → rule engine → findings → report.

mod cli;
mod engine;
mod explain;
mod finding;
mod fold;
mod model;
mod read;
mod report;
mod rules;
mod run;
mod write;

use clap::Parser;
use cli::{Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => run::check(args),
        Command::Extract(args) => run::extract(args),
        Command::Rules(args) => run::rules(args),
        Command::Explain(args) => run::load_packs(&args.pack).and_then(|packs| {
            let lang = run::lang_of(args.pack.lang);
            packs
                .iter()
                .find_map(|p| p.rule(&args.code).map(|r| explain::explain(p, r, lang)))
                .map(|text| {
                    print!("{text}");
                    ExitCode::SUCCESS
                })
                .ok_or_else(|| {
                    miette::miette!(
                        help = "`clausier rules` lists the codes",
                        "no rule has the code `{}`",
                        args.code
                    )
                })
        }),
    };
    match result {
        Ok(code) => code,
        Err(report) => {
            eprintln!("{report:?}");
            ExitCode::from(run::EXIT_TROUBLE)
        }
    }
}
