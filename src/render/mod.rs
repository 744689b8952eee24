//! Render: results to the terminal or to JSON. Renderers only format what
//! the stages before them computed.

pub mod answers;
pub mod hits;
pub mod inspect;
pub mod progress;
pub mod stats;

use std::io::{self, IsTerminal};

/// Terminal styling, decided once from `--color`, the terminal and NO_COLOR.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
}

impl Style {
    pub fn detect(choice: crate::cli::ColorChoice) -> Style {
        use crate::cli::ColorChoice;
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && io::stdout().is_terminal()
            }
        };
        Style { color }
    }

    pub fn plain() -> Style {
        Style { color: false }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }

    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }

    pub fn heading(&self, text: &str) -> String {
        self.paint("1;34", text)
    }

    pub fn company(&self, text: &str) -> String {
        self.paint("1;32", text)
    }

    /// A matched word: red and bold on a terminal, `[[word]]` otherwise so
    /// that plain output still shows what matched.
    pub fn matched(&self, text: &str) -> String {
        if self.color {
            self.paint("1;31", text)
        } else {
            format!("[[{text}]]")
        }
    }
}
