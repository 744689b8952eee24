//! Process exit codes, as grep and ripgrep use them.

use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Results were found (or a command that prints no results succeeded).
    Success,
    /// The search ran and found nothing.
    NoResults,
    /// Something went wrong; a message is on stderr.
    Error,
    /// Interrupted by Ctrl-C (128 + SIGINT), as shells report it.
    Interrupted,
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Success => 0,
            Exit::NoResults => 1,
            Exit::Error => 2,
            Exit::Interrupted => 130,
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(exit.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_follow_grep() {
        assert_eq!(Exit::Success.code(), 0);
        assert_eq!(Exit::NoResults.code(), 1);
        assert_eq!(Exit::Error.code(), 2);
        assert_eq!(Exit::Interrupted.code(), 130);
    }
}
