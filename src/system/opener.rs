//! Opens a folder in the system's file manager, when the person asks for it.

use std::path::Path;

/// Why a folder could not be opened.
#[derive(Debug, thiserror::Error)]
#[error("could not open {path}: {source}")]
pub struct OpenError {
    path: String,
    source: std::io::Error,
}

/// Shows `folder` in the file manager (`xdg-open` on Linux and the BSDs, `open` on macOS,
/// Explorer on Windows). The program runs on its own; this does not wait for it.
pub fn open_folder(folder: &Path) -> Result<(), OpenError> {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    std::process::Command::new(program)
        .arg(folder)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(|mut child| {
            // Waited for on a thread of its own, so it leaves no zombie process behind.
            std::thread::spawn(move || child.wait());
        })
        .map_err(|source| OpenError {
            path: folder.display().to_string(),
            source,
        })
}
