//! Helpers for driving the real `polidx` binary in integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_polidx"));
    cmd.env_remove("NO_COLOR");
    cmd
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn corpus() -> PathBuf {
    root().join("corpus")
}

pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// Output of a finished run, with helpers for asserting on it.
pub struct Run {
    pub output: Output,
}

impl Run {
    pub fn code(&self) -> i32 {
        self.output.status.code().expect("exit code")
    }
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }
    pub fn json_lines(&self) -> Vec<serde_json::Value> {
        self.stdout()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
            .collect()
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(self.stdout().trim())
            .unwrap_or_else(|e| panic!("bad JSON: {e}\n{}", self.stdout()))
    }
}

pub fn run(args: &[&str], dir: &Path) -> Run {
    let output = bin()
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run polidx");
    Run { output }
}

/// A temporary folder holding an index of the bundled corpus.
pub struct IndexedCorpus {
    pub dir: tempfile::TempDir,
}

impl IndexedCorpus {
    pub fn new() -> IndexedCorpus {
        IndexedCorpus::of(&corpus())
    }

    pub fn of(corpus: &Path) -> IndexedCorpus {
        let dir = tempfile::tempdir().expect("temp dir");
        let index = dir.path().join("index");
        let run = run(
            &[
                "index",
                corpus.to_str().unwrap(),
                "--index",
                index.to_str().unwrap(),
            ],
            dir.path(),
        );
        assert_eq!(run.code(), 0, "indexing failed: {}", run.stderr());
        IndexedCorpus { dir }
    }

    pub fn index(&self) -> String {
        self.dir.path().join("index").display().to_string()
    }

    /// Runs `polidx query QUERY --index … --json EXTRA…` and returns the hits.
    pub fn query(&self, query: &str, extra: &[&str]) -> (i32, Vec<serde_json::Value>) {
        let index = self.index();
        let mut args = vec!["query", query, "--index", &index, "--json"];
        args.extend_from_slice(extra);
        let run = run(&args, self.dir.path());
        assert!(
            run.code() == 0 || run.code() == 1,
            "query {query:?} failed: {}",
            run.stderr()
        );
        (
            run.code(),
            if run.code() == 0 {
                run.json_lines()
            } else {
                Vec::new()
            },
        )
    }
}

/// Lowercase alphanumeric words of a text.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}
