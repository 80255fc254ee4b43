//! clausier: read → document model → rule engine → findings → report.

mod baseline;
mod cli;
mod config;
mod engine;
mod explain;
mod finding;
mod fold;
mod model;
mod read;
mod report;
mod rules;
mod run;
mod settings;
mod suppress;
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
        Command::Explain(args) => run::explain(args),
        Command::Init(args) => run::init(args),
    };
    match result {
        Ok(code) => code,
        Err(report) => {
            eprintln!("{report:?}");
            ExitCode::from(run::EXIT_TROUBLE)
        }
    }
}
