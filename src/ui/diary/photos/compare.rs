//! The compare view: two photos side by side, or a wipe between them, with zoom and pan locked
//! together.

use std::path::Path;

use egui::{Rect, RichText, Ui, Vec2, pos2, vec2};

use crate::ui::diary::photos::picture::{fit, photo_label, placeholder};
use crate::ui::diary::textures::{Size, Slot, Textures};
use crate::ui::heading_ui;
use crate::ui::style::{diary_colours, space};
use crate::user_data::UserData;
use crate::user_data::diary::PhotoRecord;
use crate::user_data::diary::photos::photos_dir;

/// The compare view's state.
pub(super) struct Compare {
    /// The two photos, when picked.
    pub(super) pair: Option<(u64, u64)>,

    /// One image with a wipe instead of two side by side.
    wipe: bool,

    /// Where the wipe is, 0 (all second photo) to 1 (all first).
    split: f32,

    /// Zoom, 1 shows the whole photo.
    zoom: f32,

    /// The centre of the view, as a fraction of the photo (0.5, 0.5 is the middle).
    centre: Vec2,
}

impl Default for Compare {
    fn default() -> Self {
        Self {
            pair: None,
            wipe: false,
            split: 0.5,
            zoom: 1.0,
            centre: vec2(0.5, 0.5),
        }
    }
}

impl Compare {
    /// The two photos chosen (or the default pair), the view controls, and the photos.
    pub(super) fn ui(
        &mut self,
        ui: &mut Ui,
        progress: &UserData,
        data_dir: &Path,
        textures: &mut Textures,
    ) {
        heading_ui(ui, "Compare photos", 2);
        let pair = self
            .pair
            .filter(|(a, b)| {
                progress.diary.photo(*a).is_some() && progress.diary.photo(*b).is_some()
            })
            .or_else(|| progress.diary.default_comparison(progress));
        let Some(pair) = pair else {
            ui.label("Add at least two photos to compare them.");
            return;
        };
        let (first, second) = pair_picker_ui(ui, progress, pair);
        self.pair = Some((first, second));
        self.controls_ui(ui);
        let (Some(a), Some(b)) = (progress.diary.photo(first), progress.diary.photo(second)) else {
            return;
        };
        let labels = [photo_label(progress, a), photo_label(progress, b)];
        let frames = self.allocate_frames(ui, [a, b]);
        self.pan_and_zoom(ui, &frames, &labels);
        self.paint(ui, textures, &photos_dir(data_dir), &frames, [a, b]);
        ui.horizontal(|ui| {
            ui.label(RichText::new(format!("First: {}", labels[0])).small());
            ui.label(RichText::new(format!("Second: {}", labels[1])).small());
        });
    }

    /// Side by side or wipe, the zoom, the wipe's position, and "Reset view".
    fn controls_ui(&mut self, ui: &mut Ui) {
        ui.horizontal_wrapped(|ui| {
            ui.selectable_value(&mut self.wipe, false, "Side by side");
            ui.selectable_value(&mut self.wipe, true, "Wipe");
            ui.separator();
            ui.add(
                egui::Slider::new(&mut self.zoom, 1.0..=8.0)
                    .logarithmic(true)
                    .text("Zoom"),
            );
            if self.wipe {
                ui.add(egui::Slider::new(&mut self.split, 0.0..=1.0).text("Wipe position"));
            }
            if ui.button("Reset view").clicked() {
                self.zoom = 1.0;
                self.centre = vec2(0.5, 0.5);
            }
        });
    }

    /// The frames the photos are drawn in: one for the wipe, two side by side otherwise, as
    /// tall as the taller photo needs at the width it gets.
    fn allocate_frames(&self, ui: &mut Ui, photos: [&PhotoRecord; 2]) -> Vec<Rect> {
        let width = ui.available_width();
        let shown_width = if self.wipe {
            width
        } else {
            (width - space::S) / 2.0
        };
        let height = photos
            .iter()
            .map(|photo| shown_width * photo.height.max(1) as f32 / photo.width.max(1) as f32)
            .fold(0.0, f32::max)
            .clamp(160.0, 560.0);
        let (rect, _) = ui.allocate_exact_size(vec2(width, height), egui::Sense::hover());
        if self.wipe {
            vec![rect]
        } else {
            let half = (width - space::S) / 2.0;
            vec![
                Rect::from_min_size(rect.min, vec2(half, height)),
                Rect::from_min_size(rect.min + vec2(half + space::S, 0.0), vec2(half, height)),
            ]
        }
    }

