//! `polidx index`, `query` and `stats` driven end to end on the bundled corpus.

mod common;

use std::fs;
use std::process::Stdio;
use std::sync::OnceLock;

use common::*;
use serde_json::Value;

/// One index of the bundled corpus shared by the read-only tests.
fn shared() -> &'static IndexedCorpus {
    static INDEX: OnceLock<IndexedCorpus> = OnceLock::new();
    INDEX.get_or_init(IndexedCorpus::new)
}

fn clauses(hits: &[Value]) -> Vec<String> {
    hits.iter()
        .map(|h| h["clause"].as_str().unwrap().to_string())
        .collect()
}

fn companies(hits: &[Value]) -> Vec<String> {
    let mut names: Vec<String> = hits
        .iter()
        .map(|h| h["company"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    names.dedup();
    names
}

#[test]
fn phrase_hits_contain_the_phrase() {
    let (code, hits) = shared().query("\"third parties\"", &["--limit", "100"]);
    assert_eq!(code, 0);
    assert!(hits.len() >= 20, "{} hits", hits.len());
    for hit in &hits {
        let clause = hit["clause"].as_str().unwrap();
        let lower = clause.to_lowercase().replace('-', " ");
        if hit["via"].as_array().unwrap().is_empty() {
            // "third party", "third-party" and "third parties" share their analysed form.
            assert!(
                lower.contains("third part"),
                "clause without the phrase: {clause}"
            );
        } else {
            assert!(
                lower.contains("pihak ketiga"),
                "translated hit without the phrase: {clause}"
            );
        }
    }
    // A phrase is not two loose words: this clause has both, apart.
    let (_, hits) = shared().query("\"parties third\"", &[]);
    assert!(hits.is_empty());
}

/// Phrases of common words are looked up through indexed word pairs: they
/// must find every clause the loose words find with the phrase in it.
#[test]
fn common_word_phrases_miss_nothing() {
    let normal = |s: &str| {
        s.to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    for phrase in [
        "personal information",
        "we do not sell",
        "with third parties",
        "use your personal information",
        "do not track",
    ] {
        let (_, phrase_hits) = shared().query(&format!("\"{phrase}\""), &["--limit", "100000"]);
        let found: std::collections::HashSet<String> =
            clauses(&phrase_hits).iter().map(|c| normal(c)).collect();
        let loose = phrase.split(' ').collect::<Vec<_>>().join(" AND ");
        let (_, loose_hits) = shared().query(&loose, &["--limit", "100000"]);
        let expected: Vec<String> = clauses(&loose_hits)
            .iter()
            .map(|c| normal(c))
            .filter(|c| c.contains(phrase))
            .collect();
        assert!(!expected.is_empty(), "no clause has \"{phrase}\"");
        for clause in expected {
            assert!(found.contains(&clause), "\"{phrase}\" missed: {clause}");
        }
    }
}

#[test]
fn json_hits_have_the_documented_shape() {
    let (_, hits) = shared().query("cookies", &["--limit", "3"]);
    assert_eq!(hits.len(), 3);
    for (i, hit) in hits.iter().enumerate() {
        assert_eq!(hit["rank"].as_u64(), Some(i as u64 + 1));
        assert!(hit["score"].is_f64());
        for key in ["company", "path", "lang", "section", "clause"] {
            assert!(hit[key].is_string(), "{key} in {hit}");
        }
        assert!(hit["domain"].is_string() || hit["domain"].is_null());
        assert!(hit["matched"].is_array());
    }
    let scores: Vec<f64> = hits.iter().map(|h| h["score"].as_f64().unwrap()).collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "ranked best first: {scores:?}"
    );
}

#[test]
fn no_clause_appears_twice_and_limit_counts_clauses() {
    let (_, hits) = shared().query("information", &["--limit", "25"]);
    assert_eq!(hits.len(), 25);
    let mut keys: Vec<(String, String)> = hits
        .iter()
        .map(|h| {
            (
                h["path"].as_str().unwrap().into(),
                h["clause"].as_str().unwrap().into(),
            )
        })
        .collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), 25);
}

