use std::process::ExitCode;

fn main() -> ExitCode {
    polidx::app::run()
}
