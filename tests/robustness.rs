//! Bad input, bad indexes, interrupted and concurrent runs: nothing is lost,
//! every problem is reported, and the index stays queryable.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use common::*;
use serde_json::Value;

fn copy_seeds(to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(corpus()).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
    }
}

fn index_json(corpus: &Path, index: &Path, extra: &[&str]) -> Value {
    let mut args = vec![
        "index",
        corpus.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
        "--json",
    ];
    args.extend_from_slice(extra);
    let run = run(&args, corpus.parent().unwrap());
    assert_eq!(run.code(), 0, "{}", run.stderr());
    run.json()
}

fn query(index: &Path, q: &str) -> common::Run {
    run(
        &[
            "query",
            q,
            "--index",
            index.to_str().unwrap(),
            "--json",
            "--limit",
            "50",
        ],
        &root(),
    )
}

fn skip_reason(summary: &Value, path: &str) -> String {
    summary["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["path"] == path)
        .map(|s| s["reason"].as_str().unwrap().to_string())
        .unwrap_or_else(|| panic!("{path} not reported as skipped: {}", summary["skipped"]))
}

/// A policy body long enough to be read as English.
const POLICY: &str = "Privacy Policy\n\nWe collect your name and email address when you register. We use this information to provide the service and we never sell it to third parties.\n";

#[test]
fn bad_files_are_indexed_or_reported_and_the_run_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let c = tmp.path().join("corpus");
    fs::create_dir_all(&c).unwrap();
    fs::write(c.join("good.txt"), POLICY).unwrap();
    fs::write(c.join("empty.txt"), "").unwrap();
    fs::write(c.join("blank.md"), " \n\t\n\u{a0}\n").unwrap();
    fs::write(
        c.join("image.txt"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10",
    )
    .unwrap();
    fs::write(
        c.join("program.html"),
        b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0",
    )
    .unwrap();
    fs::write(c.join("archive.txt"), b"PK\x03\x04\x14\0\0\0\x08\0\0\0!\0").unwrap();
    // Invalid UTF-8 in the middle of English text.
    fs::write(c.join("broken-utf8.txt"), b"Privacy Notice\n\nWe keep your \xff\xfe data safe and we share it with no one at all, as explained in this notice for our visitors and members.\n").unwrap();
    // Latin-1.
    fs::write(c.join("latin1.txt"), b"Pol\xedtica de privacidad\n\nRecopilamos su informaci\xf3n personal cuando usted se registra en nuestro sitio y no la compartimos con terceros sin su consentimiento expreso.\n").unwrap();
    for (name, big_endian) in [("utf16le.txt", false), ("utf16be.txt", true)] {
        let mut bytes = if big_endian {
            vec![0xfe, 0xff]
        } else {
            vec![0xff, 0xfe]
        };
        let text = "Privacy Statement\n\nWe protect the confidentiality of your personal information with encryption and strict access controls at all times.\n";
        for unit in text.encode_utf16() {
            bytes.extend_from_slice(&if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            });
        }
        fs::write(c.join(name), bytes).unwrap();
    }
    // 100 MB: over the size limit, skipped without being read.
    let big = fs::File::create(c.join("huge.txt")).unwrap();
    big.set_len(100 * 1024 * 1024).unwrap();
    // A single 10 MB line.
    let sentence = "We retain account records for seven years to meet our legal obligations. ";
    fs::write(
        c.join("one-line.txt"),
        sentence.repeat(10 * 1024 * 1024 / sentence.len()),
    )
    .unwrap();
    // 100,000 headings.
    let mut many = String::new();
    for i in 0..100_000 {
        many.push_str(&format!(
            "## Topic {i}\n\nClause number {i} of this long policy.\n\n"
        ));
    }
    fs::write(c.join("many-headings.md"), many).unwrap();
    // Deeply nested folders.
    let mut deep = c.clone();
    for i in 0..40 {
        deep = deep.join(format!("level{i}"));
    }
    fs::create_dir_all(&deep).unwrap();
    fs::write(deep.join("deep.txt"), "Deep Policy\n\nOur cookie banner explains how we use analytics cookies for measuring visits to the deepest page.\n").unwrap();
    // Symbolic links: a loop, and one pointing out of the corpus.
    let outside = tmp.path().join("outside.txt");
    fs::write(&outside, "Outside Policy\n\nThis file lives outside the corpus and must not be indexed through a link at all.\n").unwrap();
    std::os::unix::fs::symlink(&c, c.join("loop")).unwrap();
    std::os::unix::fs::symlink(&outside, c.join("escape.txt")).unwrap();
    // No read permission (root can still read it; then it is simply indexed).
    let locked = c.join("locked.txt");
    fs::write(&locked, "Locked Policy\n\nWe restrict access to personal information to employees who need it for their work here.\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let locked_readable = fs::read(&locked).is_ok();
    // A file name that is not UTF-8.
    use std::os::unix::ffi::OsStrExt;
    let odd_name = c.join(std::ffi::OsStr::from_bytes(b"caf\xe9.txt"));
    fs::write(&odd_name, "Cafe Policy\n\nOur coffee shop loyalty programme stores your purchase history for rewards and nothing else.\n").unwrap();
    // Messy HTML and Markdown.
    fs::write(c.join("messy.html"), "<html><head><title>Messy Co Privacy</title><style>p{color:red}</style><script>var secretword='zanzibarquux';</script></head><body><!-- comment zanzibarcomment --><nav><a href=/>Home</a></nav><h1>Privacy &amp; You</h1><p>We use cookies &mdash; small files &lt;stored&gt; on your device.<p>Unclosed paragraph about advertising partners<div><b>Bold</div></span></i>Stray end tags are ignored by our parser and the text stays readable.</body>").unwrap();
    fs::write(c.join("mixed.md"), "# Data Table\n\n| Data | Kept for |\n|---|---|\n| Logs | 30 days |\n\n```\nretention_days = 30\n```\n\nWe keep <b>server logs</b> for thirty days and then delete them permanently.\n").unwrap();

    let index = tmp.path().join("index");
    let summary = index_json(&c, &index, &[]);
    assert!(skip_reason(&summary, "empty.txt").contains("empty"));
    assert!(skip_reason(&summary, "blank.md").contains("empty"));
    assert!(skip_reason(&summary, "image.txt").contains("binary file (PNG image)"));
    assert!(skip_reason(&summary, "program.html").contains("binary file (ELF executable)"));
    assert!(skip_reason(&summary, "archive.txt").contains("binary file (zip archive)"));
    assert!(skip_reason(&summary, "huge.txt").contains("too large"));
    assert!(skip_reason(&summary, "loop").contains("symbolic link"));
    assert!(skip_reason(&summary, "escape.txt").contains("symbolic link"));
    if !locked_readable {
        assert!(skip_reason(&summary, "locked.txt").contains("Permission denied"));
    }
    let expected = 11 + usize::from(locked_readable);
    assert_eq!(summary["policies"], expected, "{summary}");

    let found = |q: &str| {
        let r = query(&index, q);
        assert_eq!(r.code(), 0, "{q}: {}", r.stderr());
        r.json_lines()
    };
    assert!(found("privacidad")
        .iter()
        .any(|h| h["path"] == "latin1.txt"));
    assert_eq!(found("encryption").len(), 2, "both UTF-16 files");
    assert!(found("safe").iter().any(|h| h["path"] == "broken-utf8.txt"));
    assert!(found("\"seven years\"")
        .iter()
        .any(|h| h["path"] == "one-line.txt"));
    assert!(found("\"clause number 99999\"")
        .iter()
        .any(|h| h["section"] == "Topic 99999"));
    assert!(found("\"deepest page\"")
        .iter()
        .any(|h| h["path"].as_str().unwrap().ends_with("level39/deep.txt")));
    assert!(found("loyalty")
        .iter()
        .any(|h| h["path"].as_str().unwrap().starts_with("caf")));
    assert!(found("advertising")
        .iter()
        .any(|h| h["path"] == "messy.html"));
    assert!(found("\"thirty days\"")
        .iter()
        .any(|h| h["path"] == "mixed.md"));
    assert!(
        found("retention_days")
            .iter()
            .any(|h| h["path"] == "mixed.md"),
        "code block text is kept"
    );
    // Script, style and comments are not policy text; nothing came through the links.
    for absent in ["zanzibarquux", "zanzibarcomment", "outside"] {
        assert_eq!(query(&index, absent).code(), 1, "{absent}");
    }
}

#[test]
fn a_file_removed_before_it_is_read_is_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("gone.txt");
    fs::write(&path, POLICY).unwrap();
    let (files, _) = polidx::ingest::walk_corpus(tmp.path());
    fs::remove_file(&path).unwrap();
    let skip = polidx::ingest::read_policy_file(&files[0], 1 << 20).unwrap_err();
    assert_eq!(skip.path, "gone.txt");
    assert!(skip.reason.contains("cannot open"), "{}", skip.reason);
}

