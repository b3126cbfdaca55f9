//! Watches the content file the app shows, so an author sees each saved edit at once. No egui:
//! the app passes in what to do on a change (ask for a repaint).

use std::path::Path;
use std::sync::mpsc::{self, Receiver};

use notify::{EventKind, RecursiveMode, Watcher as _};

/// A running watch on one file. Dropping it stops the watch.
pub struct ContentWatcher {
    _watcher: notify::RecommendedWatcher,
    changes: Receiver<()>,
}

impl ContentWatcher {
    /// Starts watching `path`. `on_change` runs on the watcher's own thread after each change.
    ///
    /// The directory is watched rather than the file: editors often save by writing a new file
    /// and renaming it over the old one, which would end a watch on the old file.
    pub fn start(path: &Path, on_change: impl Fn() + Send + 'static) -> notify::Result<Self> {
        let Some(file_name) = path.file_name().map(ToOwned::to_owned) else {
            return Err(notify::Error::generic("the content path names no file"));
        };
        let dir = path
            .parent()
            .filter(|dir| !dir.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let (sender, changes) = mpsc::channel();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let Ok(event) = event else {
                    return;
                };
                let ours = event
                    .paths
                    .iter()
                    .any(|changed| changed.file_name() == Some(file_name.as_os_str()));
                let edit = matches!(
                    event.kind,
                    EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
                );
                if ours && edit && sender.send(()).is_ok() {
                    on_change();
                }
            })?;
        watcher.watch(dir, RecursiveMode::NonRecursive)?;
        Ok(Self {
            _watcher: watcher,
            changes,
        })
    }

    /// Whether the file changed since the last call.
    pub fn take_change(&self) -> bool {
        let mut changed = false;
        while self.changes.try_recv().is_ok() {
            changed = true;
        }
        changed
    }
}
