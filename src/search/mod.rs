//! Search: find matching sections with BM25, then rank their clauses.
//!
//! tantivy scores sections (BM25 over the text field of every analyzer,
//! which holds a section's heading and text); the best sections are then
//! opened and each clause is matched against the query with the section's
//! own analyzer, so a hit is always a clause that holds the query's words
//! or phrase in analysed form. A clause scores its section's score scaled
//! by how much of the query it covers.

pub mod query;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use serde::Serialize;
use tantivy::collector::{Collector, TopDocs};
use tantivy::query::{
    BooleanQuery, BoostQuery, EnableScoring, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, TantivyDocument, Value};
use tantivy::store::StoreReader;
use tantivy::{DocAddress, Executor, Searcher, SegmentReader, Term};

use crate::analysis::pairs::phrase_terms;
use crate::analysis::{analyze, analyze_with, AnalyzedToken, Analyzer, ANALYZERS};
use crate::glossary::{GlossaryIndex, Keys};
use crate::index::schema::{category_facet, KIND_SECTION};
use crate::index::{Fields, IndexError, PolicyIndex};
use crate::policy::ClauseLabels;
use crate::practices::{Category, Stance};
use query::Node;

/// What to search for.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// The query text; None matches every clause (with a category filter).
    pub query: Option<String>,
    pub limit: usize,
    pub company: Option<String>,
    pub lang: Option<String>,
    /// Only clauses labelled with this practice category.
    pub category: Option<Category>,
}

/// How many sections to consider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Depth {
    /// The best sections for `limit` clauses.
    Top,
    /// Every matching section (answers across companies), ranked on this
    /// many threads.
    Exhaustive { threads: usize },
}

/// One ranked clause.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub rank: usize,
    pub score: f32,
    pub company: String,
    pub domain: Option<String>,
    pub path: String,
    pub lang: String,
    pub section: String,
    pub section_index: u64,
    pub clause: String,
    pub clause_index: usize,
    pub archived: Option<String>,
    /// The clause's words that matched, as they are written in it.
    pub matched: Vec<String>,
    /// True when only the section heading matched and the clause is the
    /// section's leading one.
    pub heading_match: bool,
    /// Matches reached through the glossary, e.g. "pihak ketiga ← third parties".
    pub via: Vec<String>,
    /// Practice categories of the clause.
    pub categories: Vec<&'static str>,
    /// Stance of the clause on sharing and on selling users' data.
    pub share: Option<&'static str>,
    pub sell: Option<&'static str>,
    #[serde(skip)]
    pub labels: ClauseLabels,
    /// Byte ranges of the matched words in `clause`, for highlighting.
    #[serde(skip)]
    pub spans: Vec<(usize, usize)>,
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("cannot parse the query {query:?}")]
    Query {
        query: String,
        #[source]
        source: query::ParseError,
    },
    #[error("the query has no searchable words (only punctuation or stop characters)")]
    NothingToSearch,
    #[error("unknown language code '{0}': use an ISO 639-1 code such as en, ms, id, de, fr (see `polidx stats` for the index's languages)")]
    UnknownLang(String),
    #[error(transparent)]
    Index(#[from] IndexError),
    #[error("search failed: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

/// A query word or phrase as each analyzer sees it, and its translations.
struct Atom {
    /// Per analyzer key: the analysed terms (a phrase when more than one).
    terms: HashMap<&'static str, Vec<String>>,
    translations: Vec<Translation>,
}

/// The glossary's rendering of an atom in another language.
struct Translation {
    /// Analyzer key of the target language.
    key: &'static str,
    terms: Vec<String>,
    /// "pihak ketiga ← third parties"
    note: String,
}

/// A match through a translation counts this much of a direct match, so
/// that a search for "cookies" ranks English cookie clauses above the Malay
/// ones it reaches through "kuki", and "kuki" the Malay ones above the
/// English. BM25 scores of different language fields are not on one scale
/// (their lengths and document frequencies differ), so the discount must
/// be large enough to cover that, not only the translation's uncertainty.
const TRANSLATION_WEIGHT: f32 = 0.5;

/// Runs a search and returns up to `limit` clause hits, best first.
pub fn search(idx: &PolicyIndex, request: &SearchRequest) -> Result<Vec<Hit>, SearchError> {
    if request.limit == 0 {
        return Ok(Vec::new());
    }
    let found = run(idx, request, Depth::Top, &Some)?;
    Ok(found.into_iter().next().unwrap_or_default())
}

/// Every matching clause of every matching section (no limit), handed to
/// `answer` one policy at a time, best first within the policy: the
/// material for answers across companies, which count per policy. Without
/// query text or category, every clause (of the filtered policies) is
/// handed over. Returns what `answer` made of each policy, in the index's
/// order. `answer` runs on the ranking threads, so each policy's clauses
/// are held only while it runs (all of them at once took 11 GB for 100,000
/// policies), and they are freed on the thread that read them.
pub fn map_policies<R: Send>(
    idx: &PolicyIndex,
    request: &SearchRequest,
    answer: impl Fn(Vec<Hit>) -> Option<R> + Sync,
) -> Result<Vec<R>, SearchError> {
    run(
        idx,
        request,
        Depth::Exhaustive { threads: cores() },
        &answer,
    )
}

/// Finds the matching sections and ranks their clauses: with `Depth::Top`,
/// hands `answer` the best `limit` clauses once; with `Depth::Exhaustive`,
/// every matching clause, one policy at a time.
fn run<R: Send>(
    idx: &PolicyIndex,
    request: &SearchRequest,
    depth: Depth,
    answer: &(dyn Fn(Vec<Hit>) -> Option<R> + Sync),
) -> Result<Vec<R>, SearchError> {
    let tree = match &request.query {
        Some(text) => Some(query::parse(text).map_err(|source| SearchError::Query {
            query: text.clone(),
            source,
        })?),
        None => None,
    };
    let lang = match &request.lang {
        Some(code) => {
            let code = crate::lang::canonical_code(code);
            if !crate::lang::is_known_code(&code) {
                return Err(SearchError::UnknownLang(code));
            }
            Some(code)
        }
        None => None,
    };
    let fields = &idx.fields;
    let reader = idx.reader()?;
    let searcher = reader.searcher();
    let analyzers: Vec<&'static Analyzer> = match &lang {
        Some(code) => vec![Analyzer::for_lang(code)],
        None => analyzers_in_use(&searcher)?,
    };
    let mut atoms = Vec::new();
    let tree = tree.map(|t| bind_atoms(&t, &analyzers, &mut atoms));
    // Only sections have text fields, so a text query needs no `kind`
    // filter; without one, a plain word or OR query stays a union of term
    // queries, which tantivy ranks with block-max WAND instead of scoring
    // every matching section.
    let texts = match &tree {
        Some(tree) => {
            text_queries(tree, &atoms, &analyzers, fields).ok_or(SearchError::NothingToSearch)?
        }
        None if request.category.is_none() && depth == Depth::Top => {
            return Err(SearchError::NothingToSearch)
        }
        None => vec![term_query(fields.kind, KIND_SECTION)],
    };
    let mut filters: Vec<Box<dyn Query>> = Vec::new();
    if let Some(code) = &lang {
        filters.push(term_query(fields.lang, code));
    }
    if let Some(category) = request.category {
        let facet = Term::from_facet(fields.categories, &category_facet(category));
        filters.push(Box::new(TermQuery::new(facet, IndexRecordOption::Basic)));
    }
    if let Some(name) = &request.company {
        let Some(filter) = company_filter(&searcher, fields, name)? else {
            return Ok(Vec::new());
        };
        filters.push(filter);
    }
    let budget = match depth {
        Depth::Top => (request.limit * 4).max(40),
        Depth::Exhaustive { .. } => (searcher.num_docs() as usize).max(1),
    };
    let sections = best_sections(&searcher, texts, &filters, budget)?;
    let mut ranker = ClauseRanker::new(&searcher, fields, tree.as_ref(), &atoms, request.category);
    match depth {
        Depth::Top => {
            let mut hits = ranker.rank_sections(&sections)?;
            hits.truncate(request.limit);
            Ok(answer(hits).into_iter().collect())
        }
        Depth::Exhaustive { threads } => {
            let mut policies = by_policy(&searcher, sections)?;
            // A policy's hits come out sorted whatever the order of its
            // sections, and callers sort their rows, so policies are ranked
            // in document order: each block of the document store is then
            // decompressed once, not once per policy that lies in it.
            for policy in &mut policies {
                policy.sort_unstable_by_key(|&(_, address)| address);
            }
            policies.sort_unstable_by_key(|policy| policy[0].1);
            let mut rankers = vec![ranker.own_stores()];
            for _ in 1..threads {
                let ranker =
                    ClauseRanker::new(&searcher, fields, tree.as_ref(), &atoms, request.category);
                rankers.push(ranker.own_stores());
            }
            rank_policies(rankers, &policies, answer)
        }
    }
}

