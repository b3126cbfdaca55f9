//! About: what this app is, which guide it shows, where the person's data is kept, and the
//! licences of the app, its font and its icons.

use std::path::Path;

use egui::{RichText, Ui};

use crate::ui::dialogs::{ButtonKind, buttons_ui, dialog_ui};
use crate::ui::style::{self, dialog_width, size, space};

/// What About shows.
pub struct AboutInfo<'a> {
    /// The guide's title and the day it was last reviewed, when a guide is loaded.
    pub guide: Option<(&'a str, &'a str)>,

    /// Where the guide comes from: "built-in guide" or a file's path.
    pub content: String,

    /// The person's data file.
    pub data_file: &'a Path,
}

/// What the person did in About.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AboutAction {
    /// Open the folder holding the data file.
    OpenDataFolder,
    /// Close About.
    Close,
}

/// The About dialog.
pub fn about_ui(ctx: &egui::Context, info: &AboutInfo<'_>) -> Option<AboutAction> {
    let (pressed, close) = dialog_ui(
        ctx,
        "about",
        "About Skincare Guide",
        dialog_width::READING,
        |ui| {
            ui.label(style::caption(format!(
                "Version {}",
                env!("CARGO_PKG_VERSION")
            )));
            ui.add(
                egui::Label::new(
                    "An offline companion for before, during and after a microneedling treatment. \
                 It never goes online: what you tick and write stays on this computer.",
                )
                .wrap(),
            );
            ui.add_space(space::S);
            egui::Grid::new("about-grid")
                .num_columns(2)
                .spacing([space::M, space::S])
                .show(ui, |ui| {
                    if let Some((title, reviewed)) = info.guide {
                        row_ui(
                            ui,
                            "Guide",
                            &format!("{title}, last reviewed on {reviewed}"),
                        );
                    }
                    row_ui(ui, "Content", &format!("Content: {}", info.content));
                    row_ui(ui, "Your data", &info.data_file.display().to_string());
                });
            ui.add_space(space::S);
            ui.label(style::strong("Licences", size::BODY));
            for line in [
                "Skincare Guide: MIT or Apache-2.0, at your choice.",
                "Atkinson Hyperlegible Next font, by the Braille Institute: SIL Open Font License 1.1.",
                "Material Symbols icons, by Google: Apache-2.0.",
            ] {
                ui.add(egui::Label::new(RichText::new(line).size(size::CAPTION)).wrap());
            }
            buttons_ui(
                ui,
                &[
                    ("Open data folder", ButtonKind::Plain),
                    ("Close", ButtonKind::Suggested),
                ],
            )
        },
    );
    match pressed {
        Some(0) => Some(AboutAction::OpenDataFolder),
        Some(_) => Some(AboutAction::Close),
        None if close => Some(AboutAction::Close),
        None => None,
    }
}

fn row_ui(ui: &mut Ui, name: &str, value: &str) {
    ui.label(style::strong(name, size::BODY));
    ui.add(egui::Label::new(value).wrap());
    ui.end_row();
}
