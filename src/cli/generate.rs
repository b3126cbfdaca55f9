//! `skincare-guide generate man|bash|zsh|fish DIR`: the manual pages and the shell completions,
//! made from the clap definitions (as ripgrep's `rg --generate`), for the packages to install.
//!
//! The subcommand is hidden from `--help`: it is for packagers, not for the person.

use std::path::{Path, PathBuf};

use clap::CommandFactory as _;
use clap_complete::Shell;

use super::CommandError;
use super::args::{Cli, Generated};

/// Writes what `kind` names into the folder `dir` and returns the files written:
/// `skincare-guide.1` and a page per command (`skincare-guide-check.1`, …) for `man`, and
/// `skincare-guide.bash`, `_skincare-guide` or `skincare-guide.fish` for the shells.
pub fn write(kind: Generated, dir: &Path) -> Result<Vec<PathBuf>, CommandError> {
    let failed = |err: std::io::Error| CommandError::Generate(dir.to_owned(), err);
    let mut command = Cli::command();
    let shell = match kind {
        Generated::Man => {
            // As clap_mangen::generate_to, but every page names the program and its version
            // as its source, and all belong to one manual.
            let mut command = command.disable_help_subcommand(true);
            command.build();
            let source = format!("skincare-guide {}", env!("CARGO_PKG_VERSION"));
            let page = |command: clap::Command| {
                clap_mangen::Man::new(command)
                    .source(source.clone())
                    .manual("Skincare Guide")
                    .generate_to(dir)
                    .map_err(failed)
            };
            let mut pages = vec![page(command.clone())?];
            for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
                pages.push(page(sub.clone())?);
            }
            return Ok(pages);
        }
        Generated::Bash => Shell::Bash,
        Generated::Zsh => Shell::Zsh,
        Generated::Fish => Shell::Fish,
    };
    let name = command.get_name().to_owned();
    let path = clap_complete::generate_to(shell, &mut command, name, dir).map_err(failed)?;
    Ok(vec![path])
}

/// Writes what `kind` names into `dir` and prints the path of each file written.
pub fn run(kind: Generated, dir: &Path) -> Result<(), CommandError> {
    for path in write(kind, dir)? {
        super::print_line(&path.display().to_string());
    }
    Ok(())
}