#[test]
fn english_stemming_both_ways() {
    // The query word's other forms are found in the text…
    let (_, hits) = shared().query("sharing", &["--limit", "50"]);
    let text = clauses(&hits).join("\n").to_lowercase();
    assert!(text.contains(" shared "), "sharing → shared");
    assert!(text.contains(" share "), "sharing → share");
    // …and the other way round.
    let (_, hits) = shared().query("disclosed", &["--limit", "50"]);
    assert!(
        clauses(&hits).iter().any(|c| c.contains("disclose ")),
        "disclosed → disclose"
    );
    let (_, hits) = shared().query("disclose", &["--limit", "50"]);
    assert!(
        clauses(&hits).iter().any(|c| c.contains("disclosed")),
        "disclose → disclosed"
    );
}

#[test]
fn malay_stemming_both_ways() {
    let (_, hits) = shared().query("kumpul", &["--limit", "50"]);
    let text = clauses(&hits).join("\n");
    for form in ["mengumpul ", "mengumpulkan", "pengumpulan", "dikumpulkan"] {
        assert!(text.contains(form), "kumpul → {form}");
    }
    // Direct matches are Malay; English ones come through the glossary (collect).
    assert!(hits
        .iter()
        .all(|h| h["lang"] == "ms" || !h["via"].as_array().unwrap().is_empty()));
    // A derived form finds the others.
    let (_, hits) = shared().query("pengumpulan", &["--limit", "50"]);
    assert!(
        clauses(&hits).iter().any(|c| c.contains("dikumpulkan")),
        "pengumpulan → dikumpulkan"
    );
    let (_, hits) = shared().query("dedah", &["--limit", "50"]);
    let text = clauses(&hits).join("\n");
    assert!(
        text.contains("mendedahkan") && text.contains("pendedahan"),
        "dedah → mendedahkan, pendedahan"
    );
}

#[test]
fn language_filter() {
    let (code, hits) = shared().query("data", &["--lang", "ms", "--limit", "20"]);
    assert_eq!(code, 0);
    assert!(!hits.is_empty());
    assert!(hits
        .iter()
        .all(|h| h["lang"] == "ms" && h["company"] == "Aclaro"));
    let (_, hits) = shared().query("data", &["--lang", "en", "--limit", "50"]);
    assert!(hits.iter().all(|h| h["lang"] == "en"));
    let (code, _) = shared().query("data", &["--lang", "de"]);
    assert_eq!(code, 1, "a known language with no policies has no hits");
}

#[test]
fn company_filter_matches_name_or_domain_in_any_case() {
    // A limit above every match: the filter, not the ranking, is under test.
    let (_, hits) = shared().query("information", &["--company", "acr", "--limit", "500"]);
    assert_eq!(
        companies(&hits),
        ["ACR Call Recorder", "ACRCloud", "Acronis"]
    );
    let (_, hits) = shared().query(
        "information",
        &["--company", "CALL RECORDER", "--limit", "50"],
    );
    assert_eq!(companies(&hits), ["ACR Call Recorder"]);
    let (_, hits) = shared().query("data", &["--company", "aclaro.io"]);
    assert_eq!(companies(&hits), ["Aclaro"]);
    let (code, hits) = shared().query("data", &["--company", "no such company"]);
    assert_eq!((code, hits.len()), (1, 0));
}

#[test]
fn boolean_queries() {
    let (_, hits) = shared().query("cookies -browser", &["--limit", "50"]);
    assert!(!hits.is_empty());
    let (_, either) = shared().query("retain OR retention", &["--limit", "50"]);
    let (_, retain) = shared().query("retain", &["--limit", "50"]);
    assert!(either.len() > retain.len());
    let (_, both) = shared().query("sell AND \"customer information\"", &[]);
    assert_eq!(companies(&both), ["ACR Call Recorder"]);
}

#[test]
fn exit_codes_and_errors() {
    let dir = shared();
    let index = dir.index();
    // 1: no hits, nothing on stdout.
    let run1 = run(&["query", "zyzzyva", "--index", &index], dir.dir.path());
    assert_eq!(run1.code(), 1);
    assert!(run1.stdout().is_empty());
    // 2: a query that does not parse says where.
    let bad = run(
        &["query", "\"third parties", "--index", &index],
        dir.dir.path(),
    );
    assert_eq!(bad.code(), 2);
    assert!(
        bad.stderr().contains("at character 1") && bad.stderr().contains("never closed"),
        "{}",
        bad.stderr()
    );
    let empty = run(&["query", "", "--index", &index], dir.dir.path());
    assert_eq!(empty.code(), 2);
    assert!(empty.stderr().contains("empty"), "{}", empty.stderr());
    let lang = run(
        &["query", "data", "--lang", "xx", "--index", &index],
        dir.dir.path(),
    );
    assert_eq!(lang.code(), 2);
    assert!(
        lang.stderr().contains("unknown language code 'xx'"),
        "{}",
        lang.stderr()
    );
    // 2: a missing index says how to build one.
    let missing = run(
        &["query", "data", "--index", "/nonexistent/polidx"],
        dir.dir.path(),
    );
    assert_eq!(missing.code(), 2);
    assert!(
        missing.stderr().contains("polidx index"),
        "{}",
        missing.stderr()
    );
    let stats = run(&["stats", "--index", "/nonexistent/polidx"], dir.dir.path());
    assert_eq!(stats.code(), 2);
}

