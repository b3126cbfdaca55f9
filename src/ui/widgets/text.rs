//! Headings screen readers know as headings, painted bullets, and safe links.

use egui::Ui;
use egui::accesskit::Role;

use crate::content::is_openable_link;
use crate::ui::style::{self, size};

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

/// A bullet, painted rather than written, so that screen readers read only the item's text.
pub(super) fn bullet_ui(ui: &mut Ui) {
    let row_height = ui.text_style_height(&egui::TextStyle::Body);
    let (_, rect) = ui.allocate_space(egui::vec2(row_height * 0.5, row_height));
    let center = egui::pos2(rect.center().x, rect.top() + row_height * 0.55);
    ui.painter()
        .circle_filled(center, row_height * 0.12, ui.visuals().text_color());
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
