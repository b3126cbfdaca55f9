//! Parses the command line, sets up logging, and runs a command or the window.

use std::process::ExitCode;

use clap::Parser as _;
use skincare_guide::cli::{self, Cli};
use skincare_guide::user_data::store::Store;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    // Only errors by default: warnings from the graphics stack at every start mean nothing to the
    // person. RUST_LOG=warn (or info, debug) shows more.
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("error")).init();
    let cli = Cli::parse();
    let data_dir = cli.data_dir.or_else(Store::default_dir).unwrap_or_else(|| {
        std::env::current_dir()
            .unwrap_or_default()
            .join("skincare-guide-data")
    });
    let outcome = match cli.command {
        Some(command) => {
            cli::run(command, cli.content, &data_dir).map_err(|err| format!("{err:#}"))
        }
        None => skincare_guide::app::window::run(cli.content, data_dir, cli.open, started)
            .map(|()| ExitCode::SUCCESS),
    };
    outcome.unwrap_or_else(|message| {
        cli::warn(&message);
        ExitCode::FAILURE
    })
}
