//! What the person sees when the content file cannot be used.

use egui::{RichText, Ui};

use crate::content::ContentError;
use crate::ui::style::{Tone, space};
use crate::ui::{callout_ui, heading_ui};

/// The problems of a content error, one located line each.
pub fn problem_lines(error: &ContentError) -> Vec<String> {
    match error {
        ContentError::Invalid { origin, problems } => problems
            .iter()
            .map(|problem| problem.located(origin))
            .collect(),
        ContentError::Read { .. } => vec![error.to_string()],
    }
}

/// The full-window error screen. Returns `true` when the person asks for the built-in guide.
pub fn content_error_ui(ui: &mut Ui, error: &ContentError) -> bool {
    heading_ui(ui, "The guide's content could not be loaded", 1);
    ui.label(
        "The content file has a problem, so the app cannot show it. \
         Your saved checklist is not affected.",
    );
    problems_ui(ui, error);
    ui.label(format!(
        "Fix the file and start the app again. To list every problem without opening the app, \
         run: skincare-guide check {}",
        error.origin()
    ));
    ui.add_space(space::S);
    ui.button("Open the built-in guide").clicked()
}

/// The banner shown above the built-in guide after a content error.
pub fn fallback_banner_ui(ui: &mut Ui, error: &ContentError) {
    problems_banner_ui(
        ui,
        "You are reading the built-in guide, because the content file could not be used.",
        error,
    );
}

/// The banner shown when a saved edit of the content file broke it.
pub fn reload_banner_ui(ui: &mut Ui, error: &ContentError) {
    problems_banner_ui(
        ui,
        &format!(
            "Your last edit of {} has problems, so the guide shows the last good version until they are fixed.",
            error.origin()
        ),
        error,
    );
}

fn problems_banner_ui(ui: &mut Ui, headline: &str, error: &ContentError) {
    callout_ui(ui, Tone::Warning, |ui| {
        ui.label(RichText::new(headline).strong());
        egui::CollapsingHeader::new("Show the problems")
            .id_salt("content-problems")
            .show(ui, |ui| problems_ui(ui, error));
    });
}

fn problems_ui(ui: &mut Ui, error: &ContentError) {
    egui::Frame::new()
        .fill(ui.visuals().extreme_bg_color)
        .inner_margin(space::S)
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            for line in problem_lines(error) {
                ui.add(egui::Label::new(RichText::new(line).monospace()).wrap());
            }
        });
}
