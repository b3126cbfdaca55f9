//! Widgets the tabs share: headings screen readers know as headings, text blocks, safe links,
//! source citations, the reading column and the tab bar.

pub mod calendar;
pub mod evidence;

use egui::accesskit::Role;
use egui::{Key, RichText, Ui};

use crate::content::{self, Block, Guide, Image, Origin, Picture, is_openable_link};
use crate::ui::pages::search::Mark;
use crate::ui::style::{self, Tone, radius, size, space, tone_colours};
use crate::ui::widgets::evidence::{Explained, care_card_ui, glossed_label};

/// Widest reading column, in multiples of the body font size: about 80 characters.
const READING_WIDTH_EMS: f32 = 38.0;

/// A heading of `level` 1 (page), 2 (section) or 3, reported to screen readers as a heading.
pub fn heading_ui(ui: &mut Ui, text: &str, level: usize) -> egui::Response {
    let size = match level {
        1 => size::TITLE,
        2 => size::HEADING,
        _ => size::SUBHEADING,
    };
    let response = ui.add(egui::Label::new(style::strong(text, size)).wrap());
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Heading);
        node.set_level(level);
        node.clear_value();
        node.set_label(text);
    });
    response
}

/// Paragraphs, bullet lists, warnings and care cards, in order, with the mark's words
/// highlighted and glossary terms explained on hover.
pub fn blocks_ui(ui: &mut Ui, guide: &Guide, blocks: &[Block], mark: &Mark) {
    let mut explained = Explained::new();
    for block in blocks {
        match block {
            Block::Paragraph(text) => {
                glossed_label(ui, guide, text, mark, &mut explained);
            }
            Block::Bullets(items) => {
                for item in items {
                    ui.horizontal_top(|ui| {
                        bullet_ui(ui);
                        glossed_label(ui, guide, item, mark, &mut explained);
                    });
                }
            }
            Block::Do(items) => do_list_ui(ui, guide, true, items, mark, &mut explained),
            Block::Dont(items) => do_list_ui(ui, guide, false, items, mark, &mut explained),
            Block::Warning(text) => {
                callout_ui(ui, Tone::Warning, |ui| {
                    glossed_label(ui, guide, text, mark, &mut explained);
                });
            }
            Block::CareCard(card) => {
                care_card_ui(ui, guide, card, mark, &mut explained);
            }
        }
    }
}

/// An NHS do or don't list: "Do" or "Don't" as its name, then each item after a painted tick
/// or cross (painted, so screen readers read the name once and then only the items).
fn do_list_ui(
    ui: &mut Ui,
    guide: &Guide,
    dos: bool,
    items: &[String],
    mark: &Mark,
    explained: &mut Explained,
) {
    let colours = style::palette(ui.visuals().dark_mode);
    let (name, colour) = if dos {
        ("Do", colours.do_mark)
    } else {
        ("Don't", colours.dont_mark)
    };
    ui.add_space(space::XS);
    ui.label(style::strong(name, size::SUBHEADING));
    for item in items {
        ui.horizontal_top(|ui| {
            let row = ui.text_style_height(&egui::TextStyle::Body);
            let (_, rect) = ui.allocate_space(egui::vec2(row, row));
            let centre = rect.center();
            let r = row * 0.28;
            let stroke = egui::Stroke::new(2.5, colour);
            if dos {
                ui.painter().line(
                    vec![
                        centre + egui::vec2(-r, 0.0),
                        centre + egui::vec2(-r * 0.3, r * 0.7),
                        centre + egui::vec2(r, -r * 0.8),
                    ],
                    stroke,
                );
            } else {
                ui.painter().line_segment(
                    [centre - egui::vec2(r, r), centre + egui::vec2(r, r)],
                    stroke,
                );
                ui.painter().line_segment(
                    [centre + egui::vec2(-r, r), centre + egui::vec2(r, -r)],
                    stroke,
                );
            }
            glossed_label(ui, guide, item, mark, explained);
        });
    }
}

