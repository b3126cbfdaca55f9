//! Where the person's data lives on disk: loading, saving, owning the data while one window
//! writes it, and setting aside a file that cannot be read. No egui here.
//!
//! The data file is small and written whole on every change, through
//! [`crate::system::atomic`]: a kill at any moment leaves either the old file or the new one.

pub mod decode;
pub mod lock;
pub mod notice;

use std::fs::File;
use std::io::Write as _;
use std::path::{Path, PathBuf};

pub use decode::{DecodeError, Decoded, decode, decode_report};
pub use notice::{LoadNotice, ReadOnly, SaveError};

use crate::system::atomic::{ensure_folder, temporary_prefix, write_atomically_with};
use crate::system::read as fsread;
use crate::user_data::UserData;
use crate::user_data::store::decode::newer_version;
use crate::user_data::store::lock::{FileStamp, LockOutcome, file_stamp, open_lock};
use crate::user_data::store::notice::describe_read_error;

/// The name of the data file inside the data directory.
pub const DATA_FILE_NAME: &str = "progress.ron";

/// The largest data file read: thousands of times a real one (a few KiB).
pub const MAX_DATA_BYTES: u64 = 16 * 1024 * 1024;

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
    pub progress: UserData,

    /// Something the person must be told about, if anything went wrong.
    pub notice: Option<LoadNotice>,
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
        let problem = match self.read_and_decode() {
            Ok(loaded) => return loaded,
            Err(problem) => problem,
        };
        log::warn!("{}: {problem}", self.path.display());
        if !owner {
            return Loaded {
                progress: UserData::default(),
                notice: Some(LoadNotice::Unreadable { reason: problem }),
            };
        }
        Loaded {
            progress: UserData::default(),
            notice: Some(self.set_aside_unreadable(problem)),
        }
    }

    /// Reads and decodes the data file: the data (or a fresh start when there is no file), or
    /// why it cannot be used. A newer version's file turns this store read-only.
    fn read_and_decode(&mut self) -> Result<Loaded, String> {
        let bytes = match fsread::read_capped(&self.path, MAX_DATA_BYTES) {
            Ok(bytes) => bytes,
            Err(err) if err.is_not_found() => {
                return Ok(Loaded {
                    progress: UserData::default(),
                    notice: None,
                });
            }
            Err(err) => return Err(describe_read_error(&self.path, &err)),
        };
        match decode_report(&bytes) {
            Ok(decoded) => {
                if let Some(version) = decoded.newer_version {
                    self.read_only = Some(ReadOnly::NewerVersion { version });
                }
                let notice = (!decoded.repairs.is_empty()).then_some(LoadNotice::Repaired {
                    repairs: decoded.repairs,
                });
                Ok(Loaded {
                    progress: decoded.progress,
                    notice,
                })
            }
            Err(problem) => match newer_version(&bytes) {
                // A newer version's file this one cannot read is still that version's data:
                // never set it aside, never write over it.
                Some(version) => {
                    self.read_only = Some(ReadOnly::NewerVersion { version });
                    Ok(Loaded {
                        progress: UserData::default(),
                        notice: Some(LoadNotice::Unreadable {
                            reason: format!(
                                "it was made by a newer version of Skincare Guide, in data format {version}, which this version cannot show: {problem}"
                            ),
                        }),
                    })
                }
                None => Err(problem.to_string()),
            },
        }
    }

    /// Moves an unreadable data file aside so the person starts fresh; when it cannot be moved,
    /// turns saving off so it is never overwritten. Returns what to tell the person.
    fn set_aside_unreadable(&mut self, problem: String) -> LoadNotice {
        match self.set_aside() {
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
        }
    }

    /// Writes `progress` atomically: temporary file, fsync, rename, fsync of the directory.
    pub fn save(&mut self, progress: &UserData) -> Result<(), SaveError> {
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
        let stamp = crate::text::dates::file_stamp(jiff::Timestamp::now());
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