/// Blocks of the document store each ranker keeps decompressed: it reads
/// in document order, so it seldom goes back more than a block or two.
const STORE_CACHE_BLOCKS: usize = 4;

/// Policies a ranking thread takes at a time: a contiguous run, so that
/// it reads the document store in order.
const RANK_CHUNK: usize = 64;

/// Ranks every policy's sections and returns what `answer` makes of each
/// policy's hits (policies without hits are passed over), in the order of
/// `policies`. With more than one ranker, the rankers work on threads,
/// each on the next chunk of policies; a chunk done ahead of its turn waits
/// in a buffer, so memory holds a few chunks' answers beyond the results.
fn rank_policies<R: Send>(
    mut rankers: Vec<ClauseRanker<'_>>,
    policies: &[Vec<(f32, DocAddress)>],
    answer: &(dyn Fn(Vec<Hit>) -> Option<R> + Sync),
) -> Result<Vec<R>, SearchError> {
    fn rank_run<R>(
        ranker: &mut ClauseRanker<'_>,
        run: &[Vec<(f32, DocAddress)>],
        answer: &(dyn Fn(Vec<Hit>) -> Option<R> + Sync),
    ) -> Result<Vec<R>, SearchError> {
        let mut out = Vec::new();
        for policy in run {
            let hits = ranker.rank_sections(policy)?;
            if !hits.is_empty() {
                out.extend(answer(hits));
            }
        }
        Ok(out)
    }
    if rankers.len() < 2 || policies.len() <= RANK_CHUNK {
        return rank_run(&mut rankers[0], policies, answer);
    }
    let chunks: Vec<&[Vec<(f32, DocAddress)>]> = policies.chunks(RANK_CHUNK).collect();
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let (sender, receiver) = mpsc::sync_channel(rankers.len() * 2);
        for mut ranker in rankers.drain(..) {
            let (sender, next, chunks) = (sender.clone(), &next, &chunks);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(chunk) = chunks.get(i) else { break };
                let ranked = rank_run(&mut ranker, chunk, answer);
                // The receiver is gone only after an error: stop.
                if sender.send((i, ranked)).is_err() {
                    break;
                }
            });
        }
        drop(sender);
        let mut out = Vec::new();
        let mut waiting = BTreeMap::new();
        let mut turn = 0;
        for (i, ranked) in receiver {
            waiting.insert(i, ranked);
            while let Some(ranked) = waiting.remove(&turn) {
                turn += 1;
                out.extend(ranked?);
            }
        }
        Ok(out)
    })
}

/// Sections grouped by their policy, each group in the order given.
fn by_policy(
    searcher: &Searcher,
    sections: Vec<(f32, DocAddress)>,
) -> Result<Vec<Vec<(f32, DocAddress)>>, SearchError> {
    let mut columns = Vec::new();
    for segment in searcher.segment_readers() {
        columns.push(segment.fast_fields().str("policy_id")?);
    }
    // A policy's sections may lie in several segments: group by its path,
    // looked up once per segment and term.
    let mut group_of_path: FxHashMap<String, usize> = FxHashMap::default();
    let mut group_of_ord: FxHashMap<(u32, u64), usize> = FxHashMap::default();
    let mut groups: Vec<Vec<(f32, DocAddress)>> = Vec::new();
    let mut path = String::new();
    for (score, address) in sections {
        let ord = columns
            .get(address.segment_ord as usize)
            .and_then(Option::as_ref)
            .and_then(|column| column.term_ords(address.doc_id).next());
        let group = match ord {
            Some(ord) => match group_of_ord.get(&(address.segment_ord, ord)) {
                Some(&group) => group,
                None => {
                    path.clear();
                    if let Some(column) = &columns[address.segment_ord as usize] {
                        column
                            .ord_to_str(ord, &mut path)
                            .map_err(tantivy::TantivyError::from)?;
                    }
                    let next = groups.len();
                    let group = *group_of_path.entry(path.clone()).or_insert(next);
                    group_of_ord.insert((address.segment_ord, ord), group);
                    group
                }
            },
            // Not expected (every section has a path): a group of its own.
            None => groups.len(),
        };
        if group == groups.len() {
            groups.push(Vec::new());
        }
        groups[group].push((score, address));
    }
    Ok(groups)
}

