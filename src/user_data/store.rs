//! Where the person's data lives on disk: atomic saves, loading, and setting aside a file that
//! cannot be read. No egui here.
//!
//! The data file is small and written whole on every change: a temporary file in the same
//! directory, flushed to disk, then renamed over the old one. A kill at any moment leaves either
//! the old file or the new one, never a torn one.

use std::fs::File;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::system::read::{self as fsread, ReadError};
use crate::user_data::{FORMAT_VERSION, MAX_SESSIONS, Progress};

/// The name of the data file inside the data directory.
pub const DATA_FILE_NAME: &str = "progress.ron";

/// Where there are no directory locks (Windows), the window holding a lock on this file beside
/// the data owns it. On Unix the data folder itself is locked: a folder cannot be deleted or
/// swapped from under the lock as a lock file can, and needs no write access to lock.
#[cfg(not(unix))]
const LOCK_FILE_NAME: &str = "progress.lock";

/// The largest data file read: thousands of times a real one (a few KiB).
pub const MAX_DATA_BYTES: u64 = 16 * 1024 * 1024;

/// How deeply the data file may nest (it needs four levels).
const DATA_RECURSION_LIMIT: usize = 32;

/// Writes the bytes into the opened temporary file. The real one is `write_all`; tests put in
/// one that fails part-way, as a full disk would.
pub type WriteStep = Box<dyn Fn(&mut File, &[u8]) -> std::io::Result<()> + Send>;

/// The person's data file, in a chosen directory.
pub struct Store {
    path: PathBuf,

    /// Set when the file could neither be read nor moved aside: saving would destroy it.
    blocked_reason: Option<String>,

    /// Why this store only reads, if it does.
    read_only: Option<ReadOnly>,

    /// The lock that makes this store the data's one writer, while held.
    lock: Option<File>,

    /// The data file's identity when this store last read or wrote it.
    seen: Option<FileStamp>,

