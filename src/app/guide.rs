//! The guide on screen: the loaded content, why it could not be loaded, and the watch on its file
//! that reloads it after an edit.

use crate::content::{self, ContentError, LoadedGuide, Origin};
use crate::system::watch::ContentWatcher;

/// The guide and its file.
pub(super) struct GuideState {
    /// The guide being shown; `None` while the content error screen is up.
    pub loaded: Option<LoadedGuide>,

    /// Why the requested content could not be used, if it could not.
    pub error: Option<ContentError>,

    /// The content file on disk, watched for edits; `None` for the built-in guide.
    watched: Option<(Origin, ContentWatcher)>,

    /// Why the last edit of the content file could not be used; the last good guide stays.
    pub reload_error: Option<ContentError>,
}

impl GuideState {
    /// The guide as loaded (or not) before the window opened, watched when it comes from a file.
    pub(super) fn new(ctx: &egui::Context, content: Result<LoadedGuide, ContentError>) -> Self {
        let watched = watch_content(ctx, &content);
        let (loaded, error) = match content {
            Ok(guide) => (Some(guide), None),
            Err(err) => {
                log::error!("{err:#}");
                (None, Some(err))
            }
        };
        Self {
            loaded,
            error,
            watched,
            reload_error: None,
        }
    }

    /// Whether the watched file was saved since the last call.
    pub(super) fn edited(&self) -> bool {
        self.watched
            .as_ref()
            .is_some_and(|(_, watcher)| watcher.take_change())
    }

    /// Reads the watched content file again after an edit. A good edit replaces the guide (the
    /// person's ticks, tab and place stay); a broken one keeps the last good guide on screen and
    /// says what is wrong. Returns the new title when it changed.
    pub(super) fn reload(&mut self, today: jiff::civil::Date) -> Option<String> {
        let (origin, _) = self.watched.as_ref()?;
        match content::load(origin, today) {
            Ok(loaded) => {
                let title = loaded.guide.title.clone();
                let retitled = self.loaded.as_ref().map(|shown| &shown.guide.title) != Some(&title);
                self.loaded = Some(loaded);
                self.error = None;
                self.reload_error = None;
                retitled.then_some(title)
            }
            Err(err) => {
                log::warn!("{err:#}");
                let showing_this_file = self
                    .loaded
                    .as_ref()
                    .is_some_and(|shown| &shown.origin == origin);
                if showing_this_file {
                    self.reload_error = Some(err);
                } else {
                    self.error = Some(err);
                }
                None
            }
        }
    }

    /// Replaces a guide that could not be loaded with the built-in one; returns its title.
    pub(super) fn use_embedded(&mut self) -> Option<String> {
        match content::load_embedded(content::today()) {
            Ok(guide) => {
                let title = guide.guide.title.clone();
                self.loaded = Some(guide);
                Some(title)
            }
            Err(err) => {
                log::error!("the built-in guide is invalid: {err:#}");
                None
            }
        }
    }
}

/// Starts watching the content file, if the guide comes from one (or failed to), so that saved
/// edits show at once. A watch that cannot start is logged: the app works without it.
fn watch_content(
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