/// The text query once per analyzer searched, over that analyzer's field
/// alone; None when the query has nothing to search. A section is in one
/// language, so the best sections of all are the best of each, merged, with
/// the same scores. A word is then one term, which tantivy ranks with its
/// single-term block-max WAND, where a union over every language's fields
/// loses it to the first phrase a translation brings, and sorts its cursors
/// over terms that match few sections at every step.
fn text_queries(
    tree: &Bound,
    atoms: &[Atom],
    analyzers: &[&'static Analyzer],
    fields: &Fields,
) -> Option<Vec<Box<dyn Query>>> {
    to_tantivy(tree, atoms, fields)?;
    Some(
        analyzers
            .iter()
            .filter_map(|a| to_tantivy_in(tree, atoms, fields, Some(a.key)))
            .collect(),
    )
}

/// The `budget` best sections matching any of `texts` and every filter,
/// best first, ties to the earlier document as tantivy orders them. The
/// texts must match disjoint sets of sections (see `text_queries`).
fn best_sections(
    searcher: &Searcher,
    texts: Vec<Box<dyn Query>>,
    filters: &[Box<dyn Query>],
    budget: usize,
) -> tantivy::Result<Vec<(f32, DocAddress)>> {
    let collector = TopDocs::with_limit(budget).order_by_score();
    let mut sections = Vec::new();
    let mut pool = None;
    for text in texts {
        let full: Box<dyn Query> = if filters.is_empty() {
            text
        } else {
            let mut must = vec![(Occur::Must, text)];
            must.extend(filters.iter().map(|f| (Occur::Must, f.box_clone())));
            Box::new(BooleanQuery::new(must))
        };
        sections.extend(search_segments(
            searcher,
            full.as_ref(),
            &collector,
            &mut pool,
        )?);
    }
    sections.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    sections.truncate(budget);
    Ok(sections)
}

/// The number of cores, read once (it reads cgroup files on Linux).
fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Queries whose terms have fewer postings than this in all run on one
/// thread: starting a thread pool costs more than a rare word's or a no-hit
/// query's whole search.
const PARALLEL_MIN_POSTINGS: u64 = 5_000;

/// Runs a query over every segment, on as many threads as there are cores
/// when there is more than one segment (a large index keeps several: see
/// `index::merge`) and the query has enough postings to be worth it.
/// The thread pool is started by the first query that needs it and kept
/// for the next ones in `pool`.
fn search_segments<C: Collector>(
    searcher: &Searcher,
    query: &dyn Query,
    collector: &C,
    pool: &mut Option<Executor>,
) -> tantivy::Result<C::Fruit> {
    let segments = searcher.segment_readers().len();
    let cores = cores();
    let threads = segments.min(cores);
    if threads < 2 || postings(searcher, query)? < PARALLEL_MIN_POSTINGS {
        return searcher.search(query, collector);
    }
    let executor = match pool {
        Some(executor) => executor,
        None => pool.insert(Executor::multi_thread(threads, "polidx-search-")?),
    };
    searcher.search_with_executor(
        query,
        collector,
        executor,
        EnableScoring::enabled_from_searcher(searcher),
    )
}

/// How many postings the query's terms have in all segments: a bound on
/// the documents it can visit. Queries that name no terms count as many.
fn postings(searcher: &Searcher, query: &dyn Query) -> tantivy::Result<u64> {
    let mut terms: Vec<Term> = Vec::new();
    query.query_terms(&mut |term, _| terms.push(term.clone()));
    if terms.is_empty() {
        return Ok(u64::MAX);
    }
    let mut total = 0u64;
    for term in &terms {
        total = total.saturating_add(searcher.doc_freq(term)?);
    }
    Ok(total)
}

/// The analyzers whose fields hold sections, from the terms of the language
/// field: a few bytes per segment, where opening the language column reads
/// a block table per segment (a tenth of a no-hit query). Terms of deleted
/// documents may add a language no longer held, which costs a little time,
/// never a hit. Querying the fields of languages the index does not have
/// would only cost opening their empty postings in every segment, which is
/// most of the time of a query with few hits.
fn analyzers_in_use(searcher: &Searcher) -> Result<Vec<&'static Analyzer>, SearchError> {
    let mut keys = HashSet::new();
    let field = searcher.schema().get_field("lang")?;
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(field)?;
        let mut terms = inverted
            .terms()
            .stream()
            .map_err(tantivy::TantivyError::from)?;
        while terms.advance() {
            if let Ok(code) = std::str::from_utf8(terms.key()) {
                keys.insert(Analyzer::for_lang(code).key);
            }
        }
    }
    let used: Vec<&'static Analyzer> = ANALYZERS.iter().filter(|a| keys.contains(a.key)).collect();
    // An empty index: search every field, to find nothing the usual way.
    Ok(if used.is_empty() {
        ANALYZERS.iter().collect()
    } else {
        used
    })
}

/// The query tree with each word or phrase replaced by an index into `atoms`.
#[derive(Debug, Clone)]
enum Bound {
    Atom(usize),
    And(Vec<Bound>),
    Or(Vec<Bound>),
    Not(Box<Bound>),
}

