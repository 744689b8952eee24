//! Ingest: find policy files under a corpus folder and read each into text.
//!
//! Everything that can go wrong with one file (unreadable, binary, empty,
//! too large) becomes a [`Skip`] with the path and the reason, so a run over
//! a messy corpus reports it and goes on.

pub mod decode;
pub mod html;

use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

/// Files larger than this are skipped: no real policy comes close, and one
/// huge file must not exhaust memory.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// File name of the optional metadata manifest in a corpus root (see `manifest`).
pub const MANIFEST_FILE: &str = "polidx-manifest.tsv";

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    /// The format a file name's extension says, if polidx reads it.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
        }
    }
}

/// A policy file found in a corpus, before it is read.
#[derive(Debug, Clone)]
pub struct PolicyFile {
    pub path: PathBuf,
    /// Path relative to the corpus root, with `/` separators: the policy's id.
    pub rel_path: String,
    pub format: Format,
    pub size: u64,
}

/// A file that was not read, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Skip {
    pub path: String,
    pub reason: String,
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// A policy file read and decoded to text.
#[derive(Debug, Clone)]
pub struct SourceText {
    pub rel_path: String,
    pub format: Format,
    /// Name of the encoding the bytes were decoded from.
    pub encoding: &'static str,
    pub text: String,
}

/// Lists the policy files under `root` in a stable order, and the files it
/// will not read. Symbolic links are not followed, so a link loop or a link
/// out of the corpus cannot pull in other files.
pub fn walk_corpus(root: &Path) -> (Vec<PolicyFile>, Vec<Skip>) {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    let walker = WalkDir::new(root)
        .follow_links(false)
        .sort_by(|a, b| a.file_name().cmp(b.file_name()));
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let path = err
                    .path()
                    .map(|p| display_rel(root, p))
                    .unwrap_or_else(|| root.display().to_string());
                let reason = match err.io_error() {
                    Some(io) => format!("cannot read folder entry: {io}"),
                    None => format!("cannot walk: {err}"),
                };
                skipped.push(Skip { path, reason });
                continue;
            }
        };
        let file_type = entry.file_type();
        if file_type.is_dir() {
            continue;
        }
        let rel = display_rel(root, entry.path());
        if file_type.is_symlink() {
            skipped.push(Skip {
                path: rel,
                reason: "symbolic link (not followed)".into(),
            });
            continue;
        }
        if entry.depth() == 1 && entry.file_name() == MANIFEST_FILE {
            continue;
        }
        let Some(format) = Format::from_path(entry.path()) else {
            let reason = match entry.path().extension() {
                Some(ext) => format!(
                    "unsupported file type '.{}' (polidx reads .txt, .md, .markdown, .html, .htm)",
                    ext.to_string_lossy()
                ),
                None => "no file extension (polidx reads .txt, .md, .markdown, .html, .htm)".into(),
            };
            skipped.push(Skip { path: rel, reason });
            continue;
        };
        let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
        files.push(PolicyFile {
            path: entry.into_path(),
            rel_path: rel,
            format,
            size,
        });
    }
    (files, skipped)
}

/// Reads and decodes one policy file.
pub fn read_policy_file(file: &PolicyFile, max_bytes: u64) -> Result<SourceText, Skip> {
    let skip = |reason: String| Skip {
        path: file.rel_path.clone(),
        reason,
    };
    let bytes = read_limited(&file.path, max_bytes).map_err(skip)?;
    let decoded = decode::decode(&bytes).map_err(|e| skip(e.to_string()))?;
    if decoded
        .text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        return Err(skip("empty file (only whitespace)".into()));
    }
    Ok(SourceText {
        rel_path: file.rel_path.clone(),
        format: file.format,
        encoding: decoded.encoding,
        text: decoded.text,
    })
}

/// Reads a single file given on the command line (for `inspect`).
pub fn read_single_file(path: &Path, max_bytes: u64) -> Result<SourceText, Skip> {
    let format = Format::from_path(path).unwrap_or(Format::Text);
    let file = PolicyFile {
        path: path.to_path_buf(),
        rel_path: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string()),
        format,
        size: 0,
    };
    read_policy_file(&file, max_bytes)
}

fn read_limited(path: &Path, max_bytes: u64) -> Result<Vec<u8>, String> {
    let file = fs::File::open(path).map_err(|e| format!("cannot open: {e}"))?;
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    if len > max_bytes {
        return Err(format!(
            "file too large ({} bytes; the limit is {} bytes)",
            len, max_bytes
        ));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    // `take` guards against a file that grows while it is read.
    file.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 > max_bytes {
        return Err(format!("file too large (over {} bytes)", max_bytes));
    }
    Ok(bytes)
}

/// A path relative to the corpus root, `/`-separated, lossy for non-UTF-8 names.
fn display_rel(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.is_empty() {
        path.display().to_string()
    } else {
        parts.join("/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_extension() {
        assert_eq!(Format::from_path(Path::new("a/b.TXT")), Some(Format::Text));
        assert_eq!(
            Format::from_path(Path::new("x.markdown")),
            Some(Format::Markdown)
        );
        assert_eq!(Format::from_path(Path::new("x.htm")), Some(Format::Html));
        assert_eq!(Format::from_path(Path::new("x.pdf")), None);
        assert_eq!(Format::from_path(Path::new("README")), None);
    }

    #[test]
    fn walk_reports_unsupported_and_sorts() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("sub/deeper")).unwrap();
        fs::write(dir.path().join("b.txt"), "Privacy policy text here.").unwrap();
        fs::write(dir.path().join("a.md"), "# Title\n\nBody.").unwrap();
        fs::write(dir.path().join("sub/deeper/c.html"), "<p>x</p>").unwrap();
        fs::write(dir.path().join("logo.png"), [0x89, b'P', b'N', b'G']).unwrap();
        let (files, skipped) = walk_corpus(dir.path());
        let names: Vec<_> = files.iter().map(|f| f.rel_path.as_str()).collect();
        assert_eq!(names, ["a.md", "b.txt", "sub/deeper/c.html"]);
        assert_eq!(skipped.len(), 1);
        assert_eq!(skipped[0].path, "logo.png");
        assert!(skipped[0].reason.contains("unsupported file type '.png'"));
    }

    #[test]
    fn empty_and_oversized_files_are_skipped_with_reasons() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("empty.txt"), " \n\u{a0}\n").unwrap();
        fs::write(dir.path().join("big.txt"), "x".repeat(2000)).unwrap();
        let (files, _) = walk_corpus(dir.path());
        let empty = files.iter().find(|f| f.rel_path == "empty.txt").unwrap();
        let err = read_policy_file(empty, 1000).unwrap_err();
        assert!(err.reason.contains("empty"), "{}", err.reason);
        let big = files.iter().find(|f| f.rel_path == "big.txt").unwrap();
        let err = read_policy_file(big, 1000).unwrap_err();
        assert!(err.reason.contains("too large"), "{}", err.reason);
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_reported_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("loop")).unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("loop/back")).unwrap();
        fs::write(dir.path().join("p.txt"), "Some policy text.").unwrap();
        let (files, skipped) = walk_corpus(dir.path());
        assert_eq!(files.len(), 1);
        assert_eq!(skipped.len(), 1);
        assert_eq!(skipped[0].path, "loop/back");
        assert!(skipped[0].reason.contains("symbolic link"));
    }
}
