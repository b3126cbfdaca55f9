//! Owning the data: the lock that makes one window its one writer, and the stamp that tells
//! when another window saved.

use std::fs::File;
use std::path::Path;

/// Where there are no directory locks (Windows), the window holding a lock on this file beside
/// the data owns it. On Unix the data folder itself is locked: a folder cannot be deleted or
/// swapped from under the lock as a lock file can, and needs no write access to lock.
#[cfg(not(unix))]
const LOCK_FILE_NAME: &str = "progress.lock";

/// What tells one version of the data file from the next: each save renames a new file into
/// place, so on Unix the inode changes even when size and time do not.
pub(super) type FileStamp = (u64, Option<std::time::SystemTime>, u64);

/// The stamp of `path`, to notice another process's save.
pub(super) fn file_stamp(path: &Path) -> Option<FileStamp> {
    let metadata = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&metadata);
    #[cfg(not(unix))]
    let inode = 0;
    Some((metadata.len(), metadata.modified().ok(), inode))
}

/// The file whose lock means owning the data in `dir`: the folder itself on Unix.
#[cfg(unix)]
pub(super) fn open_lock(dir: &Path) -> std::io::Result<File> {
    File::open(dir)
}

#[cfg(not(unix))]
pub(super) fn open_lock(dir: &Path) -> std::io::Result<File> {
    File::options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(dir.join(LOCK_FILE_NAME))
}

/// What trying to take the data's lock found.
pub(super) enum LockOutcome {
    /// This process owns the data now.
    Acquired(File),

    /// Another process owns it.
    HeldElsewhere,

    /// Locking is not possible here.
    Unavailable(std::io::Error),
}