fn bind_atoms(node: &Node, analyzers: &[&'static Analyzer], atoms: &mut Vec<Atom>) -> Bound {
    match node {
        Node::Word(text) | Node::Phrase(text) => {
            let terms = analyzers
                .iter()
                .map(|a| {
                    (
                        a.key,
                        analyze(a, text)
                            .into_iter()
                            .map(|t| t.term)
                            .collect::<Vec<_>>(),
                    )
                })
                .filter(|(_, t)| !t.is_empty())
                .collect();
            let translations = translate(text, analyzers);
            atoms.push(Atom {
                terms,
                translations,
            });
            Bound::Atom(atoms.len() - 1)
        }
        Node::And(items) => bind_and(items, analyzers, atoms),
        Node::Or(items) => Bound::Or(
            items
                .iter()
                .map(|n| bind_atoms(n, analyzers, atoms))
                .collect(),
        ),
        Node::Not(inner) => Bound::Not(Box::new(bind_atoms(inner, analyzers, atoms))),
    }
}

/// Binds an AND, recognising glossary phrases typed as loose words: in
/// `third parties`, the two words may also match as the Malay phrase
/// "pihak ketiga", so the run becomes `(third AND parties) OR "pihak ketiga"`.
fn bind_and(items: &[Node], analyzers: &[&'static Analyzer], atoms: &mut Vec<Atom>) -> Bound {
    const LONGEST_PHRASE: usize = 5;
    let mut out = Vec::with_capacity(items.len());
    let mut i = 0;
    while i < items.len() {
        let run_end = items[i..]
            .iter()
            .position(|n| !matches!(n, Node::Word(_)))
            .map_or(items.len(), |p| i + p);
        let phrase = (2..=LONGEST_PHRASE.min(run_end - i)).rev().find_map(|len| {
            let words: Vec<&str> = items[i..i + len]
                .iter()
                .map(|n| match n {
                    Node::Word(w) => w.as_str(),
                    _ => unreachable!("a run of words"),
                })
                .collect();
            let text = words.join(" ");
            let translations = translate(&text, analyzers);
            (!translations.is_empty()).then_some((len, translations))
        });
        match phrase {
            Some((len, translations)) => {
                let words = items[i..i + len]
                    .iter()
                    .map(|n| bind_atoms(n, analyzers, atoms))
                    .collect();
                atoms.push(Atom {
                    terms: HashMap::new(),
                    translations,
                });
                out.push(Bound::Or(vec![
                    Bound::And(words),
                    Bound::Atom(atoms.len() - 1),
                ]));
                i += len;
            }
            None => {
                out.push(bind_atoms(&items[i], analyzers, atoms));
                i += 1;
            }
        }
    }
    Bound::And(out)
}

type Glossary = GlossaryIndex<fn(&str, &str) -> String>;

/// Every glossary phrase's analysed key, worked out beforehand: analysing
/// them all would be most of a no-hit query's work. A unit test keeps the
/// table equal to what the analyzers give.
const GLOSSARY_KEYS: &str = include_str!("glossary-keys.tsv");

/// The glossary, keyed by analysed form so that any inflection of a
/// glossary word finds its translations.
fn glossary() -> &'static Glossary {
    static GLOSSARY: OnceLock<Glossary> = OnceLock::new();
    GLOSSARY.get_or_init(|| {
        let normalize = analysed_key as fn(&str, &str) -> String;
        match Keys::from_table(GLOSSARY_KEYS) {
            Some(keys) => GlossaryIndex::with_keys(normalize, keys),
            None => GlossaryIndex::new(normalize),
        }
    })
}

fn analysed_key(lang: &str, text: &str) -> String {
    analyze(Analyzer::for_lang(lang), text)
        .into_iter()
        .map(|t| t.term)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Translations of a query word or phrase, English to Malay and Malay to
/// English, into the languages being searched.
fn translate(text: &str, analyzers: &[&'static Analyzer]) -> Vec<Translation> {
    let mut out: Vec<Translation> = Vec::new();
    for from in ["en", "ms"] {
        for (to, phrase) in glossary().translate(text, from) {
            let analyzer = Analyzer::for_lang(to);
            if !analyzers.iter().any(|a| a.key == analyzer.key) {
                continue;
            }
            let terms: Vec<String> = analyze(analyzer, phrase)
                .into_iter()
                .map(|t| t.term)
                .collect();
            if terms.is_empty()
                || out
                    .iter()
                    .any(|t| t.key == analyzer.key && t.terms == terms)
            {
                continue;
            }
            out.push(Translation {
                key: analyzer.key,
                terms,
                note: format!("{phrase} ← {text}"),
            });
        }
    }
    out
}

fn to_tantivy(node: &Bound, atoms: &[Atom], fields: &Fields) -> Option<Box<dyn Query>> {
    to_tantivy_in(node, atoms, fields, None)
}

/// The query over the fields of one analyzer (`only`), or of all when None.
/// Every section is in one language, so a section matches the whole query
/// exactly when it matches the part over its own analyzer's fields, with
/// the same score: the terms of other fields never match it.
fn to_tantivy_in(
    node: &Bound,
    atoms: &[Atom],
    fields: &Fields,
    only: Option<&str>,
) -> Option<Box<dyn Query>> {
    match node {
        Bound::Atom(_) | Bound::Or(_) => {
            let mut alternatives = Vec::new();
            push_alternatives(node, atoms, fields, only, &mut alternatives);
            (!alternatives.is_empty())
                .then(|| Box::new(BooleanQuery::new(alternatives)) as Box<dyn Query>)
        }
        Bound::And(items) => {
            let mut clauses = Vec::new();
            let mut positive = false;
            for item in items {
                match item {
                    Bound::Not(inner) => {
                        if let Some(q) = to_tantivy_in(inner, atoms, fields, only) {
                            clauses.push((Occur::MustNot, q));
                        }
                    }
                    other => match to_tantivy_in(other, atoms, fields, only) {
                        Some(q) => {
                            clauses.push((Occur::Must, q));
                            positive = true;
                        }
                        // A part with nothing to search in any language is
                        // left out; one that only other languages' fields
                        // can match rules out this analyzer's sections.
                        None if only.is_some() && to_tantivy(other, atoms, fields).is_some() => {
                            return None
                        }
                        None => {}
                    },
                }
            }
            positive.then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
        }
        // A lone NOT has nothing to match; `parse` rejects such queries.
        Bound::Not(_) => None,
    }
}

/// The alternatives a word or an OR adds to a union, flattened: words,
/// ORs of words and ORs of ORs make one union of term queries, which
/// tantivy ranks with block-max WAND (a union inside a union it cannot),
/// with the same sum of scores.
fn push_alternatives(
    node: &Bound,
    atoms: &[Atom],
    fields: &Fields,
    only: Option<&str>,
    out: &mut Vec<(Occur, Box<dyn Query>)>,
) {
    match node {
        Bound::Atom(i) => {
            for (analyzer, field) in &fields.text {
                let key = analyzer.key;
                if only.is_some_and(|k| k != key) {
                    continue;
                }
                if let Some(terms) = atoms[*i].terms.get(key) {
                    out.push((Occur::Should, text_query(*field, analyzer, terms)));
                }
                for t in atoms[*i].translations.iter().filter(|t| t.key == key) {
                    let translated =
                        BoostQuery::new(text_query(*field, analyzer, &t.terms), TRANSLATION_WEIGHT);
                    out.push((Occur::Should, Box::new(translated)));
                }
            }
        }
        Bound::Or(items) => {
            for item in items {
                push_alternatives(item, atoms, fields, only, out);
            }
        }
        other => {
            if let Some(q) = to_tantivy_in(other, atoms, fields, only) {
                out.push((Occur::Should, q));
            }
        }
    }
}

/// A word as a term; a phrase as the index holds it (`analysis::pairs`):
/// one term when it is a pair of common words, else a phrase of pairs and
/// words.
fn text_query(field: Field, analyzer: &Analyzer, terms: &[String]) -> Box<dyn Query> {
    let mut parts = phrase_terms(analyzer, terms);
    if parts.len() == 1 {
        let (_, text) = parts.pop().expect("one term");
        return Box::new(TermQuery::new(
            Term::from_field_text(field, &text),
            IndexRecordOption::WithFreqs,
        ));
    }
    Box::new(PhraseQuery::new_with_offset(
        parts
            .into_iter()
            .map(|(offset, text)| (offset, Term::from_field_text(field, &text)))
            .collect(),
    ))
}

fn term_query(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    ))
}

/// Policies whose company name or domain contains `name`, case-insensitively,
/// from the distinct values of those columns (far quicker to scan than the
/// term index). None when nothing matches.
fn company_filter(
    searcher: &Searcher,
    fields: &Fields,
    name: &str,
) -> Result<Option<Box<dyn Query>>, SearchError> {
    let needle = name.trim().to_lowercase();
    let mut values: BTreeSet<(Field, String)> = BTreeSet::new();
    // Terms as indexed: the lowercased company name, the domain as is.
    let matches = |value: &str| contains_ignoring_case(value, &needle);
    for value in distinct_matching(searcher, "company", matches)? {
        values.insert((fields.company_key, value.to_lowercase()));
    }
    for value in distinct_matching(searcher, "domain", matches)? {
        values.insert((fields.domain, value));
    }
    if values.is_empty() {
        return Ok(None);
    }
    let should = values
        .into_iter()
        .map(|(field, value)| (Occur::Should, term_query(field, &value)))
        .collect();
    Ok(Some(Box::new(BooleanQuery::new(should))))
}

/// The distinct values of a fast string column that `keep` accepts, read
/// on as many threads as there are cores (a large index has millions of
/// names spread over several segments).
fn distinct_matching(
    searcher: &Searcher,
    column_name: &str,
    keep: impl Fn(&str) -> bool + Sync,
) -> Result<BTreeSet<String>, SearchError> {
    let segments = searcher.segment_readers();
    let cores = cores();
    let threads = segments.len().clamp(1, cores);
    let keep = &keep;
    let found: Vec<Result<Vec<String>, SearchError>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    let mut kept = Vec::new();
                    for segment in segments.iter().skip(t).step_by(threads) {
                        for_each_distinct_in(segment, column_name, |value| {
                            if keep(value) {
                                kept.push(value.to_string());
                            }
                        })?;
                    }
                    Ok(kept)
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("a column scan does not panic"))
            .collect()
    });
    let mut values = BTreeSet::new();
    for kept in found {
        values.extend(kept?);
    }
    Ok(values)
}

