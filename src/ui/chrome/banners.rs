//! The callouts above the page that concern the whole window: a content problem, another guide,
//! a read-only window, a data file problem, a failed save.

use egui::{RichText, Ui};

use crate::content::{ContentError, Origin};
use crate::ui;
use crate::ui::style::{Tone, size, strong};

/// What the banners say; each is shown when it is `Some` (or, for the origin, not built in).
pub struct Banners<'a> {
    /// Where the guide on screen comes from.
    pub origin: &'a Origin,
    /// Why the last edit of the content file could not be used.
    pub reload_error: Option<&'a ContentError>,
    /// Why the requested content could not be used (the built-in guide shows instead).
    pub content_error: Option<&'a ContentError>,
    /// Why this window cannot change the data.
    pub read_only: Option<String>,
    /// A problem with the data file the person has not dismissed.
    pub data_notice: Option<String>,
    /// Why the last save failed.
    pub save_error: Option<&'a str>,
}

/// Draws the banners; `true` when the person dismissed the data file's notice.
pub fn banners_ui(ui: &mut Ui, banners: &Banners<'_>) -> bool {
    if let Some(err) = banners.reload_error {
        ui::chrome::content_error::reload_banner_ui(ui, err);
    } else if let Some(err) = banners.content_error {
        ui::chrome::content_error::fallback_banner_ui(ui, err);
    }
    let origin = banners.origin;
    if !origin.is_embedded() {
        ui::callout_ui(ui, Tone::Warning, |ui| {
            ui.label(strong("This is not the built-in guide", size::BODY));
            ui.add(egui::Label::new(format!(
                "What you read here comes from the file {origin}, not from the guide that comes with Skincare Guide, and may say something different. Rely on it only if you know who wrote it."
            )).wrap());
        });
    }
    if let Some(message) = &banners.read_only {
        ui::callout_ui(ui, Tone::Info, |ui| {
            ui.label(strong("Read-only", size::BODY));
            ui.add(egui::Label::new(message.as_str()).wrap());
        });
    }
    let mut dismiss = false;
    if let Some(message) = &banners.data_notice {
        ui::callout_ui(ui, Tone::Warning, |ui| {
            ui.add(egui::Label::new(message.as_str()).wrap());
            dismiss = ui.button("Dismiss").clicked();
        });
    }
    if let Some(reason) = banners.save_error {
        ui::callout_ui(ui, Tone::Urgent, |ui| {
            ui.add(
                egui::Label::new(RichText::new(format!(
                    "Changes can't be saved: {reason}. The app tries again on your next change."
                )))
                .wrap(),
            );
        });
    }
    dismiss
}
