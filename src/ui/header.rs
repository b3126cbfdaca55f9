//! The header bar: the app's icon and the guide's name, the search field, and buttons for the
//! display settings, the shortcuts and About.

use egui::{Key, RichText, Ui};
use egui_material_icons::MaterialIcon;
use egui_material_icons::icons;

use super::style::{self, size, space};

/// The app icon, drawn beside the name.
const APP_ICON: egui::ImageSource<'static> = egui::include_image!("../../assets/icon.png");

/// The search field's id, for Ctrl+F.
pub fn search_field_id() -> egui::Id {
    egui::Id::unique("search-field")
}

/// What the person did in the header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderAction {
    /// Open the display settings.
    Display,
    /// Show the keyboard shortcuts.
    Shortcuts,
    /// Show About.
    About,
    /// Enter was pressed in the search field: open the first result.
    OpenFirstResult,
    /// The search was cleared with its × button.
    ClearSearch,
}

/// The header: `title` beside the icon, the search field editing `query` (given the keyboard
/// when `focus_search`; none while no guide is loaded), and the buttons.
pub fn header_ui(
    ui: &mut Ui,
    title: &str,
    query: Option<&mut String>,
    focus_search: bool,
) -> Option<HeaderAction> {
    let mut action = None;
    ui.add_space(space::S);
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = space::S;
        ui.add(
            egui::Image::new(APP_ICON)
                .fit_to_exact_size(egui::vec2(28.0, 28.0))
                .alt_text(""),
        );
        ui.label(style::strong(title, size::SUBHEADING));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            for (icon, label, tooltip, picked) in [
                (
                    icons::ICON_INFO,
                    "About Skincare Guide",
                    "About",
                    HeaderAction::About,
                ),
                (
                    icons::ICON_KEYBOARD,
                    "Shortcuts",
                    "Keyboard shortcuts (F1)",
                    HeaderAction::Shortcuts,
                ),
                (
                    icons::ICON_FORMAT_SIZE,
                    "Display…",
                    "Text size, theme and reminders",
                    HeaderAction::Display,
                ),
            ] {
                if icon_button_ui(ui, icon, label, tooltip).clicked() {
                    action = Some(picked);
                }
            }
            ui.add_space(space::S);
            if let Some(query) = query
                && let Some(searched) = search_field_ui(ui, query, focus_search)
            {
                action = Some(searched);
            }
        });
    });
    ui.add_space(space::S);
    action
}

/// A button showing only `icon`, named `label` for screen readers, with `tooltip` on hover.
pub fn icon_button_ui(
    ui: &mut Ui,
    icon: MaterialIcon,
    label: &str,
    tooltip: &str,
) -> egui::Response {
    let response = ui
        .add(
            egui::Button::new(
                RichText::new(icon.codepoint)
                    .size(size::ICON)
                    .family(icon.font_family()),
            )
            .frame(false),
        )
        .on_hover_text(tooltip);
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_label(label);
    });
    response
}

/// The search field, with a magnifier before it and a clear button inside its row while
/// something is typed (laid out right to left).
fn search_field_ui(ui: &mut Ui, query: &mut String, focus: bool) -> Option<HeaderAction> {
    let mut action = None;
    if !query.is_empty() {
        let clear = icon_button_ui(
            ui,
            icons::ICON_CLOSE,
            "Clear the search",
            "Clear the search (Esc)",
        );
        if clear.clicked() {
            action = Some(HeaderAction::ClearSearch);
        }
    }
    let width = (ui.available_width() - 40.0).clamp(120.0, 260.0);
    let search = ui.add(
        egui::TextEdit::singleline(query)
            .id(search_field_id())
            .hint_text("Search (Ctrl+F)")
            .margin(egui::vec2(space::S, space::XS + 1.0))
            .desired_width(width),
    );
    ui.ctx().accesskit_node_builder(search.id, |node| {
        node.set_role(egui::accesskit::Role::SearchInput);
        node.set_label("Search the guide");
    });
    if focus {
        search.request_focus();
    }
    // Painted, not a label: the glyph means nothing read aloud, and the field has its name.
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(size::ICON, size::ICON), egui::Sense::hover());
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        icons::ICON_SEARCH.codepoint,
        egui::FontId::new(size::ICON, icons::ICON_SEARCH.font_family()),
        ui.visuals().weak_text_color(),
    );
    if search.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter)) {
        action = Some(HeaderAction::OpenFirstResult);
    }
    action
}