    /// Dragging in any frame pans both photos; the scroll wheel zooms both. Each frame tells
    /// screen readers what it shows.
    fn pan_and_zoom(&mut self, ui: &Ui, frames: &[Rect], labels: &[String; 2]) {
        for (index, frame) in frames.iter().enumerate() {
            let response = ui.interact(
                *frame,
                ui.scope_id().with(("compare-frame", index)),
                egui::Sense::drag(),
            );
            if response.dragged() {
                let delta = response.drag_delta();
                self.centre -= vec2(delta.x / frame.width(), delta.y / frame.height()) / self.zoom;
            }
            if response.hovered() {
                let scroll = ui.input(|i| i.smooth_scroll_delta.y);
                if scroll != 0.0 {
                    self.zoom = (self.zoom * (1.0 + scroll * 0.002)).clamp(1.0, 8.0);
                }
            }
            let description = if self.wipe {
                format!(
                    "{} on the left of the wipe, {} on the right, at {:.0}% zoom",
                    labels[0],
                    labels[1],
                    self.zoom * 100.0
                )
            } else {
                format!(
                    "Photo of {} at {:.0}% zoom",
                    labels[index],
                    self.zoom * 100.0
                )
            };
            ui.ctx().accesskit_node_builder(response.id, |node| {
                node.set_role(egui::accesskit::Role::Image);
                node.set_label(description.clone());
            });
        }
        let half_view = 0.5 / self.zoom;
        self.centre = vec2(
            self.centre.x.clamp(half_view, 1.0 - half_view),
            self.centre.y.clamp(half_view, 1.0 - half_view),
        );
    }

    /// Paints the part of both photos in view: one over the other up to the wipe, or one in
    /// each frame.
    fn paint(
        &self,
        ui: &Ui,
        textures: &mut Textures,
        dir: &Path,
        frames: &[Rect],
        [a, b]: [&PhotoRecord; 2],
    ) {
        let uv = Rect::from_center_size(
            pos2(self.centre.x, self.centre.y),
            Vec2::splat(1.0 / self.zoom),
        );
        let colours = diary_colours(ui.visuals().dark_mode);
        let first_frame = frames.first().copied().unwrap_or(Rect::NOTHING);
        if self.wipe {
            let image_rect = fit(first_frame, a);
            paint_photo(ui, textures, dir, a, image_rect, uv, None);
            let split_x = image_rect.left() + image_rect.width() * self.split;
            let right = Rect::from_min_max(pos2(split_x, image_rect.top()), image_rect.max);
            paint_photo(ui, textures, dir, b, image_rect, uv, Some(right));
            ui.painter().line_segment(
                [
                    pos2(split_x, image_rect.top()),
                    pos2(split_x, image_rect.bottom()),
                ],
                egui::Stroke::new(2.0, colours.divider),
            );
        } else {
            for (frame, photo) in frames.iter().zip([a, b]) {
                paint_photo(ui, textures, dir, photo, fit(*frame, photo), uv, None);
            }
        }
    }
}

/// The two drop-downs that pick the photos, starting from `(first, second)`. Returns the pair
/// picked.
fn pair_picker_ui(
    ui: &mut Ui,
    progress: &UserData,
    (mut first, mut second): (u64, u64),
) -> (u64, u64) {
    ui.horizontal_wrapped(|ui| {
        for (name, chosen) in [("First photo:", &mut first), ("Second photo:", &mut second)] {
            let label = ui.label(name);
            let text = progress
                .diary
                .photo(*chosen)
                .map(|photo| photo_label(progress, photo))
                .unwrap_or_default();
            egui::ComboBox::from_id_salt(name)
                .selected_text(text)
                .show_ui(ui, |ui| {
                    for photo in progress.diary.photos.iter().rev() {
                        ui.selectable_value(chosen, photo.id, photo_label(progress, photo));
                    }
                })
                .response
                .labelled_by(label.id);
        }
    });
    (first, second)
}

/// Paints the visible part `uv` of a photo into `rect`, clipped to `clip` if given; a
/// placeholder while it loads or when its file is missing.
fn paint_photo(
    ui: &Ui,
    textures: &mut Textures,
    dir: &Path,
    photo: &PhotoRecord,
    rect: Rect,
    uv: Rect,
    clip: Option<Rect>,
) {
    let painter = match clip {
        Some(clip) => ui.painter().with_clip_rect(clip),
        None => ui.painter().clone(),
    };
    match textures.get(ui.ctx(), dir, photo.id, Size::Full) {
        Slot::Ready(texture) => {
            painter.image(texture.id(), rect, uv, egui::Color32::WHITE);
        }
        slot => placeholder(ui, &painter, rect, slot),
    }
}