#[test]
fn an_index_built_by_another_reading_is_read_again() {
    let tmp = tempfile::tempdir().unwrap();
    let c = tmp.path().join("corpus");
    copy_seeds(&c);
    let index = tmp.path().join("index");
    index_json(&c, &index, &[]);
    // An index from a polidx that did not record its reading (or read
    // differently): its documents carry that reading's labels.
    let version = index.join("polidx-index.json");
    let recorded: Value = serde_json::from_str(&fs::read_to_string(&version).unwrap()).unwrap();
    assert!(recorded["reading"].as_str().is_some_and(|r| !r.is_empty()));
    let old = serde_json::json!({
        "format": recorded["format"],
        "schema_version": recorded["schema_version"],
    });
    fs::write(&version, old.to_string()).unwrap();
    assert_eq!(
        query(&index, "quasar").code(),
        1,
        "the old index stays readable"
    );

    let again = index_json(&c, &index, &[]);
    assert_eq!(
        (again["updated"].as_u64(), again["unchanged"].as_u64()),
        (Some(5), Some(0))
    );
    assert_eq!(again["policies"], 5);
    let rewritten: Value = serde_json::from_str(&fs::read_to_string(&version).unwrap()).unwrap();
    assert_eq!(rewritten["reading"], recorded["reading"]);

    let settled = index_json(&c, &index, &[]);
    assert_eq!(settled["unchanged"], 5);
}

