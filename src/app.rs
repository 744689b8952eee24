//! Runs a command line: parse, resolve settings, do the work, report.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Once;

use anyhow::Result;
use clap::Parser;

use crate::answers;
use crate::cli::{
    Cli, Command, CompaniesArgs, IndexArgs, InspectArgs, PracticesArgs, QueryArgs, StatsArgs,
};
use crate::exit_codes::Exit;
use crate::index::build::{index_corpus, IndexOptions, IndexSummary, Interrupted};
use crate::index::{stats, PolicyIndex};
use crate::ingest;
use crate::policy::read_policy;
use crate::practices::Category;
use crate::render::progress::ProgressBar;
use crate::render::{self, Style};
use crate::search::{self, SearchRequest};

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let style = Style::detect(cli.color);
    let result = match cli.command {
        Command::Index(args) => run_index(args),
        Command::Query(args) => run_query(args, style),
        Command::Companies(args) => run_companies(args, style),
        Command::Practices(args) => run_practices(args, style),
        Command::Stats(args) => run_stats(args, style),
        Command::Inspect(args) => run_inspect(args, style),
    };
    match result {
        Ok(exit) => exit.into(),
        Err(err) if is_broken_pipe(&err) => Exit::Success.into(),
        Err(err) => {
            print_error(&err);
            Exit::Error.into()
        }
    }
}

fn print_error(err: &anyhow::Error) {
    let mut message = err.to_string();
    for cause in err.chain().skip(1) {
        message.push_str(": ");
        message.push_str(&cause.to_string());
    }
    let _ = writeln!(io::stderr(), "polidx: error: {message}");
}

/// A closed pipe (`polidx query … | head`) ends output quietly.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .and_then(|e| e.io_error_kind())
                .is_some_and(|k| k == io::ErrorKind::BrokenPipe)
    })
}

fn run_index(args: IndexArgs) -> Result<Exit> {
    if !args.corpus.is_dir() {
        anyhow::bail!(
            "corpus folder {} does not exist or is not a folder: give the folder of policies to index",
            args.corpus.display()
        );
    }
    let options = IndexOptions {
        memory_bytes: (args.memory as usize) * 1024 * 1024,
        rebuild: args.rebuild,
        threads: args.threads,
        commit_every: args.commit_every as usize,
        ..IndexOptions::default()
    };
    let summary = match build_index(&args.corpus, &args.index, &options) {
        Ok(summary) => summary,
        Err(err) if err.downcast_ref::<Interrupted>().is_some() => {
            print_error(&err);
            return Ok(Exit::Interrupted);
        }
        Err(err) => return Err(err),
    };
    if args.json {
        render::stats::json(&mut io::stdout().lock(), &summary)?;
    } else {
        render::stats::summary_terminal(&mut io::stderr().lock(), &summary)?;
    }
    Ok(Exit::Success)
}

fn build_index(corpus: &Path, index_dir: &Path, options: &IndexOptions) -> Result<IndexSummary> {
    let idx = if options.rebuild {
        PolicyIndex::open_or_recreate(index_dir)?
    } else {
        PolicyIndex::open_or_create(index_dir)?
    };
    let interrupted = interrupt_flag();
    let progress = ProgressBar::for_stderr();
    index_corpus(&idx, corpus, options, &progress, interrupted).map_err(|err| {
        if err.downcast_ref::<Interrupted>().is_some() {
            err
        } else {
            err.context(format!("indexing {}", corpus.display()))
        }
    })
}

/// Set by Ctrl-C; the indexing loop checks it and stops cleanly.
fn interrupt_flag() -> &'static AtomicBool {
    static FLAG: AtomicBool = AtomicBool::new(false);
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        // Without a handler Ctrl-C still kills the run, which is also safe.
        let _ = ctrlc::set_handler(|| FLAG.store(true, Ordering::SeqCst));
    });
    &FLAG
}

