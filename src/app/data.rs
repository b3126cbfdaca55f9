//! The person's data as this window holds it, and the file it lives in: saving after each
//! change, and following another window that owns the file.

use std::path::{Path, PathBuf};

use crate::user_data::UserData;
use crate::user_data::diary::photos::Imports;
use crate::user_data::store::{LoadNotice, ReadOnly, Store};

/// How often a read-only window looks for the other window's saves and for its closing.
pub(super) const FOLLOW_INTERVAL: std::time::Duration = std::time::Duration::from_millis(500);

/// The person's data and its store.
pub(super) struct Data {
    /// Where the data is saved, and whether this window may write it.
    pub store: Store,

    /// The person's data.
    pub progress: UserData,

    /// A problem with the data file the person has not dismissed yet.
    pub notice: Option<LoadNotice>,

    /// Why the last save failed; cleared by the next successful save.
    pub save_error: Option<String>,

    /// Photos being copied into the data folder, one at a time.
    pub imports: Imports,
}

impl Data {
    /// Opens the store in `data_dir` and loads what it holds; `wake` is called when a photo
    /// import ends.
    pub(super) fn open(data_dir: PathBuf, wake: impl Fn() + Send + Sync + 'static) -> Self {
        let mut store = Store::open(data_dir);
        let loaded = store.load();
        Self {
            store,
            progress: loaded.progress,
            notice: loaded.notice,
            save_error: None,
            imports: Imports::new(wake),
        }
    }

    /// Whether the person's data can be changed in this window (see [`Store::read_only`]).
    pub(super) fn writable(&self) -> bool {
        self.store.read_only().is_none()
    }

    /// The folder holding the person's data file.
    pub(super) fn dir(&self) -> &Path {
        self.store.path().parent().unwrap_or(Path::new("."))
    }

    /// Writes the person's data now; a failure is shown above the page until a save works.
    /// A read-only window keeps changes of its own view (tab, text size) unsaved.
    pub(super) fn save(&mut self) {
        if !self.writable() {
            return;
        }
        match self.store.save(&self.progress) {
            Ok(()) => self.save_error = None,
            Err(err) => {
                log::warn!("{err:#}");
                self.save_error = Some(format!("{err:#}"));
            }
        }
    }

    /// In a window that follows another one: takes over when the other window closes, and
    /// otherwise shows what the other window saved. This window's tab and display stay its own.
    /// Returns whether it still follows (and should look again after [`FOLLOW_INTERVAL`]).
    pub(super) fn follow_other_window(&mut self) -> bool {
        if self.store.read_only() != Some(&ReadOnly::OtherWindow) {
            return false;
        }
        let took_over = self.store.try_take_over();
        if took_over || self.store.changed_on_disk() {
            let loaded = self.store.load();
            self.progress.follow(loaded.progress);
            if loaded.notice.is_some() {
                self.notice = loaded.notice;
            }
        }
        self.store.read_only() == Some(&ReadOnly::OtherWindow)
    }
}
