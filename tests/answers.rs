//! Answers across companies: practice categories, English↔Malay retrieval,
//! and sharing/selling stances, on the bundled corpus.

mod common;

use std::sync::OnceLock;

use common::*;
use polidx::index::PolicyIndex;
use polidx::search::{search, SearchRequest};
use serde_json::Value;

fn shared() -> &'static IndexedCorpus {
    static INDEX: OnceLock<IndexedCorpus> = OnceLock::new();
    INDEX.get_or_init(IndexedCorpus::new)
}

fn companies(args: &[&str]) -> Vec<Value> {
    let dir = shared();
    let index = dir.index();
    let mut all = vec!["companies"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--index", &index, "--json"]);
    let run = run(&all, dir.dir.path());
    assert_eq!(run.code(), 0, "{}", run.stderr());
    run.json_lines()
}

fn row<'a>(rows: &'a [Value], company: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["company"] == company)
        .unwrap_or_else(|| panic!("no row for {company}: {rows:?}"))
}

#[test]
fn every_bundled_company_shares_data_in_some_form() {
    let rows = companies(&["--category", "third-party-sharing"]);
    assert_eq!(rows.len(), 5, "{rows:?}");
    for r in &rows {
        for key in ["company", "lang", "stance", "clause", "section", "path"] {
            assert!(r[key].is_string(), "{key} in {r}");
        }
        assert!(r["support"].as_u64().unwrap() >= 1);
        assert!(
            ["affirmed", "limited"].contains(&r["stance"].as_str().unwrap()),
            "{r}"
        );
    }
    // CONNACT shares only with its service providers.
    assert_eq!(row(&rows, "CONNACT")["stance"], "limited");
    assert_eq!(row(&rows, "ACRCloud")["stance"], "affirmed");
    // Evidence says something on its own: not a bare list lead-in.
    for r in &rows {
        let clause = r["clause"].as_str().unwrap();
        assert!(!clause.trim_end().ends_with(':'), "{r}");
    }
    // A category alone scores every clause alike: the evidence comes from a
    // section about sharing where the policy has one (Aclaro's first
    // supporting clause is under "How We Use and Process Data").
    for company in ["ACR Call Recorder", "ACRCloud", "Aclaro", "CONNACT"] {
        let section = row(&rows, company)["section"]
            .as_str()
            .unwrap()
            .to_lowercase();
        assert!(
            ["shar", "disclos", "pendedahan"]
                .iter()
                .any(|w| section.contains(w)),
            "{company}: {section}"
        );
    }
    // Affirmed rows come before limited ones, limited before denied.
    let order: Vec<u8> = rows
        .iter()
        .map(|r| match r["stance"].as_str().unwrap() {
            "affirmed" => 0,
            "limited" => 1,
            _ => 2,
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
}

#[test]
fn who_says_they_do_not_sell() {
    let rows = companies(&["sell"]);
    assert_eq!(row(&rows, "ACR Call Recorder")["stance"], "denied");
    assert_eq!(
        row(&rows, "ACR Call Recorder")["clause"],
        "We DO NOT sell customer information."
    );
    let aclaro = row(&rows, "Aclaro");
    assert_eq!(aclaro["stance"], "denied");
    assert!(aclaro["clause"]
        .as_str()
        .unwrap()
        .contains("Kami tidak akan menyewa atau menjual Data anda"));
    assert_eq!(aclaro["via"][0], "jual ← sell");
    // Selling products is not selling data: no company affirms selling.
    assert!(rows.iter().all(|r| r["stance"] != "affirmed"), "{rows:?}");
}

#[test]
fn companies_csv_and_errors() {
    let dir = shared();
    let index = dir.index();
    let csv = run(
        &["companies", "sell", "--index", &index, "--csv"],
        dir.dir.path(),
    );
    assert_eq!(csv.code(), 0);
    let out = csv.stdout();
    assert!(
        out.starts_with(
            "company,domain,lang,stance,support,matched,section,clause,path,archived,other_policies\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("ACR Call Recorder,acrcallrecorder.co,en,denied,"),
        "{out}"
    );
    let nothing = run(&["companies", "--index", &index], dir.dir.path());
    assert_eq!(nothing.code(), 2);
    assert!(
        nothing.stderr().contains("--category"),
        "{}",
        nothing.stderr()
    );
    let bad = run(
        &["companies", "--category", "gossip", "--index", &index],
        dir.dir.path(),
    );
    assert_eq!(bad.code(), 2);
    assert!(
        bad.stderr().contains("third-party-sharing"),
        "lists the names: {}",
        bad.stderr()
    );
}

#[test]
fn practice_matrix_with_evidence() {
    let dir = shared();
    let index = dir.index();
    let run_json = run(&["practices", "--index", &index, "--json"], dir.dir.path());
    assert_eq!(run_json.code(), 0, "{}", run_json.stderr());
    let rows = run_json.json_lines();
    assert_eq!(rows.len(), 5);
    let acr = row(&rows, "ACR Call Recorder");
    assert_eq!(acr["practices"]["selling"]["stance"], "denied");
    assert_eq!(acr["practices"]["do-not-track"]["stance"], "addressed");
    assert!(acr["practices"]["data-retention"]["clause"].is_string());
    let one = run(
        &["practices", "--company", "connact", "--index", &index],
        dir.dir.path(),
    );
    assert_eq!(one.code(), 0);
    let text = one.stdout();
    assert!(
        text.contains("CONNACT") && !text.contains("Acronis"),
        "{text}"
    );
    assert!(text.contains("limited"), "{text}");
    let csv = run(&["practices", "--index", &index, "--csv"], dir.dir.path());
    assert!(csv.stdout().starts_with(
        "company,domain,lang,practice,stance,clauses,section,clause,path,archived,other_policies\n"
    ));
}

/// Two snapshots of one company's policy, years apart, that disagree.
fn snapshot(year: &str, statement: &str) -> String {
    format!(
        "> *The following text is extracted and transformed from the northwindtraders.com \
         privacy policy that was archived on {year}-03-01. Please check the [original snapshot \
         on the Wayback Machine](https://web.archive.org/web/{year}/https://northwindtraders.com/privacy) \
         for the most accurate reproduction.*\n\n# Northwind Traders Privacy Policy\n\n\
         ## Sharing\n\n{statement} We collect your name and email address when you order.\n"
    )
}

#[test]
fn a_company_with_several_policies_answers_once_from_the_newest() {
    let corpus = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(corpus.path().join(name), text).unwrap();
    write(
        "northwind-2012.md",
        &snapshot(
            "2012",
            "We may sell your personal information to advertisers and data brokers.",
        ),
    );
    write(
        "northwind-2019.md",
        &snapshot(
            "2019",
            "We do not sell your personal information to anyone.",
        ),
    );
    write(
        "globex.md",
        "# Globex Privacy Policy\n\nGlobex respects your privacy.\n\n## Selling\n\n\
         Globex may sell customer lists to marketing partners.\n",
    );
    let dir = IndexedCorpus::of(corpus.path());
    let index = dir.index();
    let out = run(
        &["companies", "sell", "--index", &index, "--json"],
        dir.dir.path(),
    );
    assert_eq!(out.code(), 0, "{}", out.stderr());
    let rows = out.json_lines();
    assert_eq!(rows.len(), 2, "{rows:?}");
    let northwind = row(&rows, "Northwind Traders");
    assert_eq!(northwind["stance"], "denied");
    assert_eq!(northwind["path"], "northwind-2019.md");
    assert_eq!(northwind["archived"], "2019-03-01");
    assert_eq!(
        northwind["other_policies"],
        serde_json::json!(["northwind-2012.md"])
    );
    // A short policy of names and plain words is English, not French.
    assert_eq!(row(&rows, "Globex")["lang"], "en");
    let text = run(&["companies", "sell", "--index", &index], dir.dir.path()).stdout();
    assert!(text.contains("also: northwind-2012.md"), "{text}");

    let out = run(&["practices", "--index", &index, "--json"], dir.dir.path());
    let rows = out.json_lines();
    assert_eq!(rows.len(), 2, "{rows:?}");
    let northwind = row(&rows, "Northwind Traders");
    assert_eq!(northwind["practices"]["selling"]["stance"], "denied");
    assert_eq!(
        northwind["other_policies"],
        serde_json::json!(["northwind-2012.md"])
    );
}

#[test]
fn category_filter_on_queries() {
    let (code, hits) = shared().query("data", &["--category", "data-retention", "--limit", "50"]);
    assert_eq!(code, 0);
    assert!(!hits.is_empty());
    for hit in &hits {
        let categories: Vec<&str> = hit["categories"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        assert!(categories.contains(&"data-retention"), "{hit}");
    }
    // Retention periods of two companies, in two languages.
    let text: Vec<&str> = hits.iter().map(|h| h["clause"].as_str().unwrap()).collect();
    assert!(text.iter().any(|c| c.contains("7 tahun")), "{text:?}");
    let bad = run(
        &[
            "query",
            "data",
            "--category",
            "gossip",
            "--index",
            &shared().index(),
        ],
        &root(),
    );
    assert_eq!(bad.code(), 2);
    assert!(
        bad.stderr().contains("unknown category 'gossip'"),
        "{}",
        bad.stderr()
    );
}

#[test]
fn english_query_finds_malay_clauses_and_back() {
    let (_, hits) = shared().query("third parties", &["--lang", "ms", "--limit", "20"]);
    assert!(hits.len() >= 3);
    for hit in &hits {
        assert_eq!(hit["company"], "Aclaro");
        assert!(
            hit["clause"]
                .as_str()
                .unwrap()
                .to_lowercase()
                .contains("pihak ketiga"),
            "{hit}"
        );
        assert_eq!(hit["via"][0], "pihak ketiga ← third parties");
    }
    let (_, hits) = shared().query("\"pihak ketiga\"", &["--lang", "en", "--limit", "5"]);
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h["clause"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .contains("third part")));
    // The glossary pairs named in the issue, each way.
    for (english, malay_clause_word) in [
        ("sell", "menjual"),
        ("cookies", "kuki"),
        ("disclose", "mendedahkan"),
        ("retain", "simpan"),
    ] {
        let (_, hits) = shared().query(english, &["--lang", "ms", "--limit", "50"]);
        assert!(
            hits.iter().any(|h| h["clause"]
                .as_str()
                .unwrap()
                .to_lowercase()
                .contains(malay_clause_word)),
            "{english} → {malay_clause_word}"
        );
    }
    for (malay, english_word) in [
        ("kanak-kanak", "children"),
        ("jual", "sell"),
        ("kuki", "cookie"),
        ("dedah", "disclose"),
    ] {
        let (_, hits) = shared().query(malay, &["--lang", "en", "--limit", "50"]);
        assert!(
            hits.iter().any(|h| h["clause"]
                .as_str()
                .unwrap()
                .to_lowercase()
                .contains(english_word)),
            "{malay} → {english_word}"
        );
    }
}

#[test]
fn translated_matches_rank_below_direct_ones() {
    let (_, hits) = shared().query("cookies", &["--limit", "100"]);
    // English sections about cookies (headed so) against the Malay section
    // about cookies reached through "kuki": the direct ones rank first.
    let direct_english: Vec<f64> = hits
        .iter()
        .filter(|h| {
            h["lang"] == "en"
                && h["section"]
                    .as_str()
                    .unwrap()
                    .to_lowercase()
                    .contains("cookie")
        })
        .map(|h| h["score"].as_f64().unwrap())
        .collect();
    assert!(!direct_english.is_empty());
    let translated: Vec<f64> = hits
        .iter()
        .filter(|h| !h["via"].as_array().unwrap().is_empty())
        .map(|h| h["score"].as_f64().unwrap())
        .collect();
    assert!(
        !translated.is_empty(),
        "cookies reaches the Malay kuki clauses"
    );
    let lowest_english = direct_english.iter().cloned().fold(f64::MAX, f64::min);
    assert!(
        translated.iter().all(|&s| s < lowest_english),
        "{translated:?} vs {lowest_english}"
    );
    let run = run(
        &[
            "query",
            "cookies",
            "--lang",
            "ms",
            "--index",
            &shared().index(),
        ],
        &root(),
    );
    assert!(
        run.stdout().contains("matched: kuki ← cookies"),
        "{}",
        run.stdout()
    );
}

/// Every glossary concept the bundled Malay policy contains is found by its
/// English form, restricted to Malay.
#[test]
fn every_glossary_concept_in_the_malay_policy_is_reachable_from_english() {
    use polidx::analysis::{analyze, Analyzer};
    let idx = PolicyIndex::open(std::path::Path::new(&shared().index())).unwrap();
    let malay = std::fs::read_to_string(corpus().join("002_e4a214cb1e8f383f.txt")).unwrap();
    let ms = Analyzer::for_lang("ms");
    let terms = |text: &str| {
        analyze(ms, text)
            .into_iter()
            .map(|t| t.term)
            .collect::<Vec<_>>()
    };
    let policy_terms = terms(&malay);
    let contains = |phrase: &[String]| {
        !phrase.is_empty() && policy_terms.windows(phrase.len()).any(|w| w == phrase)
    };
    let mut checked = 0;
    let mut missing = Vec::new();
    for entry in polidx::glossary::entries() {
        if !entry.ms.iter().any(|m| contains(&terms(m))) {
            continue;
        }
        checked += 1;
        let request = SearchRequest {
            query: Some(format!("\"{}\"", entry.en)),
            limit: 5,
            lang: Some("ms".into()),
            ..SearchRequest::default()
        };
        let hits = search(&idx, &request).unwrap();
        if !hits.iter().any(|h| h.company == "Aclaro") {
            missing.push(entry.en);
        }
    }
    assert!(checked >= 60, "only {checked} concepts checked");
    assert!(
        missing.is_empty(),
        "not reachable from English: {missing:?}"
    );
}