/// Opens the index for a read command. On a fresh clone, where the default
/// index does not exist yet and the bundled corpus does, indexes it first.
fn open_for_reading(index: &Path) -> Result<PolicyIndex> {
    let bundled = Path::new("corpus");
    if index == Path::new("index") && !PolicyIndex::exists(index) && bundled.is_dir() {
        eprintln!("polidx: no index yet; indexing the bundled corpus in ./corpus first");
        let summary = build_index(bundled, index, &IndexOptions::default())?;
        render::stats::summary_terminal(&mut io::stderr().lock(), &summary)?;
    }
    Ok(PolicyIndex::open(index)?)
}

fn run_companies(args: CompaniesArgs, style: Style) -> Result<Exit> {
    let category = parse_category(args.category.as_deref())?;
    if args.query.is_none() && category.is_none() {
        anyhow::bail!("give a QUERY, a --category, or both (e.g. `polidx companies --category third-party-sharing`)");
    }
    let idx = open_for_reading(&args.index)?;
    let request = SearchRequest {
        query: args.query,
        limit: usize::MAX,
        company: args.company,
        lang: args.lang,
        category,
    };
    let rows = answers::companies(&idx, &request, args.all)?;
    if rows.is_empty() {
        return Ok(Exit::NoResults);
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    if args.json {
        render::answers::companies_json(&mut out, &rows)?;
    } else if args.csv {
        render::answers::companies_csv(&mut out, &rows)?;
    } else {
        render::answers::companies_terminal(&mut out, &rows, style)?;
    }
    out.flush()?;
    Ok(Exit::Success)
}

fn run_practices(args: PracticesArgs, style: Style) -> Result<Exit> {
    let idx = open_for_reading(&args.index)?;
    let rows = answers::practices(&idx, args.company)?;
    if rows.is_empty() {
        return Ok(Exit::NoResults);
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    if args.json {
        render::answers::practices_json(&mut out, &rows)?;
    } else if args.csv {
        render::answers::practices_csv(&mut out, &rows)?;
    } else {
        render::answers::practices_terminal(&mut out, &rows, style)?;
    }
    out.flush()?;
    Ok(Exit::Success)
}

fn run_query(args: QueryArgs, style: Style) -> Result<Exit> {
    let idx = open_for_reading(&args.index)?;
    let request = SearchRequest {
        query: Some(args.query),
        limit: args.limit,
        company: args.company,
        lang: args.lang,
        category: parse_category(args.category.as_deref())?,
    };
    let hits = search::search(&idx, &request)?;
    if hits.is_empty() {
        return Ok(Exit::NoResults);
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    if args.json {
        render::hits::json(&mut out, &hits)?;
    } else {
        render::hits::terminal(&mut out, &hits, style)?;
    }
    out.flush()?;
    Ok(Exit::Success)
}

/// `--category NAME` to a category, with the list of names when unknown.
fn parse_category(name: Option<&str>) -> Result<Option<Category>> {
    let Some(name) = name else { return Ok(None) };
    match Category::from_slug(name) {
        Some(category) => Ok(Some(category)),
        None => {
            let names: Vec<&str> = Category::ALL.iter().map(|c| c.slug()).collect();
            anyhow::bail!("unknown category '{name}': use one of {}", names.join(", "))
        }
    }
}

fn run_stats(args: StatsArgs, style: Style) -> Result<Exit> {
    let idx = open_for_reading(&args.index)?;
    let stats = stats::stats(&idx)?;
    let mut out = io::stdout().lock();
    if args.json {
        render::stats::json(&mut out, &stats)?;
    } else {
        render::stats::stats_terminal(&mut out, &stats, style)?;
    }
    Ok(Exit::Success)
}

fn run_inspect(args: InspectArgs, style: Style) -> Result<Exit> {
    let source = ingest::read_single_file(&args.file, ingest::DEFAULT_MAX_FILE_BYTES)
        .map_err(|skip| anyhow::anyhow!("cannot read {}: {}", args.file.display(), skip.reason))?;
    let mut policy = read_policy(&source, None);
    policy.path = args.file.display().to_string();
    let mut out = io::BufWriter::new(io::stdout().lock());
    if args.json {
        render::inspect::json(&mut out, &policy)?;
    } else {
        render::inspect::terminal(&mut out, &policy, style)?;
    }
    out.flush()?;
    Ok(Exit::Success)
}
