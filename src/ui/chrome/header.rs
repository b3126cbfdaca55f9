//! The header bar: the app's icon and the guide's name, the search field, and buttons for the
//! display settings, the shortcuts and About.

use egui::{Key, RichText, Ui};
use egui_material_icons::MaterialIcon;
use egui_material_icons::icons;

use crate::ui::style::{self, size, space};

/// The search field's width, in points.
const SEARCH_WIDTH: f32 = 240.0;

/// The app icon, drawn beside the name.
const APP_ICON: egui::ImageSource<'static> = egui::include_image!("../../../assets/icon.png");

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

/// Below this width, in points, the search field gets a row of its own under the name.
const ONE_ROW_FROM_WIDTH: f32 = 640.0;

/// The header: `title` beside the icon, the search field editing `query` (given the keyboard
/// when `focus_search`; none while no guide is loaded), and the buttons. In a narrow window the
/// search field moves to a second row.
pub fn header_ui(
    ui: &mut Ui,
    title: &str,
    mut query: Option<&mut String>,
    focus_search: bool,
) -> Option<HeaderAction> {
    let mut action = None;
    let one_row = ui.available_width() >= ONE_ROW_FROM_WIDTH;
    ui.add_space(space::S);
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = space::S;
        // Painted, not a widget: the icon is decoration, and the name beside it says it all.
        let (icon_rect, _) = ui.allocate_exact_size(egui::vec2(28.0, 28.0), egui::Sense::hover());
        egui::Image::new(APP_ICON).paint_at(ui, icon_rect);
        ui.add(egui::Label::new(style::strong(title, size::SUBHEADING)).truncate());
        right_aligned_ui(ui, |ui| {
            if one_row
                && let Some(query) = query.as_deref_mut()
                && let Some(searched) = search_field_ui(ui, query, focus_search, SEARCH_WIDTH)
            {
                action = Some(searched);
            }
            if let Some(picked) = buttons_ui(ui) {
                action = Some(picked);
            }
        });
    });
    if !one_row && let Some(query) = query {
        ui.horizontal(|ui| {
            let width = ui.available_width() - 2.0 * size::ICON - 4.0 * space::S;
            if let Some(searched) = search_field_ui(ui, query, focus_search, width) {
                action = Some(searched);
            }
        });
    }
    ui.add_space(space::S);
    action
}

/// Lays out `add_contents` left to right at the right end of the row: Tab and screen readers
/// meet its widgets in the order they are seen. The gap before them is their width as measured
/// in the last frame (the first frame measures and is drawn again).
fn right_aligned_ui(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui)) {
    let width_id = ui.scope_id().with("right-aligned-width");
    let known = ui.data(|data| data.get_temp::<f32>(width_id));
    ui.add_space((ui.available_width() - known.unwrap_or(0.0)).max(0.0));
    let measured = ui
        .scope(|ui| ui.horizontal(add_contents))
        .response
        .rect
        .width();
    if known.is_none_or(|known| (measured - known).abs() > 0.5) {
        ui.data_mut(|data| data.insert_temp(width_id, measured));
        ui.ctx()
            .request_discard("the header's buttons were measured");
    }
}

/// Display, Shortcuts and About.
fn buttons_ui(ui: &mut Ui) -> Option<HeaderAction> {
    let mut action = None;
    for (icon, label, tooltip, picked) in [
        (
            icons::ICON_FORMAT_SIZE,
            "Display…",
            "Text size, theme and reminders",
            HeaderAction::Display,
        ),
        (
            icons::ICON_KEYBOARD,
            "Shortcuts",
            "Keyboard shortcuts (F1)",
            HeaderAction::Shortcuts,
        ),
        (
            icons::ICON_INFO,
            "About Skincare Guide",
            "About",
            HeaderAction::About,
        ),
    ] {
        if icon_button_ui(ui, icon, label, tooltip).clicked() {
            action = Some(picked);
        }
    }
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
fn search_field_ui(
    ui: &mut Ui,
    query: &mut String,
    focus: bool,
    width: f32,
) -> Option<HeaderAction> {
    let mut action = None;
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
    if search.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter)) {
        action = Some(HeaderAction::OpenFirstResult);
    }
    // While the field is empty the clear button's place stays free, so nothing after it moves.
    if query.is_empty() {
        ui.add_space(size::ICON + 2.0 * ui.spacing().button_padding.x);
    } else {
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
    action
}
