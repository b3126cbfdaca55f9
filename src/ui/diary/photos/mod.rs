//! The photos view (import, the guide to comparable photos, a page of thumbnails, delete with a
//! question first) and the compare view (side by side, or a wipe between two photos, with zoom
//! and pan locked together).

use std::path::{Path, PathBuf};

use egui::{Rect, RichText, Ui, Vec2, pos2, vec2};

use crate::content::Guide;
use crate::ui::diary::DiaryAction;
use crate::ui::diary::textures::{Size, Slot, Textures};
use crate::ui::heading_ui;
use crate::ui::style::diary_colours;
use crate::user_data::Progress;
use crate::user_data::diary::photos::photos_dir;
use crate::user_data::diary::{PhotoRecord, day_in_plan};

/// Thumbnails on one page of the grid: only these are decoded.
pub const PAGE_SIZE: usize = 24;

/// The side of a thumbnail in the grid, in points.
const THUMB_POINTS: f32 = 132.0;

/// The photos view's and the compare view's state.
#[derive(Default)]
pub(super) struct PhotoState {
    /// What is typed in the path field.
    path_text: String,

    /// The system's file dialog for adding photos.
    chooser: crate::ui::dialogs::file_chooser::FileChooser,

    /// Files chosen in the dialog and not yet handed to the import, one a frame.
    chosen: Vec<PathBuf>,

    /// The page of the grid, 0 for the newest photos.
    page: usize,

    /// Files in the photos folder that no record names; `None` until looked for.
    pub(super) unknown: Option<Vec<String>>,

    /// The photo the person asked to delete, until they confirm.
    pending_delete: Option<u64>,

    /// The compare view.
    compare: Compare,
}

/// The compare view's state.
struct Compare {
    /// The two photos, when picked.
    pair: Option<(u64, u64)>,

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

/// "3 Dec 2026 · Session 1 · day 2".
fn photo_label(progress: &Progress, photo: &PhotoRecord) -> String {
    let day = photo.day.strftime("%-d %b %Y").to_string();
    match day_in_plan(progress, photo.day) {
        Some(place) => format!("{day} · {}", place.label()),
        None => format!("{day} · before treatment"),
    }
}

impl PhotoState {
    /// Drops a deleted photo from the comparison.
    pub(super) fn forget(&mut self, id: u64) {
        if self.compare.pair.is_some_and(|(a, b)| a == id || b == id) {
            self.compare.pair = None;
        }
        self.unknown = None;
    }

