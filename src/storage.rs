//! Where the person's data lives on disk: atomic saves, loading, and setting aside a file that
//! cannot be read. No egui here.
//!
//! The data file is small and written whole on every change: a temporary file in the same
//! directory, flushed to disk, then renamed over the old one. A kill at any moment leaves either
//! the old file or the new one, never a torn one.

use std::fs::File;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::progress::Progress;

/// The name of the data file inside the data directory.
pub const DATA_FILE_NAME: &str = "progress.ron";

/// Writes the bytes into the opened temporary file. The real one is `write_all`; tests put in
/// one that fails part-way, as a full disk would.
pub type WriteStep = Box<dyn Fn(&mut File, &[u8]) -> std::io::Result<()> + Send>;

/// The person's data file, in a chosen directory.
pub struct Store {
    path: PathBuf,

    /// Set when the file could neither be read nor moved aside: saving would destroy it.
    blocked_reason: Option<String>,

    /// How bytes go into the temporary file.
    write_step: WriteStep,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("blocked_reason", &self.blocked_reason)
            .finish_non_exhaustive()
    }
}

/// What [`Store::load`] found.
#[derive(Debug)]
pub struct Loaded {
    /// The person's data, or a fresh start.
    pub progress: Progress,

    /// Something the person must be told about, if anything went wrong.
    pub notice: Option<LoadNotice>,
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
}

impl Store {
    /// A store for the data file in `dir`. Nothing is read or created until used.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self {
            path: dir.into().join(DATA_FILE_NAME),
            blocked_reason: None,
            write_step: Box::new(|file, bytes| file.write_all(bytes)),
        }
    }

    /// Replaces how bytes go into the temporary file (for fault-injection tests).
    pub fn set_write_step(&mut self, write_step: WriteStep) {
        self.write_step = write_step;
    }

    /// The platform's per-user data directory for the app (e.g. `~/.local/share/skincare-guide`
    /// on Linux), or `None` when the platform has no home directory.
    pub fn default_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("org", "Skincare Guide", "skincare-guide")
            .map(|dirs| dirs.data_dir().to_owned())
    }

    /// The data file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the person's data. A missing file is a fresh start; a file that cannot be read or
    /// parsed is renamed aside (never overwritten) and reported in [`Loaded::notice`].
    pub fn load(&mut self) -> Loaded {
        self.remove_stale_temporary_files();
        let problem = match std::fs::read(&self.path) {
            Ok(bytes) => match decode(&bytes) {
                Ok(progress) => {
                    return Loaded {
                        progress,
                        notice: None,
                    };
                }
                Err(problem) => problem,
            },
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                return Loaded {
                    progress: Progress::default(),
                    notice: None,
                };
            }
            Err(err) => format!("cannot read it: {err}"),
        };

        log::warn!("{}: {problem}", self.path.display());
        let notice = match self.set_aside() {
            Ok(moved_to) => LoadNotice::SetAside {
                moved_to,
                reason: problem,
            },
            Err(err) => {
                let reason = format!("{problem}; moving it aside failed: {err}");
                self.blocked_reason = Some(format!(
                    "saving is off because {} could not be read nor moved aside",
                    self.path.display()
                ));
                LoadNotice::Stuck {
                    path: self.path.clone(),
                    reason,
                }
            }
        };
        Loaded {
            progress: Progress::default(),
            notice: Some(notice),
        }
    }

    /// Writes `progress` atomically: temporary file, fsync, rename, fsync of the directory.
    pub fn save(&self, progress: &Progress) -> Result<(), SaveError> {
        if let Some(reason) = &self.blocked_reason {
            return Err(SaveError::Blocked(reason.clone()));
        }
        let text = ron::ser::to_string_pretty(progress, ron::ser::PrettyConfig::default())?;
        write_atomically_with(&self.path, text.as_bytes(), &self.write_step).map_err(|source| {
            SaveError::Io {
                path: self.path.clone(),
                source,
            }
        })
    }

    /// Removes temporary files a killed process left beside the data file. They never hold the
    /// only copy of anything: the data file is replaced only after its temporary is complete.
    fn remove_stale_temporary_files(&self) {
        let (Some(dir), Some(prefix)) = (self.path.parent(), temporary_prefix(&self.path)) else {
            return;
        };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(&prefix)
                && name.ends_with(".tmp")
                && let Err(err) = std::fs::remove_file(entry.path())
            {
                log::warn!("cannot remove {}: {err}", entry.path().display());
            }
        }
    }

    /// Renames the data file to `progress.ron.corrupt-<UTC time>` (with a counter if taken).
    fn set_aside(&self) -> std::io::Result<PathBuf> {
        let stamp = jiff::Timestamp::now()
            .strftime("%Y%m%dT%H%M%SZ")
            .to_string();
        let base = format!("{DATA_FILE_NAME}.corrupt-{stamp}");
        let mut target = self.path.with_file_name(&base);
        let mut counter = 1;
        while target.exists() {
            counter += 1;
            target = self.path.with_file_name(format!("{base}-{counter}"));
        }
        std::fs::rename(&self.path, &target)?;
        Ok(target)
    }
}

/// Parses the data file's bytes, or says in a few words why not. Never panics, whatever the
/// bytes (fuzzed).
pub fn decode(bytes: &[u8]) -> Result<Progress, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "it is not UTF-8 text".to_owned())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut progress: Progress =
        ron::from_str(text).map_err(|err| format!("line {}: {}", err.span.start, err.code))?;
    progress.migrate();
    Ok(progress)
}

/// Replaces `path` with `bytes` so that a crash leaves either the old or the new content.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomically_with(path, bytes, |file, bytes| file.write_all(bytes))
}

/// The prefix of temporary files for `path`: `.progress.ron.`.
fn temporary_prefix(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_string_lossy();
    Some(format!(".{name}."))
}

/// [`write_atomically`], with the step that puts the bytes into the temporary file given.
fn write_atomically_with(
    path: &Path,
    bytes: &[u8],
    write_step: impl Fn(&mut File, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|dir| !dir.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let prefix = temporary_prefix(path).unwrap_or_else(|| ".".to_owned());
    let mut temp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .tempfile_in(dir)?;
    write_step(temp.as_file_mut(), bytes)?;
    temp.as_file().sync_all()?;
    // On failure the temporary file is dropped, which deletes it.
    temp.persist(path).map_err(|err| err.error)?;
    sync_directory(dir)
}

/// Makes the rename itself durable.
#[cfg(unix)]
fn sync_directory(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

/// Windows has no directory fsync; `MoveFileEx` with write-through is what `persist` uses.
#[cfg(not(unix))]
fn sync_directory(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_accepts_a_file_missing_fields_and_with_unknown_ones() {
        let progress = decode(b"(ticked: [\"a\"], from_the_future: 3)").unwrap();
        assert!(progress.ticked.contains("a"));
        assert_eq!(progress.last_tab, None);
    }

    #[test]
    fn decode_explains_a_syntax_error_with_its_line() {
        let err = decode(b"(\n ticked: [\"a\"\n").unwrap_err();
        assert!(err.starts_with("line 2:14:"), "{err}");
    }
}