/// A bullet, painted rather than written, so that screen readers read only the item's text.
pub(super) fn bullet_ui(ui: &mut Ui) {
    let row_height = ui.text_style_height(&egui::TextStyle::Body);
    let (_, rect) = ui.allocate_space(egui::vec2(row_height * 0.5, row_height));
    let center = egui::pos2(rect.center().x, rect.top() + row_height * 0.55);
    ui.painter()
        .circle_filled(center, row_height * 0.12, ui.visuals().text_color());
}

/// A box that stands out from the running text, as the NHS draws inset text and warning
/// callouts: a tinted fill with a bar of the tone's colour down its left edge.
pub fn callout_ui(ui: &mut Ui, tone: Tone, add_contents: impl FnOnce(&mut Ui)) -> egui::Response {
    let colours = tone_colours(ui.visuals().dark_mode, tone);
    let response = egui::Frame::new()
        .fill(colours.body_fill)
        .corner_radius(radius::SMALL)
        .inner_margin(egui::Margin {
            left: (space::M + 6.0) as i8,
            right: space::M as i8,
            top: space::M as i8,
            bottom: space::M as i8,
        })
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.visuals_mut().override_text_color = Some(colours.body_text);
            add_contents(ui);
        })
        .response;
    let bar = egui::Rect::from_min_size(response.rect.min, egui::vec2(5.0, response.rect.height()));
    ui.painter().rect_filled(
        bar,
        egui::CornerRadius {
            nw: radius::SMALL,
            sw: radius::SMALL,
            ne: 0,
            se: 0,
        },
        colours.bar,
    );
    ui.add_space(space::XS);
    response
}

/// A card holding one section of a page.
pub fn card_ui<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    let inner = style::card_frame(ui.visuals())
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add_contents(ui)
        })
        .inner;
    ui.add_space(space::M);
    inner
}

/// A link that opens the system browser (or mail program) when clicked, for `http`, `https`
/// and `mailto` addresses only. Anything else is shown as plain text, so a content file cannot
/// make the app open local files or run other programs.
pub fn link_ui(ui: &mut Ui, text: &str, url: &str) -> egui::Response {
    if is_openable_link(url) {
        ui.hyperlink_to(text, url).on_hover_text(url)
    } else {
        ui.label(text)
    }
}

/// A vertical scroll area holding a centred column no wider than about 80 characters. Page Up,
/// Page Down, Home, End and the arrow keys scroll it while no text field has the keyboard.
pub fn reading_column_ui(ui: &mut Ui, id_salt: &str, add_contents: impl FnOnce(&mut Ui)) {
    let scroll = keyboard_scroll(ui);
    egui::ScrollArea::vertical()
        .id_salt(id_salt)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if scroll != 0.0 {
                ui.scroll_with_delta(egui::vec2(0.0, scroll));
            }
            let body_size = ui.text_style_height(&egui::TextStyle::Body);
            let available = ui.available_width();
            let width = (available - 2.0 * space::L)
                .min(body_size * READING_WIDTH_EMS)
                .max(available.min(200.0));
            let margin = ((available - width) / 2.0).max(0.0);
            ui.horizontal_top(|ui| {
                ui.add_space(margin);
                ui.vertical(|ui| {
                    ui.set_width(width);
                    add_contents(ui);
                    ui.add_space(24.0);
                    follow_keyboard_focus(ui);
                });
            });
        });
}

/// egui does not scroll to a widget that Tab moved the focus to; a keyboard user would lose
/// sight of it on a long page. Scrolls it into view, if it is in this column.
fn follow_keyboard_focus(ui: &Ui) {
    let tabbed = ui.input(|input| input.key_pressed(Key::Tab));
    let Some(focused) = ui.ctx().memory(|memory| memory.focused()) else {
        return;
    };
    if !tabbed {
        return;
    }
    let Some(response) = ui.ctx().read_response(focused) else {
        return;
    };
    if ui.min_rect().contains_rect(response.rect) && !ui.clip_rect().contains_rect(response.rect) {
        // At once, not animated: the next Tab must find the widgets after this one laid out.
        ui.scroll_to_rect_animation(response.rect, None, egui::style::ScrollAnimation::none());
    }
}

