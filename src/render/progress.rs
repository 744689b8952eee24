//! The indexing progress bar: on stderr, and only when stderr is a terminal.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressDrawTarget, ProgressStyle};

use crate::index::build::Progress;

pub struct ProgressBar {
    bar: Option<indicatif::ProgressBar>,
}

impl ProgressBar {
    /// A bar on stderr when it is a terminal; otherwise nothing is drawn.
    pub fn for_stderr() -> ProgressBar {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = indicatif::ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template(
                    "{spinner} reading {pos}/{len} policies [{bar:30}] {per_sec} eta {eta} {wide_msg}",
                )
                .expect("valid template")
                .progress_chars("=> "),
            );
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        ProgressBar { bar }
    }
}

impl Progress for ProgressBar {
    fn start(&self, files_to_read: usize) {
        if let Some(bar) = &self.bar {
            bar.set_length(files_to_read as u64);
        }
    }

    fn advance(&self, path: &str) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
            bar.set_message(path.to_string());
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
