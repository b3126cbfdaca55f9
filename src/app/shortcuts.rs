//! The keyboard shortcuts that work everywhere in the window.

use egui::{Key, Modifiers};

use crate::app::{Action, GuideApp, Modal};
use crate::ui::dialogs::display::DisplayAction;
use crate::user_data::tab::Tab;

/// The keys that switch tabs with Ctrl (Cmd on macOS), in tab order.
const TAB_KEYS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

impl GuideApp {
    /// The shortcuts pressed this frame, as actions.
    pub(super) fn shortcuts(&self, ctx: &egui::Context) -> Vec<Action> {
        let mut actions = Vec::new();
        let picked = ctx.input_mut(|input| {
            Tab::ALL
                .into_iter()
                .zip(TAB_KEYS)
                .find(|&(_, key)| input.consume_key(Modifiers::COMMAND, key))
                .map(|(tab, _)| tab)
        });
        actions.extend(picked.map(Action::OpenTab));

        let typing = ctx.egui_wants_keyboard_input();
        let modal_open = self.modal.is_some();
        let (find, help, larger, smaller, reset, escape) = ctx.input_mut(|input| {
            let question_mark = !typing
                && input
                    .events
                    .iter()
                    .any(|event| matches!(event, egui::Event::Text(text) if text == "?"));
            (
                input.consume_key(Modifiers::COMMAND, Key::F),
                input.consume_key(Modifiers::NONE, Key::F1) || question_mark,
                input.consume_key(Modifiers::COMMAND, Key::Plus)
                    || input.consume_key(Modifiers::COMMAND, Key::Equals),
                input.consume_key(Modifiers::COMMAND, Key::Minus),
                input.consume_key(Modifiers::COMMAND, Key::Num0),
                input.key_pressed(Key::Escape),
            )
        });
        if find {
            actions.push(Action::FocusSearch);
        }
        if help && !modal_open {
            actions.push(Action::OpenModal(Modal::Shortcuts));
        }
        for (pressed, action) in [
            (larger, DisplayAction::LargerText),
            (smaller, DisplayAction::SmallerText),
            (reset, DisplayAction::ResetTextSize),
        ] {
            if pressed {
                actions.push(Action::Display(action));
            }
        }
        if escape && !modal_open {
            actions.push(Action::Escape);
        }
        actions
    }
}
