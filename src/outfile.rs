//! Writing an export where the person asked: only to a new file or over an existing regular file,
//! never over a device, a FIFO, a folder or a read-only file, and never creating folders. No egui.

use std::path::{Path, PathBuf};

use crate::export::Format;
use crate::fsread;

/// Why an export could not be written. The message says what to do instead.
#[derive(Debug, thiserror::Error)]
pub enum OutFileError {
    /// The path names something that is not a regular file.
    #[error("{} is {kind}; choose a file name instead", path.display())]
    NotAFile {
        /// The path as given.
        path: PathBuf,
        /// What is there, with its article.
        kind: &'static str,
    },

    /// The folder to write into does not exist.
    #[error("the folder {} does not exist; create it first or choose another folder", folder.display())]
    NoFolder {
        /// The missing folder.
        folder: PathBuf,
    },

    /// The existing file is read-only.
    #[error("{} is read-only; choose another name or make it writable first", path.display())]
    ReadOnly {
        /// The file.
        path: PathBuf,
    },

    /// The operating system refused.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// The path as given.
        path: PathBuf,
        /// What it said.
        source: std::io::Error,
    },
}

/// Writes `bytes` to `path` atomically (a temporary file beside it, then a rename). A symlink to
/// a regular file is followed and the file it points to is replaced, the link kept. A new file
/// gets the permissions the person's files get (0666 less the umask); a replaced file keeps its
/// own. Returns the path written.
pub fn write_export(path: &Path, bytes: &[u8]) -> Result<PathBuf, OutFileError> {
    let io = |source| OutFileError::Io {
        path: path.to_owned(),
        source,
    };
    let (target, permissions) = match std::fs::metadata(path) {
        Ok(metadata) => {
            if let Some(kind) = fsread::kind_of(metadata.file_type()) {
                return Err(OutFileError::NotAFile {
                    path: path.to_owned(),
                    kind,
                });
            }
            if metadata.permissions().readonly() {
                return Err(OutFileError::ReadOnly {
                    path: path.to_owned(),
                });
            }
            // Replace the file a symlink points to, not the link.
            (
                std::fs::canonicalize(path).map_err(io)?,
                Some(metadata.permissions()),
            )
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            if std::fs::symlink_metadata(path).is_ok() {
                // A symlink whose target is missing: writing would replace the link.
                return Err(OutFileError::NotAFile {
                    path: path.to_owned(),
                    kind: "a link to a missing file",
                });
            }
            let folder = path
                .parent()
                .filter(|folder| !folder.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            if !folder.is_dir() {
                return Err(OutFileError::NoFolder {
                    folder: folder.to_owned(),
                });
            }
            (path.to_owned(), None)
        }
        Err(err) => return Err(io(err)),
    };
    write_replacing(&target, bytes, permissions).map_err(io)?;
    Ok(target)
}

/// The atomic write itself: the temporary file is created with the final permissions, so the
/// file never exists with looser ones.
fn write_replacing(
    target: &Path,
    bytes: &[u8],
    permissions: Option<std::fs::Permissions>,
) -> std::io::Result<()> {
    use std::io::Write as _;
    let folder = target
        .parent()
        .filter(|folder| !folder.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".export-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        // Given to open(2), which takes the umask off, as for any file the person creates.
        let mode = permissions
            .as_ref()
            .map_or(0o666, |permissions| permissions.mode() & 0o7777);
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    let mut temp = builder.tempfile_in(folder)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    #[cfg(unix)]
    if let Some(permissions) = permissions {
        // Keep exactly the replaced file's mode, whatever the umask.
        temp.as_file().set_permissions(permissions)?;
    }
    #[cfg(not(unix))]
    let _ = permissions;
    temp.persist(target).map_err(|err| err.error)?;
    Ok(())
}

/// A warning when `path` does not end in the format's extension (`plan.md` for a calendar).
pub fn extension_warning(format: Format, path: &Path) -> Option<String> {
    let extension = path
        .extension()
        .map(|extension| extension.to_string_lossy().to_ascii_lowercase());
    let expected = format.extension();
    match extension {
        Some(extension) if extension == expected => None,
        Some(extension) => Some(format!(
            "{} ends in .{extension}, but it is a {}; other programs may not open it (use .{expected})",
            path.display(),
            format.label()
        )),
        None => Some(format!(
            "{} has no extension; a {} usually ends in .{expected}",
            path.display(),
            format.label()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_is_written_in_an_existing_folder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ics");
        assert_eq!(write_export(&path, b"x").unwrap(), path);
        assert_eq!(std::fs::read(&path).unwrap(), b"x");
    }

    #[test]
    fn a_missing_folder_is_not_created() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new").join("plan.ics");
        assert!(matches!(
            write_export(&path, b"x"),
            Err(OutFileError::NoFolder { .. })
        ));
        assert!(!dir.path().join("new").exists());
    }

    #[test]
    fn a_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_export(dir.path(), b"x").unwrap_err();
        assert!(
            err.to_string()
                .ends_with("is a folder; choose a file name instead"),
            "{err}"
        );
    }

    #[test]
    fn the_extension_is_checked_against_the_format() {
        assert_eq!(
            extension_warning(Format::Calendar, Path::new("a.ICS")),
            None
        );
        let warning = extension_warning(Format::Calendar, Path::new("plan.md")).unwrap();
        assert!(warning.contains("ends in .md"), "{warning}");
        assert!(extension_warning(Format::Markdown, Path::new("plan")).is_some());
    }
}
