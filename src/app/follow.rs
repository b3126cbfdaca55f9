//! Keeping up with the disk: the content file's edits, and another window's saves.

use crate::content::{self, ContentError, LoadedGuide, Origin};
use crate::system::watch::ContentWatcher;
use crate::user_data::store::ReadOnly;

use crate::app::GuideApp;

/// How often a read-only window looks for the other window's saves and for its closing.
const FOLLOW_INTERVAL: std::time::Duration = std::time::Duration::from_millis(500);

impl GuideApp {
    /// Reads the watched content file again after an edit. A good edit replaces the guide (the
    /// person's ticks, tab and place stay); a broken one keeps the last good guide on screen and
    /// says what is wrong.
    pub(super) fn reload(&mut self, ctx: &egui::Context) {
        let Some((origin, _)) = &self.watched else {
            return;
        };
        match content::load(origin, self.today()) {
            Ok(loaded) => {
                if self.guide.as_ref().map(|shown| &shown.guide.title) != Some(&loaded.guide.title)
                {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Title(loaded.guide.title.clone()));
                }
                self.guide = Some(loaded);
                self.content_error = None;
                self.reload_error = None;
                self.search.forget_index();
            }
            Err(err) => {
                log::warn!("{err:#}");
                let showing_this_file = self
                    .guide
                    .as_ref()
                    .is_some_and(|shown| &shown.origin == origin);
                if showing_this_file {
                    self.reload_error = Some(err);
                } else {
                    self.content_error = Some(err);
                }
            }
        }
    }

    /// In a window that follows another one: takes over when the other window closes, and
    /// otherwise shows what the other window saved. This window's tab and display stay its own.
    pub(super) fn follow_other_window(&mut self, ctx: &egui::Context) {
        if self.store.read_only() != Some(&ReadOnly::OtherWindow) {
            return;
        }
        let took_over = self.store.try_take_over();
        if took_over || self.store.changed_on_disk() {
            let loaded = self.store.load();
            self.progress.follow(loaded.progress);
            if loaded.notice.is_some() {
                self.data_notice = loaded.notice;
            }
        }
        if self.store.read_only() == Some(&ReadOnly::OtherWindow) {
            ctx.request_repaint_after(FOLLOW_INTERVAL);
        }
    }
}

/// Starts watching the content file, if the guide comes from one (or failed to), so that saved
/// edits show at once. A watch that cannot start is logged: the app works without it.
pub(super) fn watch_content(
    ctx: &egui::Context,
    content: &Result<LoadedGuide, ContentError>,
) -> Option<(Origin, ContentWatcher)> {
    let origin = match content {
        Ok(loaded) => loaded.origin.clone(),
        Err(err) => err.origin(),
    };
    let Origin::File(path) = &origin else {
        return None;
    };
    let repaint = ctx.clone();
    match ContentWatcher::start(path, move || repaint.request_repaint()) {
        Ok(watcher) => Some((origin, watcher)),
        Err(err) => {
            log::warn!("{}: cannot watch for edits: {err}", path.display());
            None
        }
    }
}
