//! What the person is told about their data file: why a window only reads it, what went wrong
//! loading it, and why a save failed.

use std::path::{Path, PathBuf};

use crate::system::atomic::folder_problem;
use crate::system::read::ReadError;
use crate::user_data::FORMAT_VERSION;

/// Why a store reads the data but never writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadOnly {
    /// Another window (another process) holds the data's lock; this one follows its saves.
    OtherWindow,

    /// The data file was written by a newer version: saving would drop what this one does not
    /// know.
    NewerVersion {
        /// The format version in the file.
        version: u32,
    },

    /// Only reading was asked for (`export`).
    Reader,
}

impl ReadOnly {
    /// A sentence or two for the person.
    pub fn message(&self) -> String {
        match self {
            Self::OtherWindow => "Skincare Guide is already open with your data in another window. This window shows your data read-only and follows the changes made there; close the other window to make changes here.".to_owned(),
            Self::NewerVersion { version } => format!(
                "Your data was made by a newer version of Skincare Guide (data format {version}; this version knows format {FORMAT_VERSION}). Changes will not be saved, so that nothing in it is lost: update Skincare Guide to make changes."
            ),
            Self::Reader => "Your data is only read here.".to_owned(),
        }
    }
}

/// A problem with the data file that the person is told about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadNotice {
    /// The file could not be used; it was renamed, and the app started fresh.
    SetAside {
        /// Where the old file is now.
        moved_to: PathBuf,
        /// Why it could not be used.
        reason: String,
    },

    /// The file could not be used nor moved aside; saving is off so it is not overwritten.
    Stuck {
        /// The file.
        path: PathBuf,
        /// Why it could not be used, and why it could not be moved.
        reason: String,
    },

    /// The file had mistakes a hand edit makes; they were mended and nothing was lost.
    Repaired {
        /// What was mended, a sentence each.
        repairs: Vec<String>,
    },

    /// The file could not be read, and this window may not move it aside (it only reads).
    Unreadable {
        /// Why.
        reason: String,
    },
}

impl LoadNotice {
    /// A sentence or two for the person.
    pub fn message(&self) -> String {
        match self {
            Self::SetAside { moved_to, reason } => format!(
                "Your saved progress could not be read ({reason}). It was kept as {} and a fresh checklist was started.",
                moved_to.display()
            ),
            Self::Stuck { path, reason } => format!(
                "Your saved progress at {} could not be read, nor moved aside ({reason}). Changes will not be saved, so that the file is not overwritten.",
                path.display()
            ),
            Self::Repaired { repairs } => format!(
                "Your saved progress had mistakes, which were mended without losing anything: {}.",
                repairs.join("; ")
            ),
            Self::Unreadable { reason } => {
                format!("Your saved progress could not be read here ({reason}).")
            }
        }
    }
}

/// Why a save failed. The old file is intact whenever this is returned.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Writing, flushing or renaming failed.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// The data file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },

    /// The data could not be turned into text (a bug: the types are plain).
    #[error("cannot encode the data: {0}")]
    Encode(#[from] ron::Error),

    /// Saving is off because the existing file could not be read nor moved aside.
    #[error("{0}")]
    Blocked(String),

    /// This store only reads.
    #[error("{}", .0.message())]
    ReadOnly(ReadOnly),
}

/// Why the data file could not be read, in words: a data folder that is a file is named as such.
pub(super) fn describe_read_error(path: &Path, err: &ReadError) -> String {
    if let Some(dir) = path.parent()
        && let Some(problem) = folder_problem(dir)
    {
        return problem;
    }
    err.to_string()
}
