//! The command line, as clap reads it: the options and the subcommands.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// An offline companion for before, during and after a microneedling treatment.
#[derive(Parser)]
#[command(name = "skincare-guide", version, about)]
pub struct Cli {
    /// Read the guide from this content file instead of the built-in one.
    #[arg(long, value_name = "PATH", global = true)]
    pub content: Option<PathBuf>,

    /// Keep your checklist ticks in this directory instead of the platform's data directory.
    #[arg(long, value_name = "DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// Open the window on this part of the app (`today`: the Today panel on the Checklist tab).
    #[arg(long, value_enum, value_name = "PLACE")]
    pub open: Option<OpenAt>,

    /// What to do instead of opening the window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Where the window opens.
#[derive(Clone, Copy, ValueEnum)]
pub enum OpenAt {
    /// The Today panel, at the top of the Checklist tab.
    Today,
}

/// The commands that run without a window.
#[derive(Subcommand)]
pub enum Command {
    /// Check a content file and print every problem as PATH:LINE:COL: message.
    Check {
        /// The file to check; without it, `--content`, or else the built-in guide.
        path: Option<PathBuf>,

        /// Fail (exit 1) on warnings too, such as a section that cites no source.
        #[arg(long)]
        deny_warnings: bool,

        /// Also list, day by day, which checklist rules and tasks apply.
        #[arg(long)]
        days: bool,
    },

    /// Export your treatment plan as a calendar file or a printable checklist.
    Export {
        /// `ics` for calendar apps, `md` for a printable Markdown checklist, `csv` for the
        /// diary's check-ins.
        #[arg(long, value_enum)]
        format: ExportFormat,

        /// The file to write, or `-` for standard output.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },

    /// Make a PDF report for your clinic: sessions, warnings, check-in charts, steps and notes.
    Report {
        /// The PDF file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,

        /// The first day to cover (YYYY-MM-DD); without it, the first day anything was recorded.
        #[arg(long, value_name = "DATE")]
        from: Option<jiff::civil::Date>,

        /// The last day to cover (YYYY-MM-DD); without it, today.
        #[arg(long, value_name = "DATE")]
        to: Option<jiff::civil::Date>,

        /// A name to print at the top of the report (it is not saved anywhere).
        #[arg(long)]
        name: Option<String>,

        /// The paper size; without it, the one your locale uses.
        #[arg(long, value_enum)]
        paper: Option<PaperSize>,

        /// Add the diary's before/after photo pair (the first photo and the latest).
        #[arg(long)]
        photos: bool,
    },

    /// Show one desktop notification with what is due today, unless nothing is or one was shown
    /// today already; clicking it opens the app on Today.
    Remind,

    /// Write the manual pages or a shell's completions, made from these definitions, into a
    /// folder (for packagers).
    #[command(hide = true)]
    Generate {
        /// `man` for the manual pages (roff), or `bash`, `zsh`, `fish` for that shell's completions.
        #[arg(value_enum)]
        kind: Generated,

        /// The folder to write them in (it must exist).
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
}

/// What `generate` prints.
#[derive(Clone, Copy, ValueEnum)]
pub enum Generated {
    /// The manual pages, skincare-guide(1) and one per command, in roff.
    Man,
    /// Completions for bash.
    Bash,
    /// Completions for zsh.
    Zsh,
    /// Completions for fish.
    Fish,
}

/// The formats `export` writes.
#[derive(Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// An iCalendar file with one all-day event per step per session.
    Ics,
    /// A printable Markdown checklist with dates.
    Md,
    /// The diary's check-ins, a row per day, for a spreadsheet.
    Csv,
}

/// The paper sizes `report` lays out for.
#[derive(Clone, Copy, ValueEnum)]
pub enum PaperSize {
    /// ISO A4.
    A4,
    /// US Letter.
    Letter,
}
