//! One page of the photo grid: thumbnails, newest first, each with its label and a delete
//! button, and the paging between pages.

use std::path::Path;

use egui::{Rect, RichText, Ui, Vec2, pos2};

use crate::ui::diary::DiaryAction;
use crate::ui::diary::photos::picture::{fit, photo_label, placeholder};
use crate::ui::diary::textures::{Size, Slot, Textures};
use crate::user_data::UserData;
use crate::user_data::diary::PhotoRecord;

/// Thumbnails on one page of the grid: only these are decoded.
pub const PAGE_SIZE: usize = 24;

/// The side of a thumbnail in the grid, in points.
const THUMB_POINTS: f32 = 132.0;

/// The grid's state: the page on show.
#[derive(Default)]
pub(super) struct Grid {
    /// The page, 0 for the newest photos.
    page: usize,
}

impl Grid {
    /// One page of thumbnails, newest first, with paging.
    pub(super) fn ui(
        &mut self,
        ui: &mut Ui,
        progress: &UserData,
        dir: &Path,
        textures: &mut Textures,
    ) -> Option<DiaryAction> {
        let photos = &progress.diary.photos;
        if photos.is_empty() {
            ui.label("No photos yet.");
            return None;
        }
        let pages = photos.len().div_ceil(PAGE_SIZE);
        self.page = self.page.min(pages - 1);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(self.page > 0, egui::Button::new("‹ Newer"))
                .clicked()
            {
                self.page -= 1;
            }
            ui.label(format!("Page {} of {pages}", self.page + 1));
            if ui
                .add_enabled(self.page + 1 < pages, egui::Button::new("Older ›"))
                .clicked()
            {
                self.page += 1;
            }
        });
        let mut action = None;
        ui.horizontal_wrapped(|ui| {
            for photo in photos
                .iter()
                .rev()
                .skip(self.page * PAGE_SIZE)
                .take(PAGE_SIZE)
            {
                ui.vertical(|ui| {
                    ui.set_width(THUMB_POINTS);
                    let label = photo_label(progress, photo);
                    thumbnail_ui(
                        ui,
                        textures,
                        dir,
                        photo,
                        Size::Thumb,
                        Vec2::splat(THUMB_POINTS),
                        &label,
                    );
                    ui.label(RichText::new(&label).small());
                    let delete = ui.button("Delete…");
                    ui.ctx().accesskit_node_builder(delete.id, |node| {
                        node.set_label(format!("Delete the photo of {label}"));
                    });
                    if delete.clicked() {
                        action = Some(DiaryAction::AskDeletePhoto(photo.id));
                    }
                });
            }
        });
        action
    }
}

/// A thumbnail in a box of `size`, decoded only when it is on screen.
fn thumbnail_ui(
    ui: &mut Ui,
    textures: &mut Textures,
    dir: &Path,
    photo: &PhotoRecord,
    kind: Size,
    size: Vec2,
    label: &str,
) {
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    let mut response = response;
    let missing = if ui.is_rect_visible(rect) {
        let slot = textures.get(ui.ctx(), dir, photo.id, kind);
        if let Slot::Missing(reason) = slot {
            response = response.on_hover_text(reason.as_str());
        }
        if let Slot::Ready(texture) = slot {
            let image_rect = fit(rect, photo);
            ui.painter().image(
                texture.id(),
                image_rect,
                Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
                egui::Color32::WHITE,
            );
            false
        } else {
            let missing = matches!(slot, Slot::Missing(_));
            placeholder(ui, ui.painter(), rect, slot);
            missing
        }
    } else {
        false
    };
    let description = if missing {
        format!("Photo of {label}: its file is missing from the photos folder")
    } else {
        format!("Photo of {label}")
    };
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(egui::accesskit::Role::Image);
        node.set_label(description);
    });
}