#[test]
fn incremental_runs_update_only_what_changed() {
    let tmp = tempfile::tempdir().unwrap();
    let c = tmp.path().join("corpus");
    copy_seeds(&c);
    let index = tmp.path().join("index");
    let first = index_json(&c, &index, &[]);
    assert_eq!(
        (first["added"].as_u64(), first["policies"].as_u64()),
        (Some(5), Some(5))
    );

    let again = index_json(&c, &index, &[]);
    assert_eq!(again["unchanged"], 5);
    assert_eq!(again["commits"], 0, "nothing to commit");

    // Modify one, add one, delete one.
    let modified = c.join("003_22804a30df8bcfcb.txt");
    let mut text = fs::read_to_string(&modified).unwrap();
    text.push_str(
        "\nQUANTUM ADDENDUM\nWe now also store data on quasar servers located on the moon.\n",
    );
    fs::write(&modified, text).unwrap();
    fs::write(c.join("new.txt"), POLICY).unwrap();
    fs::remove_file(c.join("004_f0861a98cb5ee88a.txt")).unwrap();
    let changed = index_json(&c, &index, &[]);
    assert_eq!(changed["added"], 1);
    assert_eq!(changed["updated"], 1);
    assert_eq!(changed["removed"], 1);
    assert_eq!(changed["unchanged"], 3);
    assert_eq!(changed["policies"], 5);
    assert_eq!(
        query(&index, "quasar").json_lines()[0]["company"],
        "CONNACT"
    );
    assert_eq!(
        query(&index, "acronis").code(),
        1,
        "the deleted policy is gone"
    );
    let stats = run(
        &["stats", "--index", index.to_str().unwrap(), "--json"],
        &root(),
    )
    .json();
    assert_eq!(stats["policies"], 5);

    // A touched but unchanged file is re-read, found identical, and kept.
    let touched = c.join("000_bab96dcd4987aff5.txt");
    fs::write(&touched, fs::read(&touched).unwrap()).unwrap();
    let after_touch = index_json(&c, &index, &[]);
    assert_eq!(
        (
            after_touch["updated"].as_u64(),
            after_touch["unchanged"].as_u64()
        ),
        (Some(0), Some(5))
    );

    // --rebuild reads everything again.
    let rebuilt = index_json(&c, &index, &["--rebuild"]);
    assert_eq!(rebuilt["updated"], 5);
    assert_eq!(rebuilt["policies"], 5);
}

