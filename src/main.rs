use clap::Parser;
use clausier::cli::{Cli, Command};
use clausier::run;
use std::process::ExitCode;

fn main() -> ExitCode {
    clausier::read::install_panic_hook();
    // Paths need not be UTF-8: clap gets the arguments as the system gave them.
    let raw: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match Cli::try_parse_from(&raw) {
        Ok(cli) => cli,
        Err(e) => match clausier::usage::say(&e, clausier::usage::lang_of_args(&lossy(&raw))) {
            Some(text) => {
                eprint!("{text}");
                return ExitCode::from(run::EXIT_TROUBLE);
            }
            None => e.exit(),
        },
    };
    let result = match cli.command {
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

fn lossy(args: &[std::ffi::OsString]) -> Vec<String> {
    args.iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect()
}

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