/// Calls `visit` with each distinct value of a fast string column in one
/// segment. The values come from the column's dictionary, a sorted string
/// table, so no document is read.
fn for_each_distinct_in(
    segment: &SegmentReader,
    column_name: &str,
    mut visit: impl FnMut(&str),
) -> Result<(), SearchError> {
    let Some(column) = segment.fast_fields().str(column_name)? else {
        return Ok(());
    };
    let mut stream = column
        .dictionary()
        .stream()
        .map_err(tantivy::TantivyError::from)?;
    while stream.advance() {
        if let Ok(value) = std::str::from_utf8(stream.key()) {
            visit(value);
        }
    }
    Ok(())
}

/// Whether `haystack` contains `needle` (already lowercase), in any case;
/// without allocating for ASCII text, which company names and domains
/// mostly are.
fn contains_ignoring_case(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return true;
    }
    if haystack.is_ascii() {
        let needle = needle.as_bytes();
        return haystack
            .as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle));
    }
    haystack.to_lowercase().contains(needle)
}

/// Keeps the first of the hits whose clause is the same, in any case, in
/// the same policy. Hashes each clause lowercased in one reused buffer:
/// hits are many when answers rank every clause of every policy, and a
/// key copied per hit was a tenth of that work.
fn dedup_clauses(hits: &mut Vec<Hit>) {
    fn lowercase_into(clause: &str, buf: &mut Vec<u8>) {
        buf.clear();
        if clause.is_ascii() {
            buf.extend_from_slice(clause.as_bytes());
            buf.make_ascii_lowercase();
        } else {
            buf.extend_from_slice(clause.to_lowercase().as_bytes());
        }
    }
    let mut buf = Vec::new();
    let mut other = Vec::new();
    // Kept hits by hash; equal hashes are compared in full.
    let mut kept: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    let mut keep = Vec::with_capacity(hits.len());
    for (i, hit) in hits.iter().enumerate() {
        lowercase_into(&hit.clause, &mut buf);
        let mut hasher = rustc_hash::FxHasher::default();
        hit.path.hash(&mut hasher);
        buf.hash(&mut hasher);
        let same = kept.entry(hasher.finish()).or_default();
        let repeated = same.iter().any(|&j| {
            lowercase_into(&hits[j].clause, &mut other);
            hits[j].path == hit.path && other == buf
        });
        if !repeated {
            same.push(i);
        }
        keep.push(!repeated);
    }
    let mut keep = keep.into_iter();
    hits.retain(|_| keep.next().unwrap_or(true));
}

/// Matches clauses against the query, caching analyzers and term weights.
struct ClauseRanker<'a> {
    searcher: &'a Searcher,
    fields: &'a Fields,
    /// None: no query text, every clause (of the category) matches.
    tree: Option<&'a Bound>,
    atoms: &'a [Atom],
    category: Option<Category>,
    chains: HashMap<&'static str, tantivy::tokenizer::TextAnalyzer>,
    weights: HashMap<(&'static str, usize), f32>,
    /// Per segment, this ranker's own reader of the document store, once
    /// `own_stores` asked for them: the searcher's readers share one locked
    /// block cache, which rankers on several threads contend for.
    stores: Option<Vec<Option<StoreReader>>>,
}

/// Where each atom matched in one piece of text.
struct Matches {
    /// Per atom: byte spans of its occurrences.
    spans: Vec<Vec<(usize, usize)>>,
    /// Per atom: the translation it matched through, if not directly.
    via: Vec<Option<String>>,
}

impl<'a> ClauseRanker<'a> {
    fn new(
        searcher: &'a Searcher,
        fields: &'a Fields,
        tree: Option<&'a Bound>,
        atoms: &'a [Atom],
        category: Option<Category>,
    ) -> Self {
        ClauseRanker {
            searcher,
            fields,
            tree,
            atoms,
            category,
            chains: HashMap::new(),
            weights: HashMap::new(),
            stores: None,
        }
    }

    /// Reads documents through readers of its own (see `stores`).
    fn own_stores(mut self) -> Self {
        self.stores = Some(Vec::new());
        self
    }

    fn doc(&mut self, address: DocAddress) -> Result<TantivyDocument, SearchError> {
        let Some(stores) = &mut self.stores else {
            return Ok(self.searcher.doc(address)?);
        };
        let ord = address.segment_ord as usize;
        if stores.len() <= ord {
            stores.resize_with(ord + 1, || None);
        }
        let store = match &mut stores[ord] {
            Some(store) => store,
            slot => slot.insert(
                self.searcher
                    .segment_reader(address.segment_ord)
                    .get_store_reader(STORE_CACHE_BLOCKS)
                    .map_err(tantivy::TantivyError::from)?,
            ),
        };
        Ok(store.get(address.doc_id)?)
    }

