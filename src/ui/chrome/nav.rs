//! Getting around: a sidebar of the sections with icons when the window is wide, a row of tabs
//! when it is narrow. Both read to screen readers as a tab list of tabs with their selected
//! state (egui's selectable labels alone read as toggle buttons).

use egui::accesskit::Role;
use egui::{RichText, Ui};
use egui_material_icons::MaterialIcon;
use egui_material_icons::icons;

use crate::ui::style::{palette, size, space};
use crate::user_data::tab::Tab;

/// From this window width, in points, the sections show as a sidebar.
pub const SIDEBAR_FROM_WIDTH: f32 = 860.0;

/// The sidebar's width, in points.
pub const SIDEBAR_WIDTH: f32 = 208.0;

/// The icon beside a section's name.
pub fn tab_icon(tab: Tab) -> MaterialIcon {
    match tab {
        Tab::Overview => icons::ICON_HOME,
        Tab::Benefits => icons::ICON_THUMB_UP,
        Tab::Preparation => icons::ICON_EVENT_NOTE,
        Tab::Aftercare => icons::ICON_SPA,
        Tab::Faq => icons::ICON_HELP,
        Tab::Checklist => icons::ICON_CHECKLIST,
        Tab::Diary => icons::ICON_EDIT_NOTE,
        Tab::Sources => icons::ICON_LIBRARY_BOOKS,
    }
}

/// The sections as a vertical list. `current` is `None` while search results show: then no
/// section looks selected. Returns the section the person picked.
pub fn sidebar_ui(ui: &mut Ui, current: Option<Tab>) -> Option<Tab> {
    let mut picked = None;
    let builder = egui::UiBuilder::new()
        .layout(egui::Layout::top_down_justified(egui::Align::Min))
        .accessibility_role(Role::TabList)
        .accessibility_label("Sections");
    ui.scope_builder(builder, |ui| {
        ui.spacing_mut().item_spacing.y = space::XS;
        for tab in Tab::ALL {
            if sidebar_row_ui(ui, tab, Some(tab) == current).clicked() {
                picked = Some(tab);
            }
        }
    });
    picked
}

/// One row of the sidebar: the icon and the name on a rounded highlight when selected.
fn sidebar_row_ui(ui: &mut Ui, tab: Tab, selected: bool) -> egui::Response {
    let height = ui.text_style_height(&egui::TextStyle::Body) + 2.0 * space::S + 4.0;
    let (rect, response) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), height),
        egui::Sense::click(),
    );
    let visuals = ui.visuals();
    let colours = palette(visuals.dark_mode);
    let (fill, ink) = if selected {
        (visuals.selection.bg_fill, visuals.selection.stroke.color)
    } else if response.hovered() || response.has_focus() {
        (visuals.widgets.hovered.weak_bg_fill, visuals.text_color())
    } else {
        (egui::Color32::TRANSPARENT, visuals.text_color())
    };
    let painter = ui.painter();
    painter.rect_filled(rect, crate::ui::style::radius::SMALL, fill);
    if selected {
        let bar = egui::Rect::from_min_size(rect.min, egui::vec2(3.0, rect.height()))
            .shrink2(egui::vec2(0.0, space::S));
        painter.rect_filled(bar, 1.5, colours.accent);
    }
    if response.has_focus() {
        painter.rect_stroke(
            rect,
            crate::ui::style::radius::SMALL,
            visuals.selection.stroke,
            egui::StrokeKind::Inside,
        );
    }
    let icon_x = rect.left() + space::M;
    painter.text(
        egui::pos2(icon_x, rect.center().y),
        egui::Align2::LEFT_CENTER,
        tab_icon(tab).codepoint,
        egui::FontId::new(size::ICON, tab_icon(tab).font_family()),
        ink,
    );
    let font = if selected {
        crate::ui::style::semibold(size::BODY)
    } else {
        egui::FontId::proportional(size::BODY)
    };
    painter.text(
        egui::pos2(icon_x + size::ICON + space::M, rect.center().y),
        egui::Align2::LEFT_CENTER,
        tab.label(),
        font,
        ink,
    );
    let response = response.on_hover_text(format!("Ctrl+{}", tab.number()));
    tab_node(ui, &response, tab.label(), selected);
    response
}

/// Tells screen readers that `response` is a tab named `label`.
fn tab_node(ui: &Ui, response: &egui::Response, label: &str, selected: bool) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Tab);
        node.clear_toggled();
        node.set_selected(selected);
        node.set_label(label);
    });
}

/// The sections as a row of tabs that wraps, for a narrow window.
pub fn tab_bar_ui(ui: &mut Ui, current: Option<Tab>) -> Option<Tab> {
    let tabs = Tab::ALL.map(|tab| {
        (
            tab.label().to_owned(),
            Some(tab) == current,
            Some(format!("Ctrl+{}", tab.number())),
        )
    });
    tab_list_ui(ui, "Sections", tabs).and_then(|index| Tab::ALL.get(index).copied())
}

/// A row of tabs that wraps, reported to screen readers as a tab list `name`. Each tab is
/// (label, selected, tooltip). Returns the index of the tab the person picked, if any.
pub fn tab_list_ui(
    ui: &mut Ui,
    name: &str,
    tabs: impl IntoIterator<Item = (String, bool, Option<String>)>,
) -> Option<usize> {
    let mut picked = None;
    let builder = egui::UiBuilder::new()
        .layout(egui::Layout::left_to_right(egui::Align::Min).with_main_wrap(true))
        .accessibility_role(Role::TabList)
        .accessibility_label(name);
    ui.scope_builder(builder, |ui| {
        for (index, (label, selected, tooltip)) in tabs.into_iter().enumerate() {
            let text = if selected {
                RichText::new(&label).font(crate::ui::style::semibold(size::BODY))
            } else {
                RichText::new(&label).size(size::BODY)
            };
            let mut response = ui.selectable_label(selected, text);
            if let Some(tooltip) = tooltip {
                response = response.on_hover_text(tooltip);
            }
            tab_node(ui, &response, &label, selected);
            if response.clicked() {
                picked = Some(index);
            }
        }
    });
    picked
}