    /// How bytes go into the temporary file.
    write_step: WriteStep,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("blocked_reason", &self.blocked_reason)
            .field("read_only", &self.read_only)
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

impl Store {
    /// A store for the data file in `dir`. Nothing is read or created until used.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self {
            path: dir.into().join(DATA_FILE_NAME),
            blocked_reason: None,
            read_only: None,
            lock: None,
            seen: None,
            write_step: Box::new(|file, bytes| file.write_all(bytes)),
        }
    }

    /// A store for a window: it owns the data in `dir` while it holds the lock there, and only
    /// reads (following the owner's saves) while another process holds it. The operating system
    /// releases the lock when its process ends, however it ends.
    pub fn open(dir: impl Into<PathBuf>) -> Self {
        let mut store = Self::new(dir);
        match store.acquire_lock() {
            LockOutcome::Acquired(file) => store.lock = Some(file),
            LockOutcome::HeldElsewhere => store.read_only = Some(ReadOnly::OtherWindow),
            // Locks are not available here (a read-only folder, or a file system without
            // them): go on as before; a failing save still says so.
            LockOutcome::Unavailable(err) => {
                log::error!(
                    "{}: cannot lock the data, so another window could save over it: {err}",
                    store.path.display()
                );
            }
        }
        store
    }

    /// A store that only reads, never moving or writing anything (`export`).
    pub fn reader(dir: impl Into<PathBuf>) -> Self {
        let mut store = Self::new(dir);
        store.read_only = Some(ReadOnly::Reader);
        store
    }

    /// Why this store does not save, if it does not.
    pub fn read_only(&self) -> Option<&ReadOnly> {
        self.read_only.as_ref()
    }

    /// For a window that follows another one: takes the lock if the other window has let it go.
    /// Returns whether this store now owns the data (the caller then loads it afresh).
    pub fn try_take_over(&mut self) -> bool {
        if self.read_only != Some(ReadOnly::OtherWindow) {
            return false;
        }
        match self.acquire_lock() {
            LockOutcome::Acquired(file) => {
                self.lock = Some(file);
                self.read_only = None;
                true
            }
            LockOutcome::HeldElsewhere | LockOutcome::Unavailable(_) => false,
        }
    }

    /// Whether the data file changed on disk since this store last read or wrote it.
    pub fn changed_on_disk(&self) -> bool {
        file_stamp(&self.path) != self.seen
    }

    fn acquire_lock(&self) -> LockOutcome {
        let Some(dir) = self.path.parent() else {
            return LockOutcome::Unavailable(std::io::Error::other("no data folder"));
        };
        let opened = ensure_folder(dir).and_then(|()| open_lock(dir));
        let file = match opened {
            Ok(file) => file,
            Err(err) => return LockOutcome::Unavailable(err),
        };
        match file.try_lock() {
            Ok(()) => LockOutcome::Acquired(file),
            Err(std::fs::TryLockError::WouldBlock) => LockOutcome::HeldElsewhere,
            Err(std::fs::TryLockError::Error(err)) => LockOutcome::Unavailable(err),
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
    /// parsed is renamed aside (never overwritten) and reported in [`Loaded::notice`]. A file
    /// from a newer version is read, and this store turns read-only. A store that only reads
    /// moves nothing.
    pub fn load(&mut self) -> Loaded {
        let owner = self.read_only.is_none();
        if owner {
            self.remove_stale_temporary_files();
        }
        self.seen = file_stamp(&self.path);
        let problem = match fsread::read_capped(&self.path, MAX_DATA_BYTES) {
            Ok(bytes) => match decode_report(&bytes) {
                Ok(decoded) => {
                    if let Some(version) = decoded.newer_version {
                        self.read_only = Some(ReadOnly::NewerVersion { version });
                    }
                    let notice = (!decoded.repairs.is_empty()).then_some(LoadNotice::Repaired {
                        repairs: decoded.repairs,
                    });
                    return Loaded {
                        progress: decoded.progress,
                        notice,
                    };
                }
                Err(problem) => match newer_version(&bytes) {
                    // A newer version's file this one cannot read is still that version's data:
                    // never set it aside, never write over it.
                    Some(version) => {
                        self.read_only = Some(ReadOnly::NewerVersion { version });
                        return Loaded {
                            progress: Progress::default(),
                            notice: Some(LoadNotice::Unreadable {
                                reason: format!(
                                    "it was made by a newer version of Skincare Guide, in data format {version}, which this version cannot show: {problem}"
                                ),
                            }),
                        };
                    }
                    None => problem,
                },
            },
            Err(err) if err.is_not_found() => {
                return Loaded {
                    progress: Progress::default(),
                    notice: None,
                };
            }
            Err(err) => describe_read_error(&self.path, &err),
        };

        log::warn!("{}: {problem}", self.path.display());
        if !owner {
            return Loaded {
                progress: Progress::default(),
                notice: Some(LoadNotice::Unreadable { reason: problem }),
            };
        }
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
    pub fn save(&mut self, progress: &Progress) -> Result<(), SaveError> {
        if let Some(read_only) = &self.read_only {
            return Err(SaveError::ReadOnly(read_only.clone()));
        }
        if let Some(reason) = &self.blocked_reason {
            return Err(SaveError::Blocked(reason.clone()));
        }
        let text = ron::ser::to_string_pretty(progress, ron::ser::PrettyConfig::default())?;
        write_atomically_with(&self.path, text.as_bytes(), &self.write_step).map_err(|source| {
            SaveError::Io {
                path: self.path.clone(),
                source,
            }
        })?;
        self.seen = file_stamp(&self.path);
        Ok(())
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
    decode_report(bytes).map(|decoded| decoded.progress)
}

/// What [`decode_report`] found besides the data.
#[derive(Debug)]
pub struct Decoded {
    /// The data, brought up to this version's format and repaired.
    pub progress: Progress,

    /// The file's format version, when a newer version of the app wrote it.
    pub newer_version: Option<u32>,

    /// What was mended, a sentence each.
    pub repairs: Vec<String>,
}

/// [`decode`], also saying whether a newer version wrote the file and what was repaired.
pub fn decode_report(bytes: &[u8]) -> Result<Decoded, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "it is not UTF-8 text".to_owned())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = ron::Options::default().with_recursion_limit(DATA_RECURSION_LIMIT);
    let mut progress: Progress = options.from_str(text).map_err(|err| match err.code {
        ron::Error::ExceededRecursionLimit => format!(
            "line {}: it is nested too deeply to be a Skincare Guide data file",
            err.span.start.line
        ),
        code => format!("line {}: {code}", err.span.start),
    })?;
    if progress.sessions.len() > MAX_SESSIONS {
        return Err(format!(
            "it lists {} sessions; Skincare Guide keeps at most {MAX_SESSIONS}",
            progress.sessions.len()
        ));
    }
    if progress.diary.check_ins.len() > crate::user_data::diary::MAX_CHECK_INS
        || progress.diary.photos.len() > crate::user_data::diary::MAX_PHOTOS
    {
        return Err(format!(
            "its diary holds {} check-ins and {} photos; Skincare Guide keeps at most {} and {}",
            progress.diary.check_ins.len(),
            progress.diary.photos.len(),
            crate::user_data::diary::MAX_CHECK_INS,
            crate::user_data::diary::MAX_PHOTOS
        ));
    }
    let newer_version =
        (progress.format_version > FORMAT_VERSION).then_some(progress.format_version);
    let repairs = progress.migrate();
    Ok(Decoded {
        progress,
        newer_version,
        repairs,
    })
}

/// The format version of a data file newer than this build's, read on its own (every other
/// field skipped), so that a newer file is known as such even when the rest cannot be read.
fn newer_version(bytes: &[u8]) -> Option<u32> {
    #[derive(serde::Deserialize)]
    struct VersionOnly {
        #[serde(default)]
        format_version: u32,
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = ron::Options::default().with_recursion_limit(DATA_RECURSION_LIMIT);
    let version = options.from_str::<VersionOnly>(text).ok()?.format_version;
    (version > FORMAT_VERSION).then_some(version)
}

/// Why the data file could not be read, in words: a data folder that is a file is named as such.
fn describe_read_error(path: &Path, err: &ReadError) -> String {
    if let Some(dir) = path.parent()
        && let Some(problem) = folder_problem(dir)
    {
        return problem;
    }
    err.to_string()
}

/// What is wrong with the data folder, when something other than a folder is in its place.
fn folder_problem(dir: &Path) -> Option<String> {
    let metadata = std::fs::metadata(dir).ok()?;
    let kind = match fsread::kind_of(metadata.file_type()) {
        None => "a file",
        Some(_) if metadata.is_dir() => return None,
        Some(kind) => kind,
    };
    Some(format!(
        "the data folder {} is {kind}, not a folder; choose another folder with --data-dir, or move it away so that Skincare Guide can make the folder",
        dir.display()
    ))
}

/// Creates `dir` (and its parents) if needed, with a clear error when a file stands in its way.
fn ensure_folder(dir: &Path) -> std::io::Result<()> {
    if let Some(problem) = folder_problem(dir) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotADirectory,
            problem,
        ));
    }
    std::fs::create_dir_all(dir).map_err(|err| match err.kind() {
        std::io::ErrorKind::AlreadyExists | std::io::ErrorKind::NotADirectory => {
            std::io::Error::new(
                err.kind(),
                format!("a file stands where the folder {} should be", dir.display()),
            )
        }
        _ => err,
    })
}

/// What tells one version of the data file from the next: each save renames a new file into
/// place, so on Unix the inode changes even when size and time do not.
type FileStamp = (u64, Option<std::time::SystemTime>, u64);

/// The stamp of `path`, to notice another process's save.
fn file_stamp(path: &Path) -> Option<FileStamp> {
    let metadata = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&metadata);
    #[cfg(not(unix))]
    let inode = 0;
    Some((metadata.len(), metadata.modified().ok(), inode))
}

/// The file whose lock means owning the data in `dir`: the folder itself on Unix.
#[cfg(unix)]
fn open_lock(dir: &Path) -> std::io::Result<File> {
    File::open(dir)
}

#[cfg(not(unix))]
fn open_lock(dir: &Path) -> std::io::Result<File> {
    File::options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(dir.join(LOCK_FILE_NAME))
}

/// What trying to take the data's lock found.
enum LockOutcome {
    /// This process owns the data now.
    Acquired(File),

    /// Another process owns it.
    HeldElsewhere,

    /// Locking is not possible here.
    Unavailable(std::io::Error),
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
    ensure_folder(dir)?;
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