    #[expect(
        clippy::too_many_arguments,
        reason = "the view's inputs, each used once"
    )]
    pub(super) fn photos_ui(
        &mut self,
        ui: &mut Ui,
        guide: &Guide,
        progress: &Progress,
        data_dir: &Path,
        textures: &mut Textures,
        messages: &mut Vec<String>,
        running: usize,
    ) -> Option<DiaryAction> {
        let mut action = None;
        let dir = photos_dir(data_dir);
        heading_ui(ui, "Photos", 2);
        ui.label("Skincare Guide keeps its own copy of each photo, turned upright and with its location and camera details removed. Your original file is not changed.");
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
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("Photos are kept in {}", dir.display()));
            if ui.button("Open photos folder").clicked() {
                // The file manager, the same way About opens the data folder; never a browser.
                if let Err(err) = crate::system::opener::open_folder(&dir) {
                    messages.push(err.to_string());
                }
            }
        });
        let unknown = self.unknown.get_or_insert_with(|| {
            crate::user_data::diary::photos::unknown_files(&dir, &progress.diary)
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
        if !guide.diary.photo_guide.is_empty() {
            egui::CollapsingHeader::new("How to take photos you can compare")
                .default_open(progress.diary.photos.is_empty())
                .show(ui, |ui| {
                    for step in &guide.diary.photo_guide {
                        ui.label(format!("• {step}"));
                    }
                });
        }
        ui.add_space(6.0);
        if let Some(delete) = self.grid_ui(ui, progress, &dir, textures) {
            action = Some(delete);
        }
        action
    }

    /// One page of thumbnails, newest first, with paging.
    fn grid_ui(
        &mut self,
        ui: &mut Ui,
        progress: &Progress,
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
                    picture_ui(
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
                        self.pending_delete = Some(photo.id);
                    }
                });
            }
        });
        if let Some(id) = self.pending_delete
            && let Some(photo) = progress.diary.photo(id)
        {
            let body = format!(
                "The photo of {} and its copy in the photos folder will be deleted. Your original file is not affected. This cannot be undone.",
                photo_label(progress, photo)
            );
            match crate::ui::dialogs::confirm_ui(
                ui.ctx(),
                "Delete this photo?",
                &body,
                "Delete photo",
                crate::ui::dialogs::ButtonKind::Destructive,
            ) {
                Some(true) => {
                    self.pending_delete = None;
                    action = Some(DiaryAction::DeletePhoto(id));
                }
                Some(false) => self.pending_delete = None,
                None => {}
            }
        }
        action
    }

    pub(super) fn compare_ui(
        &mut self,
        ui: &mut Ui,
        progress: &Progress,
        data_dir: &Path,
        textures: &mut Textures,
    ) {
        let photos = &progress.diary.photos;
        heading_ui(ui, "Compare photos", 2);
        let compare = &mut self.compare;
        let pair = compare
            .pair
            .filter(|(a, b)| {
                progress.diary.photo(*a).is_some() && progress.diary.photo(*b).is_some()
            })
            .or_else(|| progress.diary.default_comparison(progress));
        let Some((mut first, mut second)) = pair else {
            ui.label("Add at least two photos to compare them.");
            return;
        };
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
                        for photo in photos.iter().rev() {
                            ui.selectable_value(chosen, photo.id, photo_label(progress, photo));
                        }
                    })
                    .response
                    .labelled_by(label.id);
            }
        });
        compare.pair = Some((first, second));
        ui.horizontal_wrapped(|ui| {
            ui.selectable_value(&mut compare.wipe, false, "Side by side");
            ui.selectable_value(&mut compare.wipe, true, "Wipe");
            ui.separator();
            ui.add(
                egui::Slider::new(&mut compare.zoom, 1.0..=8.0)
                    .logarithmic(true)
                    .text("Zoom"),
            );
            if compare.wipe {
                ui.add(egui::Slider::new(&mut compare.split, 0.0..=1.0).text("Wipe position"));
            }
            if ui.button("Reset view").clicked() {
                compare.zoom = 1.0;
                compare.centre = vec2(0.5, 0.5);
            }
        });
        let dir = photos_dir(data_dir);
        let (Some(a), Some(b)) = (progress.diary.photo(first), progress.diary.photo(second)) else {
            return;
        };
        let labels = [photo_label(progress, a), photo_label(progress, b)];
        let width = ui.available_width();
        // As tall as the taller photo needs at the width it gets.
        let shown_width = if compare.wipe {
            width
        } else {
            (width - 8.0) / 2.0
        };
        let height = [a, b]
            .iter()
            .map(|photo| shown_width * photo.height.max(1) as f32 / photo.width.max(1) as f32)
            .fold(0.0, f32::max)
            .clamp(160.0, 560.0);
        let frames: Vec<Rect> = if compare.wipe {
            let (rect, _) = ui.allocate_exact_size(vec2(width, height), egui::Sense::hover());
            vec![rect]
        } else {
            let half = (width - 8.0) / 2.0;
            let (rect, _) = ui.allocate_exact_size(vec2(width, height), egui::Sense::hover());
            vec![
                Rect::from_min_size(rect.min, vec2(half, height)),
                Rect::from_min_size(rect.min + vec2(half + 8.0, 0.0), vec2(half, height)),
            ]
        };
        // Dragging in any frame pans both photos; the scroll wheel zooms both.
        for (index, frame) in frames.iter().enumerate() {
            let response = ui.interact(
                *frame,
                ui.scope_id().with(("compare-frame", index)),
                egui::Sense::drag(),
            );
            if response.dragged() {
                let delta = response.drag_delta();
                compare.centre -=
                    vec2(delta.x / frame.width(), delta.y / frame.height()) / compare.zoom;
            }
            if response.hovered() {
                let scroll = ui.input(|i| i.smooth_scroll_delta.y);
                if scroll != 0.0 {
                    compare.zoom = (compare.zoom * (1.0 + scroll * 0.002)).clamp(1.0, 8.0);
                }
            }
            let description = if compare.wipe {
                format!(
                    "{} on the left of the wipe, {} on the right, at {:.0}% zoom",
                    labels[0],
                    labels[1],
                    compare.zoom * 100.0
                )
            } else {
                format!(
                    "Photo of {} at {:.0}% zoom",
                    labels[index],
                    compare.zoom * 100.0
                )
            };
            ui.ctx().accesskit_node_builder(response.id, |node| {
                node.set_role(egui::accesskit::Role::Image);
                node.set_label(description.clone());
            });
        }
        let half_view = 0.5 / compare.zoom;
        compare.centre = vec2(
            compare.centre.x.clamp(half_view, 1.0 - half_view),
            compare.centre.y.clamp(half_view, 1.0 - half_view),
        );
        let uv = Rect::from_center_size(
            pos2(compare.centre.x, compare.centre.y),
            Vec2::splat(1.0 / compare.zoom),
        );
        let colours = diary_colours(ui.visuals().dark_mode);
        let first_frame = frames.first().copied().unwrap_or(Rect::NOTHING);
        if compare.wipe {
            let image_rect = fit(first_frame, a);
            paint_photo(ui, textures, &dir, a, image_rect, uv, None);
            let split_x = image_rect.left() + image_rect.width() * compare.split;
            let right = Rect::from_min_max(pos2(split_x, image_rect.top()), image_rect.max);
            paint_photo(ui, textures, &dir, b, image_rect, uv, Some(right));
            ui.painter().line_segment(
                [
                    pos2(split_x, image_rect.top()),
                    pos2(split_x, image_rect.bottom()),
                ],
                egui::Stroke::new(2.0, colours.divider),
            );
        } else {
            for (frame, photo) in frames.iter().zip([a, b]) {
                paint_photo(ui, textures, &dir, photo, fit(*frame, photo), uv, None);
            }
        }
        ui.horizontal(|ui| {
            ui.label(RichText::new(format!("First: {}", labels[0])).small());
            ui.label(RichText::new(format!("Second: {}", labels[1])).small());
        });
    }
}

/// The largest rect of the photo's shape inside `frame`, centred.
fn fit(frame: Rect, photo: &PhotoRecord) -> Rect {
    let aspect = photo.width.max(1) as f32 / photo.height.max(1) as f32;
    let size = if frame.width() / frame.height() > aspect {
        vec2(frame.height() * aspect, frame.height())
    } else {
        vec2(frame.width(), frame.width() / aspect)
    };
    Rect::from_center_size(frame.center(), size)
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

fn placeholder(ui: &Ui, painter: &egui::Painter, rect: Rect, slot: &Slot) {
    let colours = diary_colours(ui.visuals().dark_mode);
    painter.rect_filled(rect, 4.0, colours.placeholder_fill);
    let text = match slot {
        Slot::Missing(_) => "Photo file missing",
        _ => "Loading…",
    };
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        text,
        egui::FontId::proportional(13.0),
        ui.visuals().text_color(),
    );
}

/// A thumbnail in a box of `size`, decoded only when it is on screen.
fn picture_ui(
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
