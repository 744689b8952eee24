//! Command-line definitions. Nothing outside `app` sees these types.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const ABOUT: &str = "Search engine for website privacy policies: index a corpus once, then ask it \
for phrases and concepts and get back the exact clauses that answer, ranked, with company, \
section and language.";

const AFTER_HELP: &str = "\
Examples:
  polidx index corpus/                      index a folder of policies into ./index
  polidx query '\"third parties\"'            clauses with that exact phrase
  polidx query 'sell OR share' --lang ms    either word, Malay sections only
  polidx query retention --company acme     one company's clauses
  polidx query cookies --json | jq .clause  JSON Lines for scripts
  polidx companies --category third-party-sharing   who shares data, with evidence
  polidx companies sell                     who says they sell, or do not
  polidx practices --company acme           one company's practices
  polidx stats                              what the index holds
  polidx inspect corpus/001.txt             how one file is read

Exit status: 0 results found, 1 no results, 2 error.";

#[derive(Debug, Parser)]
#[command(name = "polidx", version, about = ABOUT, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// When to colour output: auto colours only on a terminal and honours NO_COLOR.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read a folder of policies and store their sections in the index.
    ///
    /// Walks CORPUS recursively and reads .txt, .md/.markdown and .html/.htm
    /// files (any encoding). Every other file, and every file that cannot be
    /// read, is reported with the reason and skipped. The summary goes to
    /// stderr, or to stdout as one JSON object with --json. The previous
    /// index stays intact and queryable until the new one is committed.
    Index(IndexArgs),
    /// Search the index and print the clauses that answer, best first.
    ///
    /// QUERY syntax: words (all must match), "exact phrases", OR, AND, NOT,
    /// +word (required), -word (excluded), and parentheses. Words match in
    /// any of their forms ("sharing" finds "shared"), in the language of each
    /// policy. Each hit is one clause (a sentence or list item) from a
    /// matching section.
    Query(QueryArgs),
    /// Answer a question across companies: one row per company with its
    /// stance and the strongest evidence clause.
    ///
    /// For sharing and selling questions (`--category third-party-sharing`,
    /// or a query that speaks of sharing, disclosing, selling or renting,
    /// in English or Malay) the stance is affirmed, limited or denied, and
    /// rows come in that order. For other topics every row is "addressed".
    Companies(CompaniesArgs),
    /// A company × practice matrix: for each company, the stance or the
    /// number of clauses for each practice category, with evidence.
    Practices(PracticesArgs),
    /// Show what the index holds: policies, sections, clauses, languages,
    /// companies, size on disk and segments.
    Stats(StatsArgs),
    /// Show how one file is read: company, language, sections and clauses.
    Inspect(InspectArgs),
}

#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Folder of policies to index.
    #[arg(default_value = "corpus", value_name = "CORPUS")]
    pub corpus: PathBuf,

    /// Index folder.
    #[arg(long, default_value = "index", value_name = "DIR")]
    pub index: PathBuf,

    /// Print the summary to stdout as one JSON object.
    #[arg(long)]
    pub json: bool,

    /// Read every file again instead of only new and changed ones. Also
    /// replaces an index written by an incompatible polidx version.
    #[arg(long)]
    pub rebuild: bool,

    /// Memory for the index writer, in MiB (at least 16 per writer thread).
    #[arg(long, default_value_t = 256, value_name = "MIB", value_parser = clap::value_parser!(u64).range(16..=65536))]
    pub memory: u64,

    /// Threads reading policies (0: one per core).
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub threads: usize,

    /// Commit after this many changed policies, so an interrupted run keeps
    /// what it finished.
    #[arg(long, default_value_t = 20_000, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub commit_every: u64,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// What to search for (see the syntax above).
    #[arg(value_name = "QUERY")]
    pub query: String,

    /// Index folder. When it is the default and does not exist yet, the
    /// bundled ./corpus is indexed first.
    #[arg(long, default_value = "index", value_name = "DIR")]
    pub index: PathBuf,

    /// Most clauses to print.
    #[arg(long, short = 'n', default_value_t = 10, value_name = "N")]
    pub limit: usize,

    /// Only policies whose company name or domain contains NAME (any case).
    #[arg(long, value_name = "NAME")]
    pub company: Option<String>,

    /// Only sections in this language (ISO 639-1 code: en, ms, id, de, …).
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,

    /// Only clauses about this practice: first-party-collection,
    /// third-party-sharing, user-choice, user-access, data-retention,
    /// data-security, policy-change, do-not-track, specific-audiences, other.
    #[arg(long, value_name = "NAME")]
    pub category: Option<String>,

    /// Print JSON Lines, one object per hit.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CompaniesArgs {
    /// What to ask about (query syntax as for `query`); optional with --category.
    #[arg(value_name = "QUERY")]
    pub query: Option<String>,

    /// Only clauses about this practice (see `query --help` for the names).
    #[arg(long, value_name = "NAME")]
    pub category: Option<String>,

    /// Index folder.
    #[arg(long, default_value = "index", value_name = "DIR")]
    pub index: PathBuf,

    /// Only policies whose company name or domain contains NAME.
    #[arg(long, value_name = "NAME")]
    pub company: Option<String>,

    /// Only sections in this language (ISO 639-1 code).
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,

    /// Also list companies whose matching clauses make no sharing or
    /// selling statement (stance "unstated").
    #[arg(long)]
    pub all: bool,

    /// Print JSON Lines, one object per company.
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,

    /// Print CSV with a header line.
    #[arg(long)]
    pub csv: bool,
}

#[derive(Debug, Args)]
pub struct PracticesArgs {
    /// Only policies whose company name or domain contains NAME.
    #[arg(long, value_name = "NAME")]
    pub company: Option<String>,

    /// Index folder.
    #[arg(long, default_value = "index", value_name = "DIR")]
    pub index: PathBuf,

    /// Print JSON Lines, one object per company, with evidence for each cell.
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,

    /// Print CSV: one line per company and practice, with evidence.
    #[arg(long)]
    pub csv: bool,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Index folder.
    #[arg(long, default_value = "index", value_name = "DIR")]
    pub index: PathBuf,

    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// Policy file to read (.txt, .md, .html).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
}