#[test]
fn terminal_output_names_company_section_language_and_marks_matches() {
    let dir = shared();
    let run = run(
        &["query", "\"do not track\"", "--index", &dir.index()],
        dir.dir.path(),
    );
    assert_eq!(run.code(), 0);
    let out = run.stdout();
    assert!(out.contains("1. "), "{out}");
    assert!(out.contains("CONNACT  DO NOT TRACK SIGNALS  [en]"), "{out}");
    assert!(out.contains("[[Do Not Track]]"), "{out}");
    assert!(out.contains("003_22804a30df8bcfcb.txt"), "{out}");
    assert!(!out.contains('\x1b'), "no colour on a pipe");
    let coloured = common::bin()
        .args([
            "query",
            "\"do not track\"",
            "--index",
            &dir.index(),
            "--color",
            "always",
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&coloured.stdout).contains("\x1b[1;31m"));
}

#[test]
fn closed_pipe_exits_quietly() {
    let dir = shared();
    let mut child = common::bin()
        .args([
            "query",
            "information",
            "--limit",
            "400",
            "--index",
            &dir.index(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn heading_only_match_returns_the_leading_clause() {
    // "Conclusion" is only a heading in the ACR Call Recorder policy.
    let (_, hits) = shared().query("conclusion", &[]);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["section"], "Conclusion");
    assert_eq!(hits[0]["heading_match"], true);
    assert_eq!(
        hits[0]["clause"],
        "ACR Call Recorder may update this policy at any time."
    );
}

/// Questions a privacy researcher asks of the bundled corpus, checked by hand.
#[test]
fn researcher_questions() {
    // Who keeps data for how long?
    let (_, hits) = shared().query("retain OR retention", &["--limit", "20"]);
    let text = clauses(&hits).join("\n");
    assert!(
        text.contains("we will only retain your personal information for two years"),
        "{text}"
    );
    assert!(companies(&hits).contains(&"ACRCloud".to_string()));
    assert!(companies(&hits).contains(&"CONNACT".to_string()));

    // Who responds to Do Not Track?
    let (_, hits) = shared().query("\"do not track\"", &[]);
    assert!(clauses(&hits)
        .iter()
        .any(|c| c == "We do not obey Do Not Track signals from a user’s Internet browser."));
    assert!(companies(&hits).contains(&"CONNACT".to_string()));

    // Who mentions children?
    let (_, hits) = shared().query("children", &["--limit", "30"]);
    assert_eq!(companies(&hits), ["ACR Call Recorder", "CONNACT"]);
    assert!(hits.iter().any(|h| h["section"] == "PRIVACY OF CHILDREN"));

    // Where are cookies explained, in both languages?
    let (_, hits) = shared().query("cookies", &["--limit", "4"]);
    assert!(
        hits.iter()
            .all(|h| h["lang"] == "en" && h["section"] == "Cookies"),
        "{hits:?}"
    );
    let (_, hits) = shared().query("kuki", &["--limit", "3"]);
    assert!(
        hits.iter()
            .all(|h| h["lang"] == "ms" && h["section"] == "9. Kuki"),
        "{hits:?}"
    );
}

#[test]
fn reindexing_gives_the_same_index() {
    let dir = IndexedCorpus::new();
    let index = dir.index();
    let stats = || run(&["stats", "--index", &index, "--json"], dir.dir.path()).json();
    let first = stats();
    let again = run(
        &["index", corpus().to_str().unwrap(), "--index", &index],
        dir.dir.path(),
    );
    assert_eq!(again.code(), 0, "{}", again.stderr());
    let second = stats();
    assert_eq!(first["policies"], 5);
    for key in ["policies", "sections", "clauses", "languages", "companies"] {
        assert_eq!(first[key], second[key], "{key}");
    }
    let (_, hits) = dir.query("\"pihak ketiga\"", &["--limit", "100"]);
    let (_, once) = shared().query("\"pihak ketiga\"", &["--limit", "100"]);
    assert_eq!(clauses(&hits), clauses(&once));
}

#[test]
fn an_index_in_several_segments_answers_as_one_segment_does() {
    // Runs that each change one policy in five leave their segments as
    // they are (only a run that writes a quarter of the index merges its
    // small segments): queries then search segments with deleted
    // documents on several threads and scan each segment's company names.
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let index = index.to_str().unwrap();
    let copy = dir.path().join("corpus");
    fs::create_dir(&copy).unwrap();
    let mut files: Vec<_> = fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    for file in &files {
        fs::copy(file, copy.join(file.file_name().unwrap())).unwrap();
    }
    let build = |what: &str| {
        // One writer thread (16 MiB), so each run writes one segment and
        // the log levels, which merge eight, leave them alone.
        let args = ["index", copy.to_str().unwrap(), "--index", index];
        let built = run(&[&args[..], &["--memory", "16"]].concat(), dir.path());
        assert_eq!(built.code(), 0, "{what}: {}", built.stderr());
    };
    build("first run");
    for file in files.iter().take(4) {
        // A trailing newline changes the file's hash, not what it says.
        let path = copy.join(file.file_name().unwrap());
        let mut bytes = fs::read(&path).unwrap();
        bytes.push(b'\n');
        fs::write(&path, bytes).unwrap();
        build(&file.display().to_string());
    }
    let stats = run(&["stats", "--index", index, "--json"], dir.path()).json();
    assert_eq!(stats["policies"], 5);
    let segments = stats["segments"].as_u64().unwrap();
    assert!(
        segments >= 5,
        "expected a segment per run, found {segments}"
    );

    let sorted = |hits: &[Value]| {
        let mut found: Vec<(String, String)> = hits
            .iter()
            .map(|h| (h["company"].to_string(), h["clause"].to_string()))
            .collect();
        found.sort();
        found
    };
    for (q, extra) in [
        ("information", &["--company", "acr", "--limit", "50"][..]),
        ("data", &["--company", "aclaro.io", "--limit", "50"][..]),
        ("\"third parties\"", &["--limit", "50"][..]),
        ("cookies", &["--limit", "50"][..]),
    ] {
        let mut args = vec!["query", q, "--index", index, "--json"];
        args.extend_from_slice(extra);
        let split = run(&args, dir.path());
        assert_eq!(split.code(), 0, "{q}: {}", split.stderr());
        let (_, whole) = shared().query(q, extra);
        assert!(!whole.is_empty(), "{q}");
        assert_eq!(sorted(&split.json_lines()), sorted(&whole), "{q} {extra:?}");
    }
    let answers = |command: &[&str], index: &str| {
        let mut args = command.to_vec();
        args.extend_from_slice(&["--index", index, "--json"]);
        let run = run(&args, dir.path());
        assert_eq!(run.code(), 0, "{}", run.stderr());
        // Scores differ: a deleted document counts in its segment's term
        // statistics until a merge drops it, as in Lucene.
        let mut rows = run.json_lines();
        for row in &mut rows {
            row.as_object_mut().unwrap().remove("score");
        }
        rows
    };
    for command in [&["companies", "sell"][..], &["practices"][..]] {
        assert_eq!(
            answers(command, index),
            answers(command, &shared().index()),
            "{command:?}"
        );
    }
}

#[test]
fn stats_reports_what_the_index_holds() {
    let dir = shared();
    let run = run(
        &["stats", "--index", &dir.index(), "--json"],
        dir.dir.path(),
    );
    assert_eq!(run.code(), 0);
    let s = run.json();
    assert_eq!(s["policies"], 5);
    assert_eq!(s["languages"]["en"], 4);
    assert_eq!(s["languages"]["ms"], 1);
    assert_eq!(s["companies"], 5);
    assert!(s["sections"].as_u64().unwrap() >= 60);
    assert!(s["clauses"].as_u64().unwrap() >= 400);
    assert!(s["size_bytes"].as_u64().unwrap() > 0);
    let text = run_text(&["stats", "--index", &dir.index()]);
    assert!(text.contains("policies: 5"), "{text}");
}

#[test]
fn a_full_build_ends_with_its_small_segments_merged() {
    // A commit after every policy, with one writer thread (16 MiB), writes
    // a segment each; too few for the writer's log levels to merge, so
    // only the merge at the end of a large run brings them together.
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let index = index.to_str().unwrap();
    let corpus = corpus();
    let args = ["index", corpus.to_str().unwrap(), "--index", index];
    let options = ["--commit-every", "1", "--memory", "16", "--json"];
    let built = run(&[&args[..], &options[..]].concat(), dir.path());
    assert_eq!(built.code(), 0, "{}", built.stderr());
    assert_eq!(built.json()["tail_merges"], 1);
    let stats = run(&["stats", "--index", index, "--json"], dir.path()).json();
    assert_eq!(stats["segments"], 1, "{stats}");
    assert_eq!(stats["policies"], 5);
    let text = run_text(&["stats", "--index", index]);
    assert!(text.contains("in 1 segment\n"), "{text}");
}

fn run_text(args: &[&str]) -> String {
    run(args, &root()).stdout()
}

#[test]
fn index_summary_counts_languages_and_skipped_files() {
    let corpus_dir = tempfile::tempdir().unwrap();
    for entry in fs::read_dir(corpus()).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, corpus_dir.path().join(path.file_name().unwrap())).unwrap();
    }
    fs::write(corpus_dir.path().join("logo.png"), b"\x89PNG\r\n\x1a\n\0\0").unwrap();
    fs::write(
        corpus_dir.path().join("fake.txt"),
        b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
    )
    .unwrap();
    fs::write(corpus_dir.path().join("empty.md"), b"  \n").unwrap();
    let out = tempfile::tempdir().unwrap();
    let index = out.path().join("index");
    let json = run(
        &[
            "index",
            corpus_dir.path().to_str().unwrap(),
            "--index",
            index.to_str().unwrap(),
            "--json",
        ],
        out.path(),
    );
    assert_eq!(json.code(), 0, "{}", json.stderr());
    let s = json.json();
    assert_eq!(s["policies"], 5);
    assert_eq!(s["languages"]["ms"], 1);
    let skipped = s["skipped"].as_array().unwrap();
    let reason = |p: &str| {
        skipped
            .iter()
            .find(|s| s["path"] == p)
            .map(|s| s["reason"].as_str().unwrap().to_string())
            .unwrap_or_else(|| panic!("{p} not reported: {skipped:?}"))
    };
    assert!(reason("logo.png").contains("unsupported file type"));
    assert!(reason("fake.txt").contains("binary file (ELF executable)"));
    assert!(reason("empty.md").contains("empty"));
    // Without --json the summary goes to stderr and stdout stays empty.
    let plain = run(
        &[
            "index",
            corpus_dir.path().to_str().unwrap(),
            "--index",
            index.to_str().unwrap(),
        ],
        out.path(),
    );
    assert!(plain.stdout().is_empty());
    assert!(
        plain.stderr().contains("indexed 5 policies"),
        "{}",
        plain.stderr()
    );
    assert!(
        plain.stderr().contains("fake.txt: binary file"),
        "{}",
        plain.stderr()
    );
}

/// On a fresh clone the default index folder holds only a placeholder; the
/// first query indexes the bundled corpus and answers.
#[test]
fn fresh_clone_query_builds_the_index_first() {
    let clone = tempfile::tempdir().unwrap();
    fs::create_dir(clone.path().join("corpus")).unwrap();
    for entry in fs::read_dir(corpus()).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(
            &path,
            clone.path().join("corpus").join(path.file_name().unwrap()),
        )
        .unwrap();
    }
    fs::create_dir(clone.path().join("index")).unwrap();
    fs::write(clone.path().join("index/.gitignore"), "*\n!.gitignore\n").unwrap();
    let first = run(&["query", "\"third parties\""], clone.path());
    assert_eq!(first.code(), 0, "{}", first.stderr());
    assert!(
        first.stderr().contains("indexing the bundled corpus"),
        "{}",
        first.stderr()
    );
    assert!(first.stdout().contains("third parties"));
    let second = run(&["query", "\"third parties\""], clone.path());
    assert_eq!(second.code(), 0);
    assert!(!second.stderr().contains("indexing"), "indexed only once");
    assert_eq!(first.stdout(), second.stdout());
}
