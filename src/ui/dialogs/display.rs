//! The keyboard shortcuts list (F1) and the display settings dialog (text size, theme and daily
//! reminders).

use egui::{RichText, Ui};

use crate::ui::dialogs::{ButtonKind, buttons_ui, dialog_ui};
use crate::ui::style::{self, dialog_width, size, space};
use crate::user_data::settings::{Display, Reminders, ThemeChoice};

/// Every shortcut, as (keys, what they do).
pub const SHORTCUTS: [(&str, &str); 10] = [
    (
        "Ctrl+1 … Ctrl+8",
        "Open a tab: Overview, Benefits, Preparation, Aftercare, FAQ, Checklist, Sources",
    ),
    ("Ctrl+F", "Search the guide"),
    ("Enter (in search)", "Open the first result"),
    ("Escape", "Close the search, or clear its highlighting"),
    (
        "Tab, Shift+Tab",
        "Move between links, buttons, checkboxes and fields",
    ),
    (
        "Space or Enter",
        "Tick the focused item, press the focused button",
    ),
    ("Page Up, Page Down", "Scroll a screenful"),
    ("Home, End", "Go to the top or the bottom of the page"),
    (
        "Ctrl+plus, Ctrl+minus, Ctrl+0",
        "Larger text, smaller text, normal size",
    ),
    ("F1 or ?", "Show this list"),
];

/// The shortcuts dialog. Returns `true` when the person closes it.
pub fn shortcuts_ui(ctx: &egui::Context) -> bool {
    let (pressed, close) = dialog_ui(
        ctx,
        "shortcuts",
        "Keyboard shortcuts",
        dialog_width::WIDE,
        |ui| {
            egui::Grid::new("shortcut-grid")
                .num_columns(2)
                .spacing([16.0, 8.0])
                .show(ui, |ui| {
                    for (keys, action) in SHORTCUTS {
                        ui.label(style::strong(keys, size::BODY));
                        ui.add(egui::Label::new(action).wrap());
                        ui.end_row();
                    }
                });
            buttons_ui(ui, &[("Close", ButtonKind::Suggested)])
        },
    );
    pressed.is_some() || close
}

/// A change in the display dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisplayAction {
    /// One step larger.
    LargerText,
    /// One step smaller.
    SmallerText,
    /// Back to 100%.
    ResetTextSize,
    /// A theme was chosen.
    Theme(ThemeChoice),
    /// Daily reminders were turned on or off, or their time changed.
    Reminders(Reminders),
    /// The dialog was closed.
    Close,
}

/// The display dialog: text size, theme and daily reminders; `reminder_error` says why the last
/// reminder change could not be made.
pub fn display_ui(
    ctx: &egui::Context,
    display: &Display,
    reminders: &Reminders,
    reminder_error: Option<&str>,
) -> Option<DisplayAction> {
    let mut action = None;
    let (pressed, close) = dialog_ui(ctx, "display", "Display", dialog_width::NARROW, |ui| {
        text_size_ui(ui, display, &mut action);
        ui.add_space(space::S);
        ui.label(style::strong("Theme", size::BODY));
        let current = display.theme();
        for choice in ThemeChoice::ALL {
            if ui.radio(current == choice, choice.label()).clicked() {
                action = Some(DisplayAction::Theme(choice));
            }
        }
        ui.add_space(space::S);
        reminders_ui(ui, reminders, reminder_error, &mut action);
        buttons_ui(ui, &[("Close", ButtonKind::Suggested)])
    });
    if action.is_none() && (pressed.is_some() || close) {
        action = Some(DisplayAction::Close);
    }
    action
}

fn text_size_ui(ui: &mut Ui, display: &Display, action: &mut Option<DisplayAction>) {
    ui.label(style::strong("Text size", size::BODY));
    ui.horizontal_wrapped(|ui| {
        if ui.button("Smaller").clicked() {
            *action = Some(DisplayAction::SmallerText);
        }
        ui.label(format!("{}%", (display.zoom_factor() * 100.0).round()));
        if ui.button("Larger").clicked() {
            *action = Some(DisplayAction::LargerText);
        }
        if ui.button("Normal size").clicked() {
            *action = Some(DisplayAction::ResetTextSize);
        }
    });
}

fn reminders_ui(
    ui: &mut Ui,
    reminders: &Reminders,
    error: Option<&str>,
    action: &mut Option<DisplayAction>,
) {
    ui.label(style::strong("Reminders", size::BODY));
    let mut edited = *reminders;
    ui.checkbox(&mut edited.daily, "Remind me each day");
    ui.add_enabled_ui(edited.daily, |ui| {
        ui.horizontal(|ui| {
            ui.label("At");
            ui.add(
                egui::DragValue::new(&mut edited.hour)
                    .range(0..=23)
                    .custom_formatter(|value, _| format!("{value:02}")),
            )
            .on_hover_text("Reminder hour");
            ui.label(":");
            ui.add(
                egui::DragValue::new(&mut edited.minute)
                    .range(0..=59)
                    .custom_formatter(|value, _| format!("{value:02}")),
            )
            .on_hover_text("Reminder minute");
        });
    });
    ui.add(
        egui::Label::new(
            RichText::new(
                "One notification a day with what is due: when you log in, and at this time \
                 while the app is open. Nothing else runs in the background.",
            )
            .small()
            .weak(),
        )
        .wrap(),
    );
    if let Some(error) = error {
        ui.add(egui::Label::new(RichText::new(error).color(ui.visuals().error_fg_color)).wrap());
    }
    if edited != *reminders {
        *action = Some(DisplayAction::Reminders(edited));
    }
}