#[test]
fn a_moved_corpus_still_matches_its_index() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    copy_seeds(&a);
    let index = tmp.path().join("index");
    index_json(&a, &index, &[]);
    let b = tmp.path().join("b");
    fs::rename(&a, &b).unwrap();
    let moved = index_json(&b, &index, &[]);
    assert_eq!(moved["unchanged"], 5);
    assert_eq!(moved["added"], 0);
}

#[test]
fn damaged_or_incompatible_indexes_are_reported_and_rebuilt() {
    let tmp = tempfile::tempdir().unwrap();
    let c = tmp.path().join("corpus");
    copy_seeds(&c);
    let index = tmp.path().join("index");
    index_json(&c, &index, &[]);

    // An index written by another polidx version.
    let version = index.join("polidx-index.json");
    let original = fs::read_to_string(&version).unwrap();
    fs::write(
        &version,
        original.replace("\"schema_version\":", "\"schema_version\":99"),
    )
    .unwrap();
    let old = query(&index, "cookies");
    assert_eq!(old.code(), 2);
    assert!(
        old.stderr().contains("incompatible polidx version") && old.stderr().contains("--rebuild"),
        "{}",
        old.stderr()
    );
    let rebuilt = index_json(&c, &index, &["--rebuild"]);
    assert_eq!(rebuilt["policies"], 5);
    assert_eq!(query(&index, "cookies").code(), 0);

    // A truncated meta.json.
    let meta = index.join("meta.json");
    let full = fs::read(&meta).unwrap();
    fs::write(&meta, &full[..full.len() / 2]).unwrap();
    let truncated = query(&index, "cookies");
    assert_eq!(truncated.code(), 2);
    assert!(
        truncated.stderr().contains("damaged") && truncated.stderr().contains("--rebuild"),
        "{}",
        truncated.stderr()
    );
    index_json(&c, &index, &["--rebuild"]);
    assert_eq!(query(&index, "cookies").code(), 0);

    // A deleted segment file.
    let segment_file = fs::read_dir(&index)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "store"))
        .expect("a segment store file");
    fs::remove_file(segment_file).unwrap();
    let missing = query(&index, "cookies");
    assert_eq!(missing.code(), 2);
    assert!(missing.stderr().contains("damaged"), "{}", missing.stderr());
    index_json(&c, &index, &["--rebuild"]);
    assert_eq!(query(&index, "cookies").code(), 0);
}

#[test]
fn an_index_is_never_written_among_other_files() {
    let tmp = tempfile::tempdir().unwrap();
    let c = tmp.path().join("corpus");
    copy_seeds(&c);
    let run = run(
        &["index", c.to_str().unwrap(), "--index", c.to_str().unwrap()],
        tmp.path(),
    );
    assert_eq!(run.code(), 2);
    assert!(
        run.stderr()
            .contains("holds other files and no polidx index"),
        "{}",
        run.stderr()
    );
}

#[test]
fn absurd_queries_get_clear_errors() {
    let dir = IndexedCorpus::new();
    let index = dir.index();
    let long = vec!["privacy"; 10_000].join(" ");
    let r = run(&["query", &long, "--index", &index], dir.dir.path());
    assert_eq!(r.code(), 2);
    assert!(r.stderr().contains("at most"), "{}", r.stderr());
    for (q, says) in [
        ("\"unbalanced", "never closed"),
        ("", "empty"),
        ("   ", "empty"),
        ("(((", "expected"),
        ("NOT", "expected"),
    ] {
        let r = run(&["query", q, "--index", &index], dir.dir.path());
        assert_eq!(r.code(), 2, "{q:?}");
        assert!(r.stderr().contains(says), "{q:?}: {}", r.stderr());
        assert!(!r.stderr().contains("panicked"));
    }
}