    /// The matching clauses of `sections`, best first, each clause of a
    /// policy once (the best-ranked copy of a repeated one).
    fn rank_sections(&mut self, sections: &[(f32, DocAddress)]) -> Result<Vec<Hit>, SearchError> {
        let mut hits = Vec::new();
        for &(score, address) in sections {
            let doc = self.doc(address)?;
            self.rank_section(&doc, score, &mut hits);
        }
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.path.cmp(&b.path))
                .then_with(|| a.section_index.cmp(&b.section_index))
                .then_with(|| a.clause_index.cmp(&b.clause_index))
        });
        dedup_clauses(&mut hits);
        for (i, hit) in hits.iter_mut().enumerate() {
            hit.rank = i + 1;
        }
        Ok(hits)
    }

    fn rank_section(&mut self, doc: &TantivyDocument, section_score: f32, hits: &mut Vec<Hit>) {
        let fields = self.fields;
        let category = self.category;
        let text = |field: Field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        let lang = text(fields.lang).unwrap_or_default();
        let analyzer = Analyzer::for_lang(&lang);
        let heading = text(fields.heading).unwrap_or_default();
        let clauses: Vec<&str> = doc
            .get_all(fields.clause)
            .filter_map(|v| v.as_str())
            .collect();
        let labels: Vec<ClauseLabels> = doc
            .get_all(fields.clause_labels)
            .filter_map(|v| v.as_u64())
            .map(ClauseLabels::unpack)
            .collect();
        let label_of = |i: usize| labels.get(i).copied().unwrap_or_default();
        let in_category = |i: usize| category.is_none_or(|c| label_of(i).has(c));
        // Read each metadata field once: a section of many clauses holds many
        // values, and looking a field up scans them.
        let company = text(fields.company).unwrap_or_default();
        let domain = text(fields.domain);
        let path = text(fields.policy_id).unwrap_or_default();
        let archived = text(fields.archived);
        let section_index = doc
            .get_first(fields.section_index)
            .and_then(|v| v.as_u64())
            .unwrap_or(0);
        let make_hit = |clause_index: usize,
                        score: f32,
                        spans: Vec<(usize, usize)>,
                        via: Vec<String>,
                        heading_match: bool| {
            let clause = clauses[clause_index].to_string();
            let matched = spans
                .iter()
                .map(|&(s, e)| clause[s..e].to_string())
                .collect::<Vec<_>>();
            let labels = label_of(clause_index);
            Hit {
                rank: 0,
                score,
                company: company.clone(),
                domain: domain.clone(),
                path: path.clone(),
                lang: lang.clone(),
                section: heading.clone(),
                section_index,
                clause,
                clause_index,
                archived: archived.clone(),
                matched: dedup_keep_order(matched),
                heading_match,
                via,
                categories: labels.categories().map(Category::slug).collect(),
                share: labels.share.map(Stance::as_str),
                sell: labels.sell.map(Stance::as_str),
                labels,
                spans,
            }
        };
        let Some(tree) = self.tree else {
            // No query text: every clause of the category, in order.
            for i in (0..clauses.len()).filter(|&i| in_category(i)) {
                hits.push(make_hit(i, section_score, Vec::new(), Vec::new(), false));
            }
            return;
        };
        let mut any = false;
        for (i, clause) in clauses.iter().enumerate() {
            if !in_category(i) {
                continue;
            }
            let matches = self.match_text(analyzer, clause);
            let coverage = self.coverage(tree, analyzer.key, &matches);
            if coverage <= 0.0 {
                continue;
            }
            any = true;
            let focus = clause_focus(&matches, clause.split_whitespace().count());
            let score = section_score * (0.5 + 0.5 * coverage) * (0.7 + 0.3 * focus);
            let mut spans: Vec<(usize, usize)> = matches.spans.into_iter().flatten().collect();
            spans.sort_unstable();
            spans.dedup();
            let via = dedup_keep_order(matches.via.into_iter().flatten().collect());
            hits.push(make_hit(i, score, spans, via, false));
        }
        if !any {
            if let Some(first) = (0..clauses.len()).find(|&i| in_category(i)) {
                let matches = self.match_text(analyzer, &heading);
                let coverage = self.coverage(tree, analyzer.key, &matches);
                if coverage > 0.0 {
                    let via = dedup_keep_order(matches.via.into_iter().flatten().collect());
                    hits.push(make_hit(
                        first,
                        section_score * 0.5 * coverage,
                        Vec::new(),
                        via,
                        true,
                    ));
                }
            }
        }
    }

    fn match_text(&mut self, analyzer: &'static Analyzer, text: &str) -> Matches {
        let chain = self
            .chains
            .entry(analyzer.key)
            .or_insert_with(|| analyzer.build());
        let tokens = analyze_with(chain, text);
        let mut spans = Vec::with_capacity(self.atoms.len());
        let mut via = Vec::with_capacity(self.atoms.len());
        for atom in self.atoms {
            let direct = atom
                .terms
                .get(analyzer.key)
                .map(|t| find_sequence(&tokens, t))
                .unwrap_or_default();
            if !direct.is_empty() {
                spans.push(direct);
                via.push(None);
                continue;
            }
            let mut found = (Vec::new(), None);
            for t in atom.translations.iter().filter(|t| t.key == analyzer.key) {
                let s = find_sequence(&tokens, &t.terms);
                if !s.is_empty() {
                    found = (s, Some(t.note.clone()));
                    break;
                }
            }
            spans.push(found.0);
            via.push(found.1);
        }
        Matches { spans, via }
    }

    /// How much of the query a text satisfies, from 0 to 1: an AND is the
    /// weighted share of its parts, an OR its best part; rarer terms weigh
    /// more, and a match through a translation counts less.
    fn coverage(&mut self, node: &Bound, key: &'static str, matches: &Matches) -> f32 {
        match node {
            Bound::Atom(i) => match (matches.spans[*i].is_empty(), &matches.via[*i]) {
                (true, _) => 0.0,
                (false, None) => 1.0,
                (false, Some(_)) => TRANSLATION_WEIGHT,
            },
            Bound::Or(items) => items
                .iter()
                .map(|n| self.coverage(n, key, matches))
                .fold(0.0, f32::max),
            Bound::And(items) => {
                let mut total = 0.0;
                let mut got = 0.0;
                for item in items {
                    if matches!(item, Bound::Not(_)) {
                        continue;
                    }
                    let w = self.weight(item, key);
                    total += w;
                    got += w * self.coverage(item, key, matches);
                }
                if total > 0.0 {
                    got / total
                } else {
                    0.0
                }
            }
            Bound::Not(_) => 0.0,
        }
    }

    fn weight(&mut self, node: &Bound, key: &'static str) -> f32 {
        match node {
            Bound::Atom(i) => {
                if let Some(w) = self.weights.get(&(key, *i)) {
                    return *w;
                }
                let w = self.idf(*i, key);
                self.weights.insert((key, *i), w);
                w
            }
            Bound::Or(items) => items
                .iter()
                .map(|n| self.weight(n, key))
                .fold(0.0, f32::max),
            Bound::And(items) => items.iter().map(|n| self.weight(n, key)).sum(),
            Bound::Not(_) => 0.0,
        }
    }

    /// BM25's idf of an atom's rarest term in the analyzer's text field
    /// (its translation's terms when the atom has no direct form there).
    fn idf(&self, atom: usize, key: &'static str) -> f32 {
        let atom = &self.atoms[atom];
        let terms = match atom.terms.get(key) {
            Some(terms) => terms,
            None => match atom.translations.iter().find(|t| t.key == key) {
                Some(t) => &t.terms,
                None => return 1.0,
            },
        };
        let Some((_, field)) = self.fields.text.iter().find(|(a, _)| a.key == key) else {
            return 1.0;
        };
        let n = self.searcher.num_docs() as f32;
        terms
            .iter()
            .map(|t| {
                let df = self
                    .searcher
                    .doc_freq(&Term::from_field_text(*field, t))
                    .unwrap_or(0) as f32;
                (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
            })
            .fold(0.0, f32::max)
            .max(0.1)
    }
}

/// Byte spans where `terms` occur in sequence among `tokens`.
fn find_sequence(tokens: &[AnalyzedToken], terms: &[String]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    if terms.is_empty() || tokens.len() < terms.len() {
        return found;
    }
    for start in 0..=tokens.len() - terms.len() {
        if tokens[start..start + terms.len()]
            .iter()
            .zip(terms)
            .all(|(tok, term)| &tok.term == term)
        {
            found.push((tokens[start].start, tokens[start + terms.len() - 1].end));
        }
    }
    found
}

/// How squarely a clause is about the matched terms, from 0 to 1: BM25's
/// term-frequency saturation and length normalisation applied to the
/// clause, so a short clause that repeats the term beats a long one that
/// mentions it in passing.
fn clause_focus(matches: &Matches, words: usize) -> f32 {
    const K1: f32 = 1.2;
    const B: f32 = 0.75;
    const AVERAGE_WORDS: f32 = 25.0;
    let norm = 1.0 - B + B * words as f32 / AVERAGE_WORDS;
    let matched: Vec<f32> = matches
        .spans
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| {
            let tf = s.len() as f32;
            tf * (K1 + 1.0) / (tf + K1 * norm) / (K1 + 1.0)
        })
        .collect();
    if matched.is_empty() {
        0.0
    } else {
        (matched.iter().sum::<f32>() / matched.len() as f32).min(1.0)
    }
}

