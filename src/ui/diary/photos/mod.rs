//! The photos view (adding photos, the guide to comparable photos, the photos folder, and a
//! page of thumbnails whose delete buttons ask the app for a confirmation) and the compare view.

mod compare;
mod grid;
mod picture;

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

pub use grid::PAGE_SIZE;

use crate::content::Guide;
use crate::ui::diary::DiaryAction;
use crate::ui::diary::photos::compare::Compare;
use crate::ui::diary::photos::grid::Grid;
use crate::ui::diary::photos::picture::photo_label;
use crate::ui::diary::textures::Textures;
use crate::ui::heading_ui;
use crate::ui::style::space;
use crate::user_data::UserData;
use crate::user_data::diary::photos::photos_dir;

/// The photos view's and the compare view's state.
#[derive(Default)]
pub(super) struct PhotoState {
    /// What is typed in the path field.
    path_text: String,

    /// The system's file dialog for adding photos.
    chooser: crate::ui::dialogs::file_chooser::FileChooser,

    /// Files chosen in the dialog and not yet handed to the import, one a frame.
    chosen: Vec<PathBuf>,

    /// The grid of thumbnails.
    grid: Grid,

    /// Files in the photos folder that no record names; `None` until looked for.
    pub(super) unknown: Option<Vec<String>>,

    /// The compare view.
    compare: Compare,
}

impl PhotoState {
    /// Drops a deleted photo from the comparison.
    pub(super) fn forget(&mut self, id: u64) {
        if self.compare.pair.is_some_and(|(a, b)| a == id || b == id) {
            self.compare.pair = None;
        }
        self.unknown = None;
    }

    /// The photos view: how to add photos, what is happening to them, the photos folder, the
    /// guide to comparable photos, and the grid.
    #[expect(
        clippy::too_many_arguments,
        reason = "the view's inputs, each used once"
    )]
    pub(super) fn photos_ui(
        &mut self,
        ui: &mut Ui,
        guide: &Guide,
        progress: &UserData,
        data_dir: &Path,
        textures: &mut Textures,
        messages: &mut Vec<String>,
        running: usize,
    ) -> Option<DiaryAction> {
        let dir = photos_dir(data_dir);
        heading_ui(ui, "Photos", 2);
        ui.label("Skincare Guide keeps its own copy of each photo, turned upright and with its location and camera details removed. Your original file is not changed.");
        let mut action = self.add_photos_ui(ui);
        progress_ui(ui, messages, running);
        self.folder_ui(ui, progress, &dir, messages);
        if !guide.diary.photo_guide.is_empty() {
            egui::CollapsingHeader::new("How to take photos you can compare")
                .default_open(progress.diary.photos.is_empty())
                .show(ui, |ui| {
                    for step in &guide.diary.photo_guide {
                        ui.label(format!("• {step}"));
                    }
                });
        }
        ui.add_space(space::GROUP);
        if let Some(delete) = self.grid.ui(ui, progress, &dir, textures) {
            action = Some(delete);
        }
        action
    }

    /// The file dialog, the typed path, and the hints about both. Returns the import of a
    /// chosen or typed file: files chosen together are handed over one a frame.
    fn add_photos_ui(&mut self, ui: &mut Ui) -> Option<DiaryAction> {
        let mut action = None;
        self.chosen.extend(self.chooser.take());
        if !self.chosen.is_empty() {
            action = Some(DiaryAction::ImportPhoto(self.chosen.remove(0)));
            ui.ctx().request_repaint();
        }
        ui.horizontal_wrapped(|ui| {
            let choose =
                ui.add_enabled(!self.chooser.is_open(), egui::Button::new("Choose photos…"));
            if choose.clicked() {
                self.chooser.pick_files(
                    ui.ctx(),
                    "Add photos to your diary",
                    "Photos",
                    &["jpg", "jpeg", "png", "JPG", "JPEG", "PNG"],
                );
            }
            let label = ui.label("Photo file:");
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.path_text)
                        .hint_text("/path/to/photo.jpg")
                        .desired_width(280.0),
                )
                .labelled_by(label.id);
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let typed = self.path_text.trim();
            if (ui
                .add_enabled(!typed.is_empty(), egui::Button::new("Add photo"))
                .clicked()
                || enter)
                && !typed.is_empty()
            {
                action = Some(DiaryAction::ImportPhoto(PathBuf::from(typed)));
                self.path_text.clear();
            }
        });
        if self.chooser.nothing_chosen {
            ui.label(
                RichText::new("If no file dialog appeared, type the photo's path above.").weak(),
            );
        }
        ui.label(RichText::new("You can also drop photo files onto the window.").weak());
        action
    }

    /// Where the photos are kept, a button to open the folder, and the files in it that the
    /// diary does not know.
    fn folder_ui(
        &mut self,
        ui: &mut Ui,
        progress: &UserData,
        dir: &Path,
        messages: &mut Vec<String>,
    ) {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("Photos are kept in {}", dir.display()));
            if ui.button("Open photos folder").clicked() {
                // The file manager, the same way About opens the data folder; never a browser.
                if let Err(err) = crate::system::opener::open_folder(dir) {
                    messages.push(format!("{err:#}"));
                }
            }
        });
        let unknown = self.unknown.get_or_insert_with(|| {
            crate::user_data::diary::photos::unknown_files(dir, &progress.diary)
        });
        if !unknown.is_empty() {
            ui.label(
                RichText::new(format!(
                    "The photos folder also holds files the diary does not know, left as they are: {}",
                    unknown.join(", ")
                ))
                .weak(),
            );
        }
    }

    /// The compare view.
    pub(super) fn compare_ui(
        &mut self,
        ui: &mut Ui,
        progress: &UserData,
        data_dir: &Path,
        textures: &mut Textures,
    ) {
        self.compare.ui(ui, progress, data_dir, textures);
    }
}

/// The question before deleting the photo `id`: its title and body, or `None` when there is no
/// such photo.
pub fn delete_question(progress: &UserData, id: u64) -> Option<(String, String)> {
    let photo = progress.diary.photo(id)?;
    Some((
        "Delete this photo?".to_owned(),
        format!(
            "The photo of {} and its copy in the photos folder will be deleted. Your original file is not affected. This cannot be undone.",
            photo_label(progress, photo)
        ),
    ))
}

/// The imports still running, and the problems the last ones had until dismissed.
fn progress_ui(ui: &mut Ui, messages: &mut Vec<String>, running: usize) {
    if running > 0 {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(format!(
                "Adding {running} photo{}…",
                if running == 1 { "" } else { "s" }
            ));
        });
    }
    if !messages.is_empty() {
        crate::ui::callout_ui(ui, crate::ui::style::Tone::Warning, |ui| {
            for message in messages.iter() {
                ui.label(message.as_str());
            }
            if ui.button("Dismiss").clicked() {
                messages.clear();
            }
        });
    }
}
