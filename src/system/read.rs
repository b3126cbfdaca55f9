//! Reading a file the person or an author named, safely: only regular files, never more than a
//! cap, and never blocking on a FIFO or a device. No egui.
//!
//! Every file the program reads from outside (content, the data file, pictures) goes through
//! [`read_capped`], so a symlink to `/dev/zero`, a FIFO or a huge file gives a clear message
//! instead of a hang or an out-of-memory kill.

use std::io::Read as _;
use std::path::{Path, PathBuf};

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The path names something other than a regular file (a folder, a device, a FIFO…).
    #[error("{} is {kind}, not a regular file", path.display())]
    NotRegular {
        /// The path as given.
        path: PathBuf,
        /// What it is, with its article: "a folder", "a FIFO (named pipe)".
        kind: &'static str,
    },

    /// The file is larger than the cap for its kind.
    #[error("{} is {}, more than the {} allowed", path.display(), human_size(*size_bytes), human_size(*limit_bytes))]
    TooLarge {
        /// The path as given.
        path: PathBuf,
        /// How large it is (at least the cap plus one byte).
        size_bytes: u64,
        /// The cap.
        limit_bytes: u64,
    },

    /// The operating system refused (missing file, no permission…).
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The path as given.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
}

impl ReadError {
    /// Whether the file simply does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Self::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
    }
}

/// What a path is, in words, when it is not a regular file.
pub fn kind_of(file_type: std::fs::FileType) -> Option<&'static str> {
    if file_type.is_file() {
        return None;
    }
    if file_type.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if file_type.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return Some("a device");
        }
        if file_type.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a regular file")
}

/// Reads the regular file at `path` (following symlinks), refusing anything else and anything
/// larger than `limit_bytes`. The cap is applied while reading, so a file that grows or lies about
/// its size is never read past it.
pub fn read_capped(path: &Path, limit_bytes: u64) -> Result<Vec<u8>, ReadError> {
    let io = |source| ReadError::Io {
        path: path.to_owned(),
        source,
    };
    let not_regular = |kind| ReadError::NotRegular {
        path: path.to_owned(),
        kind,
    };
    // Checked before opening: opening a FIFO for reading blocks until a writer appears.
    let metadata = std::fs::metadata(path).map_err(io)?;
    if let Some(kind) = kind_of(metadata.file_type()) {
        return Err(not_regular(kind));
    }
    let file = open_without_blocking(path).map_err(io)?;
    // The path may have been swapped between the check and the open: check what was opened.
    let opened = file.metadata().map_err(io)?;
    if let Some(kind) = kind_of(opened.file_type()) {
        return Err(not_regular(kind));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(opened.len().min(limit_bytes)).unwrap_or(0));
    file.take(limit_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > limit_bytes {
        return Err(ReadError::TooLarge {
            path: path.to_owned(),
            size_bytes: opened.len().max(bytes.len() as u64),
            limit_bytes,
        });
    }
    Ok(bytes)
}

/// Opens for reading with `O_NONBLOCK`, so that even a FIFO swapped in after the check cannot
/// block; reads from a regular file ignore the flag.
#[cfg(unix)]
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// "16 MiB", "300 bytes": sizes as a person reads them.
pub fn human_size(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * KIB;
    const GIB: u64 = 1024 * MIB;
    match bytes {
        b if b >= GIB => format!("{:.1} GiB", b as f64 / GIB as f64),
        b if b >= MIB && b % MIB == 0 => format!("{} MiB", b / MIB),
        b if b >= MIB => format!("{:.1} MiB", b as f64 / MIB as f64),
        b if b >= KIB && b % KIB == 0 => format!("{} KiB", b / KIB),
        b if b >= KIB => format!("{:.1} KiB", b as f64 / KIB as f64),
        1 => "1 byte".to_owned(),
        b => format!("{b} bytes"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_under_the_cap_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, b"hello").unwrap();
        assert_eq!(read_capped(&path, 5).unwrap(), b"hello");
    }

    #[test]
    fn a_file_over_the_cap_is_refused_with_its_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, b"hello!").unwrap();
        let err = read_capped(&path, 5).unwrap_err();
        assert!(
            matches!(
                err,
                ReadError::TooLarge {
                    size_bytes: 6,
                    limit_bytes: 5,
                    ..
                }
            ),
            "{err}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn dev_zero_is_a_device_and_is_not_read() {
        let err = read_capped(Path::new("/dev/zero"), 1024).unwrap_err();
        assert_eq!(err.to_string(), "/dev/zero is a device, not a regular file");
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_to_dev_zero_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("zero.ron");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        assert!(matches!(
            read_capped(&link, 1024),
            Err(ReadError::NotRegular {
                kind: "a device",
                ..
            })
        ));
    }

    #[test]
    fn a_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            read_capped(dir.path(), 1024),
            Err(ReadError::NotRegular {
                kind: "a folder",
                ..
            })
        ));
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(human_size(16 * 1024 * 1024), "16 MiB");
        assert_eq!(human_size(300), "300 bytes");
        assert_eq!(human_size(1536), "1.5 KiB");
    }
}
