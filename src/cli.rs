//! The command line, as the user types it. Resolution into settings happens in
//! `config`; this file only declares.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "clausier",
    version,
    about = "Lints the data clauses of public-procurement cloud contracts (DOCX, Markdown, ODT, PDF, plain text)",
    long_about = None
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Judge contracts on the eight clause families and report findings
    Check(Box<CheckArgs>),
    /// Print the document model clausier reads from each file
    Extract(ExtractArgs),
    /// List the rules of the active packs
    Rules(RulesArgs),
    /// Print the full explanation of a rule
    Explain(ExplainArgs),
    /// Write a commented starter clausier.toml in the current directory
    Init(InitArgs),
    /// Serve diagnostics to an editor: a language server over stdin and stdout
    Lsp(LspArgs),
    /// Write a reviewed copy of a Word contract: findings as comments in the margin
    Annotate(AnnotateArgs),
    /// Serve a page where a document is dropped and comes back reviewed
    Serve(ServeArgs),
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on (localhost only unless told otherwise)
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDRESS:PORT")]
    pub bind: String,
    /// Largest upload accepted, in MiB
    #[arg(long, default_value_t = 20, value_name = "MIB")]
    pub max_upload_mib: u64,
    #[command(flatten)]
    pub pack: PackArgs,
    #[command(flatten)]
    pub limits: LimitArgs,
}

#[derive(Debug, Args)]
pub struct AnnotateArgs {
    /// The Word contract (.docx); it is only read
    pub path: PathBuf,
    /// Where to write the reviewed copy (default: CONTRACT.clausier.docx beside it)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Also insert each missing or weak family's model clause as a tracked change
    #[arg(long)]
    pub suggest: bool,
    #[command(flatten)]
    pub pack: PackArgs,
    #[command(flatten)]
    pub limits: LimitArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Diagnostics with the passage, then a scorecard per file
    Human,
    /// The JSON report (docs/json.md)
    Json,
    /// One line per finding: path:line:col: severity[CODE] message
    Short,
    /// SARIF 2.1.0, for GitHub code scanning
    Sarif,
    /// GitHub Actions workflow commands (annotations)
    Github,
    /// miette's JSON report handler, one object per finding
    MietteJson,
    /// One self-contained HTML page: scorecards, passages, model clauses
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Fr,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SeverityArg {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Debug, Args)]
pub struct PackArgs {
    /// Configuration file (default: clausier.toml here or in a parent directory)
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Ignore any configuration file
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
    /// Rule pack file to use instead of the built-in one (repeatable)
    #[arg(long = "pack", value_name = "FILE")]
    pub packs: Vec<PathBuf>,
    /// Pack setting, e.g. --set territory=eu
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub settings: Vec<String>,
    /// Language of messages
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
}

#[derive(Debug, Args)]
pub struct LimitArgs {
    /// Largest file read, in MiB
    #[arg(long, value_name = "MIB")]
    pub max_file_size: Option<u64>,
    /// Largest Markdown file, in MiB
    #[arg(long, value_name = "MIB")]
    pub max_markdown_size: Option<u64>,
    /// Largest decompressed part of a DOCX/ODT package, in MiB
    #[arg(long, value_name = "MIB")]
    pub max_part_size: Option<u64>,
    /// Most entries in a DOCX/ODT package
    #[arg(long, value_name = "N")]
    pub max_zip_entries: Option<usize>,
    /// Deepest XML nesting
    #[arg(long, value_name = "N")]
    pub max_xml_depth: Option<usize>,
    /// Most pages read from a PDF
    #[arg(long, value_name = "N")]
    pub max_pdf_pages: Option<u32>,
    /// Seconds one file may take before it is reported and abandoned
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<f64>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories; `-` reads Markdown from standard input
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Leave out of folder walks the files matching GLOB (gitignore syntax,
    /// repeatable; added to `exclude` in clausier.toml)
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    #[arg(long, value_enum, default_value = "human")]
    pub format: OutputFormat,
    #[command(flatten)]
    pub pack: PackArgs,
    #[command(flatten)]
    pub limits: LimitArgs,
    /// Name given to standard input in reports
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<PathBuf>,
    /// Lowest severity that makes the run fail (exit 1)
    #[arg(long, value_enum)]
    pub fail_on: Option<SeverityArg>,
    /// Only report these rule codes (comma-separated, prefixes allowed: LOC, SEC0)
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub select: Vec<String>,
    /// Do not report these rule codes (comma-separated, prefixes allowed)
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub ignore: Vec<String>,
    /// Add these rule codes to the selection (from --select or clausier.toml)
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub extend_select: Vec<String>,
    /// Add these rule codes to the ignored ones (from --ignore or clausier.toml)
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    pub extend_ignore: Vec<String>,
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    /// Print only findings and errors, no scorecard or summary
    #[arg(long, short)]
    pub quiet: bool,
    /// Print counts per rule code after the report (on standard error with the
    /// machine formats, which must stay parseable)
    #[arg(long)]
    pub statistics: bool,
    /// Write the report to FILE (replaced whole, never half-written) instead of
    /// standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// Record today's findings in FILE (and exit 0 unless a file cannot be read)
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Report only the findings that FILE (from --write-baseline) does not hold
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    pub baseline: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[arg(value_name = "FILE", required = true)]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: ExtractFormat,
    /// Print each clause read as a frame (bearer, force, actions, objects,
    /// qualifiers): why a status was given
    #[arg(long)]
    pub clauses: bool,
    #[command(flatten)]
    pub pack: PackArgs,
    #[command(flatten)]
    pub limits: LimitArgs,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(flatten)]
    pub pack: PackArgs,
    /// Write one Markdown page per rule (and an index) into this folder
    #[arg(long, value_name = "DIR")]
    pub write_docs: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// A rule code, e.g. LOC050
    pub code: String,
    #[command(flatten)]
    pub pack: PackArgs,
}

#[derive(Debug, Args)]
pub struct LspArgs {
    #[command(flatten)]
    pub pack: PackArgs,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Language of messages
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Overwrite an existing clausier.toml
    #[arg(long)]
    pub force: bool,
}
