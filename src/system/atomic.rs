//! Safe file writes: a file is replaced whole or not at all, and its folder is made first, with a
//! clear error when a file stands in the folder's place. The one owner of atomic writes; capped
//! reads are in [`crate::system::read`].
//!
//! The bytes go into a temporary file in the same directory, flushed to disk, then renamed over
//! the old one. A kill at any moment leaves either the old file or the new one, never a torn one.

use std::fs::File;
use std::io::Write as _;
use std::path::Path;

use crate::system::read as fsread;

/// Replaces `path` with `bytes` so that a crash leaves either the old or the new content.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomically_with(path, bytes, |file, bytes| file.write_all(bytes))
}

/// The prefix of temporary files for `path`: `.progress.ron.`.
pub fn temporary_prefix(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_string_lossy();
    Some(format!(".{name}."))
}

/// [`write_atomically`], with the step that puts the bytes into the temporary file given.
pub fn write_atomically_with(
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

/// What is wrong with the data folder, when something other than a folder is in its place.
pub fn folder_problem(dir: &Path) -> Option<String> {
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
pub fn ensure_folder(dir: &Path) -> std::io::Result<()> {
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