/// How far the scroll keys ask to move the page, in points (positive scrolls up).
fn keyboard_scroll(ui: &Ui) -> f32 {
    let ctx = ui.ctx();
    if ctx.egui_wants_keyboard_input() {
        return 0.0;
    }
    let page = ui.available_height() * 0.9;
    let line = ui.text_style_height(&egui::TextStyle::Body) * 2.0;
    // Arrow keys move focus between widgets once one has it; they scroll only before that.
    let arrows_free = ctx.memory(|memory| memory.focused().is_none());
    ui.input(|input| {
        let mut delta = 0.0;
        if input.key_pressed(Key::PageDown) {
            delta -= page;
        }
        if input.key_pressed(Key::PageUp) {
            delta += page;
        }
        if input.key_pressed(Key::End) {
            delta -= f32::MAX / 4.0;
        }
        if input.key_pressed(Key::Home) {
            delta += f32::MAX / 4.0;
        }
        if arrows_free && input.key_pressed(Key::ArrowDown) {
            delta -= line;
        }
        if arrows_free && input.key_pressed(Key::ArrowUp) {
            delta += line;
        }
        delta
    })
}

/// Lays out only the parts of a long page near what is on screen, so frame time stays flat as
/// the content grows. A part far from view is replaced by empty space of the height it had when
/// last drawn.
///
/// What stays whole: a screen of margin above and below keeps the next keyboard stop laid out,
/// so Tab and Shift+Tab move through the page in order; while a screen reader is connected
/// (AccessKit is building a tree) nothing is culled, so it can reach every part; and a part a
/// search jump is heading for is always drawn.
#[derive(Clone, Copy, Debug)]
pub struct Culler {
    near: egui::Rect,
    enabled: bool,
}

impl Culler {
    /// A culler for the scroll area `ui` is in.
    pub fn new(ui: &Ui) -> Self {
        let visible = ui.clip_rect();
        let screen_reader = ui
            .ctx()
            .accesskit_node_builder(ui.unique_id(), |_| ())
            .is_some();
        // For two frames after Tab moves the keyboard focus, every part is laid out: the focus
        // lands on the next widget in the whole page, and the page scrolls to it, before far
        // parts are left out again. Otherwise focus that wraps from the end of a long page to
        // the header would skip parts at the top that are still far from view.
        let pause_id = egui::Id::unique("culler-paused-until-pass");
        let pass = ui.ctx().cumulative_pass_nr();
        if ui.input(|input| input.key_pressed(Key::Tab)) {
            ui.ctx()
                .data_mut(|data| data.insert_temp(pause_id, pass.saturating_add(2)));
        }
        let paused = ui
            .ctx()
            .data(|data| data.get_temp::<u64>(pause_id))
            .is_some_and(|until| pass <= until);
        Self {
            near: visible.expand2(egui::vec2(0.0, visible.height())),
            enabled: !screen_reader && !paused,
        }
    }

    /// Draws `add_contents`, or only reserves its space when it is far from view and not
    /// `forced`.
    pub fn show(
        &self,
        ui: &mut Ui,
        id_salt: &str,
        forced: bool,
        add_contents: impl FnOnce(&mut Ui),
    ) {
        // The width is part of the key: text wraps differently at another width.
        let width = ui.available_width();
        let id = ui
            .scope_id()
            .with(("culled", id_salt, width.round() as i32));
        let known_height: Option<f32> = ui.ctx().data(|data| data.get_temp(id));
        let top = ui.cursor().top();
        if self.enabled
            && !forced
            && let Some(height) = known_height
            && (top > self.near.bottom() || top + height < self.near.top())
        {
            ui.allocate_space(egui::vec2(width, height));
            return;
        }
        // Keyed by the part's own id, so its widgets keep their ids wherever it is drawn.
        let builder = egui::UiBuilder::new().id_salt(("part", id_salt));
        let height = ui
            .scope_builder(builder, add_contents)
            .response
            .rect
            .height();
        ui.ctx().data_mut(|data| data.insert_temp(id, height));
    }
}

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
                .inner_margin(12.0)
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
