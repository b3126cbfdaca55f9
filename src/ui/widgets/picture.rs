//! A section's picture, read with the content's size limits and shown with its alt text.

use egui::{RichText, Ui};

use crate::content::{self, Image, Origin, Picture};
use crate::ui::style::space;

/// A section's picture, scaled to the column width and loaded when first drawn (so never before
/// the first frame). A picture that cannot be shown becomes a box with its alt text.
///
/// Files are read here, not by egui's file loader: only a regular file, at most
/// [`content::MAX_PICTURE_BYTES`], and only a picture of at most [`content::MAX_PICTURE_SIDE_PX`]
/// on each side goes on to the graphics card.
pub fn picture_ui(ui: &mut Ui, origin: &Origin, image: &Image) {
    let source: Option<egui::ImageSource<'static>> = match content::picture(origin, &image.path) {
        Picture::Embedded(bytes) => {
            content::picture_size_problem(bytes)
                .ok()
                .map(|()| egui::ImageSource::Bytes {
                    uri: format!("bytes://{}", image.path).into(),
                    bytes: egui::load::Bytes::Static(bytes),
                })
        }
        Picture::File(path) => file_picture(ui.ctx(), &path),
        Picture::Missing => None,
    };
    let width = ui.available_width();
    let picture = source.map(|source| {
        // Sized from the picture itself, at most the column's width: egui's default fit would
        // also shrink it to the height left on screen.
        egui::Image::new(source)
            .alt_text(&image.alt)
            .fit_to_original_size(1.0)
            .max_width(width)
            .corner_radius(6.0)
    });
    // Only a loaded picture goes to egui's widget: one that fails while being drawn would show
    // egui's own error mark, a glyph the bundled fonts do not have.
    let state = picture
        .as_ref()
        .map(|picture| picture.load_for_size(ui.ctx(), egui::vec2(width, f32::INFINITY)));
    match (picture, state) {
        (Some(picture), Some(Ok(egui::load::TexturePoll::Ready { .. }))) => {
            ui.add(picture);
        }
        (Some(_), Some(Ok(egui::load::TexturePoll::Pending { .. }))) => {
            // The loader asks for a repaint when it is done.
            ui.label(RichText::new("Loading picture…").weak());
        }
        _ => {
            egui::Frame::new()
                .stroke(egui::Stroke::new(1.0, ui.visuals().weak_text_color()))
                .corner_radius(6.0)
                .inner_margin(space::INSET)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(RichText::new("Picture not available").strong());
                    ui.label(image.alt.as_str());
                });
        }
    }
}

/// The bytes of the picture file at `path`, read once per version of the file (its size and
/// modification time are part of the key, so an edited picture shows at once), or `None` when it
/// cannot be shown.
fn file_picture(ctx: &egui::Context, path: &std::path::Path) -> Option<egui::ImageSource<'static>> {
    let stamp = std::fs::metadata(path)
        .ok()
        .map(|metadata| (metadata.len(), metadata.modified().ok()));
    let key = egui::Id::unique(("picture-file", path, stamp));
    type Cached = Option<std::sync::Arc<[u8]>>;
    let cached = ctx.data(|data| data.get_temp::<Cached>(key));
    let bytes = cached.unwrap_or_else(|| {
        let read = content::read_picture(path)
            .inspect_err(|problem| log::warn!("{}: {problem}", path.display()))
            .ok()
            .map(std::sync::Arc::<[u8]>::from);
        ctx.data_mut(|data| data.insert_temp(key, read.clone()));
        read
    })?;
    Some(egui::ImageSource::Bytes {
        // The name ends in the file's own, so the loader knows the format from it.
        uri: format!("bytes://{:x}/{}", key.value(), path.display()).into(),
        bytes: egui::load::Bytes::Shared(bytes),
    })
}
