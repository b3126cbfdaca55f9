//! The commands that run without a window: `check`, `export`, `report` and `remind` (and,
//! for packagers, `generate`).
//!
//! Each returns a [`Result`]; `main` prints its error once, and everything a command prints goes
//! through [`print_line`] or [`warn`], which show control characters as escapes so that a file
//! name or a note cannot rewrite the person's terminal.

pub mod args;
pub mod check;
mod export;
pub mod generate;
mod remind;
mod report;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub use args::{Cli, Command, ExportFormat, Generated, OpenAt, PaperSize};

use crate::content::{self, ContentError, Origin};
use crate::output::export::ExportError;
use crate::output::report::ReportError;
use crate::system::export_target::OutFileError;
use crate::text::escape::escape_controls;

/// Why a command failed, in the words it prints after `skincare-guide: `.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    /// The guide could not be read or is not valid.
    #[error(transparent)]
    Content(#[from] ContentError),

    /// The data folder named does not exist.
    #[error("no saved data in {}: the folder does not exist (check --data-dir)", .0.display())]
    NoDataFolder(PathBuf),

    /// The data folder holds no diary to report on.
    #[error("no saved diary in {}: nothing to report (check --data-dir)", .0.display())]
    NoDiary(PathBuf),

    /// The saved data cannot be read; the message says why and what was done.
    #[error("{0}")]
    Data(String),

    /// The export could not be made.
    #[error(transparent)]
    Export(#[from] ExportError),

    /// The report could not be made.
    #[error(transparent)]
    Report(#[from] ReportError),

    /// The file could not be written.
    #[error(transparent)]
    Write(#[from] OutFileError),

    /// Standard output could not be written.
    #[error("cannot write to standard output: {0}")]
    Stdout(std::io::Error),

    /// The reminder could not be shown or recorded.
    #[error("{0}")]
    Remind(crate::reminders::daily::RemindError),

    /// A thread for the command's work could not be started.
    #[error("cannot start a thread: {0}")]
    Thread(std::io::Error),

    /// The manual pages or completions could not be written into the folder.
    #[error("cannot write into {}: {}", .0.display(), .1)]
    Generate(PathBuf, std::io::Error),

    /// The app could not be opened from the reminder.
    #[error("cannot open the app: {0}")]
    OpenApp(std::io::Error),
}

/// Runs `command` over the guide at `content` and the data in `data_dir`.
pub fn run(
    command: Command,
    content: Option<PathBuf>,
    data_dir: &Path,
) -> Result<ExitCode, CommandError> {
    let today = content::today();
    match command {
        Command::Check {
            path,
            deny_warnings,
            days,
        } => Ok(check::run(
            &Origin::resolve(path.or(content)),
            today,
            deny_warnings,
            days,
        )),
        Command::Export { format, out } => {
            export::run(&Origin::resolve(content), data_dir, format, &out)
                .map(|()| ExitCode::SUCCESS)
        }
        Command::Report {
            out,
            from,
            to,
            name,
            paper,
            photos,
        } => {
            let request = report::Request {
                from,
                to,
                name,
                paper,
                photos,
            };
            report::run(&Origin::resolve(content), data_dir, request, &out)
                .map(|()| ExitCode::SUCCESS)
        }
        Command::Remind => {
            remind::run(&Origin::resolve(content), data_dir).map(|()| ExitCode::SUCCESS)
        }
        Command::Generate { kind, dir } => generate::run(kind, &dir).map(|()| ExitCode::SUCCESS),
    }
}

/// Prints one line on standard output, with control characters shown as escapes.
pub fn print_line(text: &str) {
    println!("{}", escape_controls(text, false));
}

/// Prints a warning or an error on standard error after the program's name, with control
/// characters shown as escapes.
pub fn warn(text: &str) {
    eprintln!("skincare-guide: {}", escape_controls(text, false));
}

/// The saved data in `data_dir`, only read: the app may be open on it, and a command must not
/// move its file. An error when it cannot be read: an export or report of empty data in place
/// of data that could not be read would mislead.
fn read_data(
    data_dir: &Path,
) -> Result<
    (
        crate::user_data::store::Store,
        crate::user_data::store::Loaded,
    ),
    CommandError,
> {
    let mut store = crate::user_data::store::Store::reader(data_dir);
    let data = store.load();
    if let Some(notice) = &data.notice {
        return Err(CommandError::Data(notice.message()));
    }
    Ok((store, data))
}

/// Writes an export's `bytes` to `out` (standard output for `-`), never over the data file or
/// the content file, and prints `summary` of the path written.
fn write_out(
    out: &Path,
    format: crate::output::FileKind,
    bytes: &[u8],
    data_file: &Path,
    origin: &Origin,
    summary: impl FnOnce(&Path) -> String,
) -> Result<(), CommandError> {
    use crate::system::export_target as target;
    if out.as_os_str() == "-" {
        use std::io::Write as _;
        return std::io::stdout()
            .write_all(bytes)
            .map_err(CommandError::Stdout);
    }
    let path = target::write_export(out, format, bytes, &target::protected(data_file, origin))?;
    if let Some(warning) = target::extension_warning(format, out) {
        warn(&format!("warning: {warning}"));
    }
    print_line(&summary(&path));
    Ok(())
}