/// A corpus big enough that indexing it takes a while.
fn slow_corpus(root: &Path, name: &str, copies: usize) -> PathBuf {
    let c = root.join(name);
    fs::create_dir_all(&c).unwrap();
    let seeds: Vec<(String, String)> = fs::read_dir(corpus())
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    for i in 0..copies {
        for (stem, text) in &seeds {
            fs::write(
                c.join(format!("{stem}-{i}.txt")),
                format!("{text}\n\nRevision {i}.\n"),
            )
            .unwrap();
        }
    }
    c
}

fn spawn_index(corpus: &Path, index: &Path, extra: &[&str]) -> Child {
    bin()
        .args([
            "index",
            corpus.to_str().unwrap(),
            "--index",
            index.to_str().unwrap(),
        ])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits until a run has committed at least once beyond `before`.
fn wait_for_commit(index: &Path, before: &[u8], limit: Duration) {
    let started = Instant::now();
    while started.elapsed() < limit {
        if fs::read(index.join("meta.json")).is_ok_and(|m| m != before) {
            return;
        }
        sleep(Duration::from_millis(50));
    }
    panic!("no commit within {limit:?}");
}

#[test]
fn killed_concurrent_and_interrupted_runs_leave_the_index_intact() {
    let tmp = tempfile::tempdir().unwrap();
    let seeds = tmp.path().join("seeds");
    copy_seeds(&seeds);
    let index = tmp.path().join("index");
    index_json(&seeds, &index, &[]);
    let big = slow_corpus(tmp.path(), "big", 80);
    // Five times as much for the run interrupted by Ctrl-C, which must
    // still be going a second after it starts however fast indexing gets.
    let bigger = slow_corpus(tmp.path(), "bigger", 400);
    let expected = 400;

    // SIGKILL in the middle of a run that commits every 10 policies.
    let meta_before = fs::read(index.join("meta.json")).unwrap();
    let mut child = spawn_index(&big, &index, &["--commit-every", "10", "--threads", "1"]);
    wait_for_commit(&index, &meta_before, Duration::from_secs(120));
    // While it runs: a second writer fails at once; queries see the last commit.
    let second_started = Instant::now();
    let second = run(
        &[
            "index",
            big.to_str().unwrap(),
            "--index",
            index.to_str().unwrap(),
        ],
        tmp.path(),
    );
    assert_eq!(second.code(), 2);
    assert!(
        second.stderr().contains("being written by another"),
        "{}",
        second.stderr()
    );
    assert!(
        second_started.elapsed() < Duration::from_secs(30),
        "did not wait for the lock"
    );
    assert_eq!(query(&index, "cookies").code(), 0);
    assert!(
        child.try_wait().unwrap().is_none(),
        "the run should still be going"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    // The last commit is intact and queryable, a whole number of policies.
    let r = query(&index, "\"revision 0\"");
    assert_eq!(r.code(), 0, "{}", r.stderr());
    let stats = run(
        &["stats", "--index", index.to_str().unwrap(), "--json"],
        &root(),
    )
    .json();
    let partial = stats["policies"].as_u64().unwrap();
    assert!(partial > 5 && partial < expected + 5, "{stats}");

    // Ctrl-C: stops cleanly with 130, committing nothing half-done.
    let meta_before = fs::read(index.join("meta.json")).unwrap();
    let child = spawn_index(&bigger, &index, &["--threads", "1"]);
    sleep(Duration::from_millis(1000));
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let output = child.wait_with_output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("interrupted"));
    assert_eq!(
        fs::read(index.join("meta.json")).unwrap(),
        meta_before,
        "nothing was committed"
    );
    assert_eq!(query(&index, "cookies").code(), 0);

    // The next run completes normally and keeps what the killed run committed.
    let done = index_json(&big, &index, &[]);
    assert_eq!(done["policies"], expected);
    // The seeds are not in this corpus: the killed run's first commit, or this one, removed them.
    let stats = run(
        &["stats", "--index", index.to_str().unwrap(), "--json"],
        &root(),
    )
    .json();
    assert_eq!(stats["policies"], expected);
    assert!(done["unchanged"].as_u64().unwrap() + 5 >= partial, "{done}");
    assert_eq!(query(&index, "\"revision 79\"").code(), 0);
}
