use clap::Parser;
use clausier::cli::{Cli, Command};
use clausier::run;
use std::process::ExitCode;

fn main() -> ExitCode {
    clausier::read::install_panic_hook();
    let result = match Cli::parse().command {
        Command::Check(args) => run::check(*args),
        Command::Extract(args) => run::extract(args),
        Command::Rules(args) => run::rules(args),
        Command::Explain(args) => run::explain(args),
        Command::Init(args) => run::init(args),
        Command::Lsp(args) => clausier::lsp::serve(args.pack),
        Command::Annotate(args) => clausier::review::annotate(args),
        Command::Serve(args) => clausier::serve::serve(args),
    };
    match result {
        Ok(code) => code,
        Err(report) => {
            eprintln!("{report:?}");
            ExitCode::from(run::EXIT_TROUBLE)
        }
    }
}
