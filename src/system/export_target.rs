//! Writing an export where the person asked: only to a new file or over an existing regular file,
//! never over a device, a FIFO, a folder or a read-only file, and never creating folders. No egui.

use std::path::{Path, PathBuf};

use crate::content::Origin;
use crate::output::FileKind;
use crate::system::read;

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

    /// The existing file is read-only, or not ours to write.
    #[error("{} is read-only for you; choose another name or make it writable first", path.display())]
    ReadOnly {
        /// The file.
        path: PathBuf,
    },

    /// The existing file is something an export must never replace.
    #[error("{} {reason}; choose another name", path.display())]
    Protected {
        /// The file.
        path: PathBuf,
        /// Why, as the rest of the sentence: "is your saved progress".
        reason: String,
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

/// Writes `bytes` in `format` to `path` atomically (a temporary file beside it, then a rename). A
/// symlink to a regular file is followed and the file it points to is replaced, the link kept. A
/// new file gets the permissions the person's files get (0666 less the umask); a replaced file
/// keeps its own. An existing file is replaced only when it has the format's extension, is
/// writable by this user, belongs to them, has no other hard links, and is none of `protected`
/// (the data file, the content file). Returns the path written.
pub fn write_export(
    path: &Path,
    format: impl Into<FileKind>,
    bytes: &[u8],
    protected: &[(&Path, &str)],
) -> Result<PathBuf, OutFileError> {
    let io = |source| OutFileError::Io {
        path: path.to_owned(),
        source,
    };
    let (target, permissions) = match std::fs::metadata(path) {
        Ok(metadata) => {
            if let Some(kind) = read::kind_of(metadata.file_type()) {
                return Err(OutFileError::NotAFile {
                    path: path.to_owned(),
                    kind,
                });
            }
            refuse_to_replace(path, format.into(), &metadata, protected)?;
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

/// The files no export may replace: the person's data file, and the content file in use.
pub fn protected<'a>(data_file: &'a Path, origin: &'a Origin) -> Vec<(&'a Path, &'static str)> {
    let mut protected = vec![(data_file, "your saved progress")];
    if let Origin::File(content) = origin {
        protected.push((content.as_path(), "the content file"));
    }
    protected
}

/// Why the existing regular file at `path` must not be replaced by an export, if so.
fn refuse_to_replace(
    path: &Path,
    format: FileKind,
    metadata: &std::fs::Metadata,
    protected: &[(&Path, &str)],
) -> Result<(), OutFileError> {
    let refuse = |reason: String| {
        Err(OutFileError::Protected {
            path: path.to_owned(),
            reason,
        })
    };
    for (other, what) in protected {
        if std::fs::metadata(other).is_ok_and(|other| same_file(&other, metadata)) {
            return refuse(format!("is {what}"));
        }
    }
    if extension_warning(format, path).is_some() {
        return refuse(format!(
            "already exists and is not a .{} file, so it may be something else",
            format.extension()
        ));
    }
    // Mode bits say "read-only" even to root; opening for writing says whether this user may.
    let writable = std::fs::OpenOptions::new().write(true).open(path).is_ok();
    if metadata.permissions().readonly() || !writable {
        return Err(OutFileError::ReadOnly {
            path: path.to_owned(),
        });
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        if metadata.nlink() > 1 {
            return refuse(
                "has other hard links, which replacing it would leave with the old text".to_owned(),
            );
        }
    }
    Ok(())
}

/// Whether two files are one (same device and inode on Unix).
#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    a.len() == b.len()
        && a.modified().ok() == b.modified().ok()
        && a.created().ok() == b.created().ok()
}

/// An error from the temporary file without its made-up name, which means nothing to the
/// person: the message around it names the file and folder.
fn plain(err: std::io::Error) -> std::io::Error {
    std::io::Error::from(err.kind())
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
    let mut temp = builder.tempfile_in(folder).map_err(|err| match err.kind() {
        std::io::ErrorKind::PermissionDenied => std::io::Error::new(
            err.kind(),
            format!(
                "the folder {} does not let you create files, so the file cannot be replaced safely",
                folder.display()
            ),
        ),
        _ => plain(err),
    })?;
    temp.write_all(bytes).map_err(plain)?;
    temp.as_file().sync_all().map_err(plain)?;
    #[cfg(unix)]
    if let Some(permissions) = permissions {
        use std::os::unix::fs::MetadataExt as _;
        // A file of another user's, replaced by root, would become root's.
        let ours = temp.as_file().metadata().map_err(plain)?.uid();
        let theirs = std::fs::metadata(target).map_err(plain)?.uid();
        if ours != theirs {
            return Err(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                "it belongs to another user; choose another name",
            ));
        }
        // Keep exactly the replaced file's mode, whatever the umask.
        temp.as_file().set_permissions(permissions).map_err(plain)?;
    }
    #[cfg(not(unix))]
    let _ = permissions;
    temp.persist(target).map_err(|err| plain(err.error))?;
    Ok(())
}

/// A warning when `path` does not end in the format's extension (`plan.md` for a calendar).
pub fn extension_warning(format: impl Into<FileKind>, path: &Path) -> Option<String> {
    let format = format.into();
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
    use crate::output::export::Format;

    #[test]
    fn a_new_file_is_written_in_an_existing_folder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ics");
        assert_eq!(
            write_export(&path, Format::Calendar, b"x", &[]).unwrap(),
            path
        );
        assert_eq!(std::fs::read(&path).unwrap(), b"x");
    }

    #[test]
    fn a_missing_folder_is_not_created() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new").join("plan.ics");
        assert!(matches!(
            write_export(&path, Format::Calendar, b"x", &[]),
            Err(OutFileError::NoFolder { .. })
        ));
        assert!(!dir.path().join("new").exists());
    }

    #[test]
    fn a_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_export(dir.path(), Format::Calendar, b"x", &[]).unwrap_err();
        assert!(
            err.to_string()
                .ends_with("is a folder; choose a file name instead"),
            "{err}"
        );
    }

    #[test]
    fn the_data_file_and_files_of_another_kind_are_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("progress.ron");
        std::fs::write(&data, "(ticked: [])").unwrap();
        let err = write_export(&data, Format::Markdown, b"x", &[]).unwrap_err();
        assert!(err.to_string().contains("is not a .md file"), "{err}");
        let renamed = dir.path().join("data.md");
        std::fs::rename(&data, &renamed).unwrap();
        let protected = [(renamed.as_path(), "your saved progress")];
        let err = write_export(&renamed, Format::Markdown, b"x", &protected).unwrap_err();
        assert!(
            err.to_string()
                .ends_with("is your saved progress; choose another name"),
            "{err}"
        );
        assert_eq!(std::fs::read_to_string(&renamed).unwrap(), "(ticked: [])");
    }

    #[cfg(unix)]
    #[test]
    fn a_file_with_other_hard_links_is_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let one = dir.path().join("one.ics");
        std::fs::write(&one, "old").unwrap();
        std::fs::hard_link(&one, dir.path().join("two.ics")).unwrap();
        let err = write_export(&one, Format::Calendar, b"new", &[]).unwrap_err();
        assert!(err.to_string().contains("other hard links"), "{err}");
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