fn dedup_keep_order(items: Vec<String>) -> Vec<String> {
    let mut seen = HashSet::new();
    items
        .into_iter()
        .filter(|s| seen.insert(s.to_lowercase()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<&'static Analyzer> {
        ANALYZERS.iter().collect()
    }

    fn atom(terms: &[(&'static str, &str)]) -> Atom {
        Atom {
            terms: terms
                .iter()
                .map(|(key, word)| (*key, vec![word.to_string()]))
                .collect(),
            translations: Vec::new(),
        }
    }

    #[test]
    fn a_part_only_other_languages_can_match_rules_out_a_language() {
        let (_, fields) = crate::index::schema::build();
        // 0: a word with English and Malay terms; 1: only Malay terms;
        // 2: nothing to search in any language.
        let atoms = vec![
            atom(&[("en", "data"), ("ms", "data")]),
            atom(&[("ms", "kuki")]),
            atom(&[]),
        ];
        let both = Bound::And(vec![Bound::Atom(0), Bound::Atom(1)]);
        assert!(to_tantivy_in(&both, &atoms, &fields, Some("en")).is_none());
        assert!(to_tantivy_in(&both, &atoms, &fields, Some("ms")).is_some());
        // A part with nothing to search anywhere is left out, as it is
        // from the query over all fields.
        let with_empty = Bound::And(vec![Bound::Atom(0), Bound::Atom(2)]);
        assert!(to_tantivy_in(&with_empty, &atoms, &fields, Some("en")).is_some());
        // A NOT only other languages can match excludes nothing here.
        let not_malay = Bound::And(vec![Bound::Atom(0), Bound::Not(Box::new(Bound::Atom(1)))]);
        assert!(to_tantivy_in(&not_malay, &atoms, &fields, Some("en")).is_some());
        let either = Bound::Or(vec![Bound::Atom(1), Bound::Atom(2)]);
        assert!(to_tantivy_in(&either, &atoms, &fields, Some("en")).is_none());
        assert!(to_tantivy_in(&either, &atoms, &fields, Some("ms")).is_some());
    }

    #[test]
    fn ors_of_words_make_one_union_of_term_queries() {
        let (_, fields) = crate::index::schema::build();
        let atoms = vec![
            atom(&[("en", "sell")]),
            atom(&[("en", "rent")]),
            atom(&[("en", "leas")]),
        ];
        let nested = Bound::Or(vec![
            Bound::Atom(0),
            Bound::Or(vec![Bound::Atom(1), Bound::Atom(2)]),
        ]);
        let query = format!(
            "{:?}",
            to_tantivy_in(&nested, &atoms, &fields, Some("en")).unwrap()
        );
        assert_eq!(query.matches("BooleanQuery").count(), 1, "{query}");
        assert_eq!(query.matches("TermQuery").count(), 3, "{query}");
        // An AND inside an OR stays a clause of its own.
        let mixed = Bound::Or(vec![
            Bound::Atom(0),
            Bound::And(vec![Bound::Atom(1), Bound::Atom(2)]),
        ]);
        let query = format!(
            "{:?}",
            to_tantivy_in(&mixed, &atoms, &fields, Some("en")).unwrap()
        );
        assert_eq!(query.matches("BooleanQuery").count(), 4, "{query}");
        assert!(query.contains("Must"), "{query}");
    }

    /// tantivy's indexing threads may put one policy's sections in
    /// different segments; answers must still see the policy once.
    #[test]
    fn a_policy_split_over_segments_is_visited_once() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("policy.md");
        std::fs::write(
            &file,
            "# Example Privacy Policy\n\n## Sharing\n\nWe share your data with our partners.\n\n\
             ## Retention\n\nWe keep your data for two years.\n",
        )
        .unwrap();
        let source = crate::ingest::read_single_file(&file, 1 << 20).unwrap();
        let policy = crate::policy::read_policy(&source, None);
        let idx = PolicyIndex::open_or_create(&dir.path().join("index")).unwrap();
        let docs = crate::index::build::policy_documents(&idx.fields, &policy, 1, 2, 3);
        let mut writer = idx.writer(50_000_000).unwrap();
        for doc in docs {
            writer.add_document(doc).unwrap();
            writer.commit().unwrap();
        }
        drop(writer);
        let reader = idx.reader().unwrap();
        assert!(reader.searcher().segment_readers().len() >= 2);
        let request = SearchRequest {
            limit: usize::MAX,
            ..SearchRequest::default()
        };
        let batches = map_policies(&idx, &request, Some).unwrap();
        assert_eq!(batches.len(), 1, "one policy, one batch");
        let sections: BTreeSet<u64> = batches[0].iter().map(|h| h.section_index).collect();
        let with_clauses = policy
            .sections
            .iter()
            .filter(|s| !s.clauses.is_empty())
            .count();
        assert!(with_clauses >= 2);
        assert_eq!(sections.len(), with_clauses, "{:?}", batches[0]);
    }

    #[test]
    fn answers_ranked_on_several_threads_are_those_ranked_on_one() {
        // More policies than one thread's chunk, in several segments.
        let dir = tempfile::tempdir().unwrap();
        let idx = PolicyIndex::open_or_create(&dir.path().join("index")).unwrap();
        let mut writer = idx.writer(50_000_000).unwrap();
        let policies = 5 * RANK_CHUNK / 2;
        for n in 0..policies {
            let file = dir.path().join(format!("p{n}.md"));
            let extra = ["We sell nothing.", "We may sell your data to partners."][n % 2];
            std::fs::write(
                &file,
                format!(
                    "# Company {n} Privacy Policy\n\n## Sharing\n\nWe share your data with \
                     our partners. We do not share it with advertisers. {extra}\n\n\
                     ## Retention\n\nWe keep your data for {n} years.\n"
                ),
            )
            .unwrap();
            let source = crate::ingest::read_single_file(&file, 1 << 20).unwrap();
            let policy = crate::policy::read_policy(&source, None);
            for doc in crate::index::build::policy_documents(&idx.fields, &policy, 1, 2, 3) {
                writer.add_document(doc).unwrap();
            }
            if n % 50 == 49 {
                writer.commit().unwrap();
            }
        }
        writer.commit().unwrap();
        drop(writer);
        let reader = idx.reader().unwrap();
        assert!(reader.searcher().segment_readers().len() >= 2);
        for query in [None, Some("share"), Some("sell")] {
            let request = SearchRequest {
                query: query.map(str::to_string),
                limit: usize::MAX,
                ..SearchRequest::default()
            };
            let on = |threads| {
                let answer = |hits: Vec<Hit>| Some(hits);
                run(&idx, &request, Depth::Exhaustive { threads }, &answer).unwrap()
            };
            let one = on(1);
            assert!(one.len() >= policies / 2, "{query:?}: {}", one.len());
            let key = |batches: &[Vec<Hit>]| {
                batches
                    .iter()
                    .map(|hits| {
                        hits.iter()
                            .map(|h| (h.path.clone(), h.clause.clone(), h.score.to_bits()))
                            .collect::<Vec<_>>()
                    })
                    .collect::<Vec<_>>()
            };
            assert_eq!(key(&one), key(&on(3)), "{query:?}");
        }
    }

    /// An index of one policy written as Markdown, for ranking tests.
    fn index_of(markdown: &str) -> (tempfile::TempDir, PolicyIndex) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("policy.md");
        std::fs::write(&file, markdown).unwrap();
        let source = crate::ingest::read_single_file(&file, 1 << 20).unwrap();
        let policy = crate::policy::read_policy(&source, None);
        let idx = PolicyIndex::open_or_create(&dir.path().join("index")).unwrap();
        let mut writer = idx.writer(50_000_000).unwrap();
        for doc in crate::index::build::policy_documents(&idx.fields, &policy, 1, 2, 3) {
            writer.add_document(doc).unwrap();
        }
        writer.commit().unwrap();
        drop(writer);
        (dir, idx)
    }

    fn sections_found(idx: &PolicyIndex, query: &str) -> Vec<String> {
        let request = SearchRequest {
            query: Some(query.to_string()),
            limit: 10,
            ..SearchRequest::default()
        };
        search(idx, &request)
            .unwrap()
            .into_iter()
            .map(|h| h.section)
            .collect()
    }

    /// Heading and text share one field per language; the heading's words
    /// count `HEADING_WEIGHT` times, so a heading match outranks one more
    /// mention in a text of the same length, and a phrase does not run
    /// from the heading into the text.
    #[test]
    fn heading_words_weigh_more_and_phrases_stay_inside_one_part() {
        let (_dir, idx) = index_of(
            "# Example Privacy Policy\n\n## Cookies\n\nWe use cookies on our pages.\n\n\
             ## Our pages\n\nCookies, cookies and cookies.\n\n\
             ## Third\n\nParties named here see nothing.\n",
        );
        assert_eq!(
            sections_found(&idx, "cookies").first().map(String::as_str),
            Some("Cookies")
        );
        assert!(sections_found(&idx, "\"third parties\"").is_empty());
        assert_eq!(sections_found(&idx, "parties"), ["Third"]);
    }

    /// The per-language queries find the sections, scores and order that
    /// one query over every language's fields finds, at any budget.
    #[test]
    fn per_language_queries_rank_as_one_query_over_all_fields() {
        let dir = tempfile::tempdir().unwrap();
        let idx = PolicyIndex::open_or_create(dir.path()).unwrap();
        let stop = std::sync::atomic::AtomicBool::new(false);
        crate::index::build::index_corpus(
            &idx,
            std::path::Path::new("corpus"),
            &crate::index::build::IndexOptions::default(),
            &crate::index::build::Quiet,
            &stop,
        )
        .unwrap();
        let reader = idx.reader().unwrap();
        let searcher = reader.searcher();
        let analyzers = analyzers_in_use(&searcher).unwrap();
        assert!(
            analyzers.len() > 1,
            "the bundled corpus has English and Malay"
        );
        let queries = [
            "cookies",
            "kuki",
            "information",
            "third parties",
            "\"pihak ketiga\"",
            "sell OR jual",
            "children AND consent",
            "data -kuki",
            "(share OR dedah) AND partners",
            "maklumat peribadi",
            "(sell OR rent) AND \"personal information\"",
            "cookies OR (kuki OR tracking) OR (share AND partners)",
        ];
        let category = Term::from_facet(
            idx.fields.categories,
            &category_facet(Category::ThirdPartySharing),
        );
        let filter: Box<dyn Query> = Box::new(TermQuery::new(category, IndexRecordOption::Basic));
        let mut compared = 0;
        for text in queries {
            let mut atoms = Vec::new();
            let tree = bind_atoms(&query::parse(text).unwrap(), &analyzers, &mut atoms);
            let whole = to_tantivy(&tree, &atoms, &idx.fields).unwrap();
            for filters in [Vec::new(), vec![filter.box_clone()]] {
                let whole: Box<dyn Query> = match filters.first() {
                    None => whole.box_clone(),
                    Some(f) => Box::new(BooleanQuery::new(vec![
                        (Occur::Must, whole.box_clone()),
                        (Occur::Must, f.box_clone()),
                    ])),
                };
                for budget in [3, 10, 1000] {
                    let expected = searcher
                        .search(
                            whole.as_ref(),
                            &TopDocs::with_limit(budget).order_by_score(),
                        )
                        .unwrap();
                    let texts = text_queries(&tree, &atoms, &analyzers, &idx.fields).unwrap();
                    let got = best_sections(&searcher, texts, &filters, budget).unwrap();
                    let addresses =
                        |v: &[(f32, DocAddress)]| v.iter().map(|s| s.1).collect::<Vec<_>>();
                    assert_eq!(
                        addresses(&got),
                        addresses(&expected),
                        "{text} (budget {budget})"
                    );
                    for (g, e) in got.iter().zip(&expected) {
                        assert!(
                            (g.0 - e.0).abs() <= 1e-5 * e.0.abs(),
                            "{text}: {} vs {}",
                            g.0,
                            e.0
                        );
                    }
                    compared += expected.len();
                }
            }
        }
        assert!(compared > 200, "too few sections compared: {compared}");
    }

    #[test]
    fn company_names_match_in_any_case() {
        assert!(contains_ignoring_case("ACR Call Recorder", "call rec"));
        assert!(contains_ignoring_case("acrcloud.com", "cloud"));
        assert!(!contains_ignoring_case("Acronis", "acrc"));
        assert!(contains_ignoring_case("Société Générale", "générale"));
        assert!(!contains_ignoring_case("ab", "abc"));
    }

    #[test]
    fn the_glossary_key_table_is_what_the_analyzers_give() {
        let computed = GlossaryIndex::new(analysed_key as fn(&str, &str) -> String)
            .keys()
            .to_table();
        crate::analysis::tests::assert_table_current(
            "src/search/glossary-keys.tsv",
            GLOSSARY_KEYS,
            &computed,
        );
        assert!(Keys::from_table(GLOSSARY_KEYS).is_some());
    }

    #[test]
    fn glossary_translates_both_ways_in_analysed_form() {
        let notes = |text: &str| {
            translate(text, &all())
                .into_iter()
                .map(|t| t.note)
                .collect::<Vec<_>>()
        };
        assert!(
            notes("third parties").contains(&"pihak ketiga ← third parties".to_string()),
            "{:?}",
            notes("third parties")
        );
        assert!(notes("cookies").contains(&"kuki ← cookies".to_string()));
        assert!(
            notes("pihak ketiga")
                .iter()
                .any(|n| n.starts_with("third part")),
            "{:?}",
            notes("pihak ketiga")
        );
        assert!(
            notes("menjual").iter().any(|n| n.starts_with("sell")),
            "{:?}",
            notes("menjual")
        );
    }
}
