//! The Checklist tab: the Today panel, the treatment plan (dates and sessions), and the before
//! and after lists with each item's dates and state.

use egui::{RichText, Ui};
use jiff::civil::Date;

use super::search::{Mark, marked_text};
use super::style::palette;
use super::{Culler, citations_ui, heading_ui, tab_list_ui, today};
use crate::content::{Checklist, ChecklistKind, Guide};
use crate::plan::{self, ItemState};
use crate::progress::{Progress, Scope};
use crate::tab::Tab;

/// Something the person did on the Checklist tab, for the app to apply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChecklistAction {
    /// An item was ticked or unticked.
    SetTicked {
        /// Whose tick: a session's or the plain list's.
        scope: Scope,
        /// The item's id.
        id: String,
        /// Its new state.
        ticked: bool,
    },

    /// "Reset list" was pressed; the app asks for confirmation.
    AskReset(Scope, ChecklistKind),

    /// The person picked a session to view.
    SelectSession(u64),

    /// The person planned a session (the first one sets the appointment date).
    AddSession(Date),

    /// The person moved a session to another date.
    MoveSession(u64, Date),

    /// "Delete session" was pressed; the app asks for confirmation.
    AskDeleteSession(u64),

    /// "Export plan…" was pressed.
    OpenExport,

    /// "Open the diary" was pressed in the Today panel.
    OpenDiary,
}

/// What the date form is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum DateFormMode {
    /// Closed (or, without sessions, the appointment date form, which is always open).
    #[default]
    Closed,

    /// Planning another session.
    Add,

    /// Moving the session with this id.
    Move(u64),
}

/// The state of the date form between frames: what is typed, what the calendar shows, and the
/// last error. Owned by the app; not saved.
#[derive(Clone, Debug)]
pub struct DateForm {
    mode: DateFormMode,
    text: String,
    picked: Date,
    error: Option<String>,
}

impl DateForm {
    /// An empty form whose calendar opens on `today`.
    pub fn new(today: Date) -> Self {
        Self {
            mode: DateFormMode::Closed,
            text: String::new(),
            picked: today,
            error: None,
        }
    }

    fn open(&mut self, mode: DateFormMode, date: Date) {
        self.mode = mode;
        self.picked = date;
        self.text = date.to_string();
        self.error = None;
    }
}

/// The whole tab. `today` dates every state; `form` is the date form's state.
pub fn checklist_ui(
    ui: &mut Ui,
    guide: &Guide,
    progress: &Progress,
    form: &mut DateForm,
    today: Date,
    mark: &mut Mark,
) -> Option<ChecklistAction> {
    let mut action = None;
    let heading = heading_ui(ui, "Checklist", 1);
    mark.scroll_here(&heading, Tab::Checklist, "");

    if !progress.sessions.is_empty() {
        action = action.or(today::today_ui(ui, guide, progress, today));
    }
    ui.add_space(8.0);
    action = action.or(plan_ui(ui, guide, progress, form, today));

    let scope = plan::current_scope(guide, progress, today);
    for kind in ChecklistKind::ALL {
        ui.add_space(8.0);
        action = action.or(list_ui(ui, guide, progress, scope, kind, today, mark));
    }
    action
}

/// The appointment date, or the sessions with their controls.
fn plan_ui(
    ui: &mut Ui,
    guide: &Guide,
    progress: &Progress,
    form: &mut DateForm,
    today: Date,
) -> Option<ChecklistAction> {
    let mut action = None;
    heading_ui(ui, "Your treatment plan", 2);

    if progress.sessions.is_empty() {
        ui.label(
            "Set your appointment date to see when each step is due. \
             Until then the lists work as plain checklists.",
        );
        if let Some(date) = date_form_ui(ui, form, "Set date", "Appointment date") {
            action = Some(ChecklistAction::AddSession(date));
        }
        return action;
    }

    let selected = plan::default_session(guide, progress, today);
    let selected_index = selected.and_then(|id| progress.session_number(id).map(|n| n - 1));
    let shown =
        super::sessions::session_tab_range(progress.sessions.len(), selected_index.unwrap_or(0));
    let session_label = |index: usize| {
        progress
            .sessions
            .get(index)
            .map_or_else(String::new, |session| {
                format!(
                    "Session {}: {}",
                    index + 1,
                    plan::format_day(session.date, today)
                )
            })
    };
    let sessions = shown.clone().map(|index| {
        let is_selected = Some(index) == selected_index;
        (session_label(index), is_selected, None)
    });
    if let Some(offset) = tab_list_ui(ui, "Sessions", sessions)
        && let Some(session) = progress.sessions.get(shown.start + offset)
    {
        action = Some(ChecklistAction::SelectSession(session.id));
    }
    if shown.len() < progress.sessions.len()
        && let Some(index) =
            super::sessions::session_picker_ui(ui, progress.sessions.len(), &session_label)
        && let Some(session) = progress.sessions.get(index)
    {
        action = Some(ChecklistAction::SelectSession(session.id));
    }

    if let Some(id) = selected {
        ui.horizontal_wrapped(|ui| {
            if ui.button("Add another session").clicked() {
                let suggested = plan::suggested_session_date(guide, progress, today);
                form.open(DateFormMode::Add, suggested);
            }
            if ui.button("Change this session's date").clicked()
                && let Some(session) = progress.session(id)
            {
                form.open(DateFormMode::Move(id), session.date);
            }
            if ui.button("Delete this session…").clicked() {
                action = Some(ChecklistAction::AskDeleteSession(id));
            }
            if ui.button("Export plan…").clicked() {
                action = Some(ChecklistAction::OpenExport);
            }
        });
    }

    match form.mode {
        DateFormMode::Closed => {}
        DateFormMode::Add => {
            ui.label(format!(
                "Sessions are usually {} to {} weeks apart.",
                guide.plan.spacing_weeks.min, guide.plan.spacing_weeks.max
            ));
            if let Some(date) = date_form_ui(ui, form, "Add session", "New session date") {
                form.mode = DateFormMode::Closed;
                action = Some(ChecklistAction::AddSession(date));
            }
        }
        DateFormMode::Move(id) => {
            if let Some(date) = date_form_ui(ui, form, "Move session", "New date for this session")
            {
                form.mode = DateFormMode::Closed;
                action = Some(ChecklistAction::MoveSession(id, date));
            }
        }
    }

    let warnings = plan::spacing_warnings(guide, progress, today);
    for warning in warnings.iter().take(MAX_SPACING_WARNINGS) {
        ui.label(RichText::new(warning).color(ui.visuals().warn_fg_color));
    }
    if warnings.len() > MAX_SPACING_WARNINGS {
        ui.label(
            RichText::new(format!(
                "…and {} more pairs of sessions closer than usual.",
                warnings.len() - MAX_SPACING_WARNINGS
            ))
            .color(ui.visuals().warn_fg_color),
        );
    }
    action
}

/// At most this many spacing warnings are spelled out; the rest are counted.
const MAX_SPACING_WARNINGS: usize = 3;

/// A typed `YYYY-MM-DD` field, a calendar button, and a submit button. Returns the date when the
/// person submits a valid one; shows why otherwise.
fn date_form_ui(ui: &mut Ui, form: &mut DateForm, submit: &str, name: &str) -> Option<Date> {
    let mut submitted = None;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(format!("{name}:"));
        let text = ui
            .add(
                egui::TextEdit::singleline(&mut form.text)
                    .hint_text("YYYY-MM-DD")
                    .desired_width(130.0),
            )
            .labelled_by(label.id);
        let entered = text.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));

        let before = form.picked;
        let picker = ui.add(
            // The field beside it shows the date, so the button only names what it opens (and
            // egui's bundled fonts have no calendar emoji for the default icon).
            egui_extras::DatePickerButton::new(&mut form.picked)
                .id_salt(submit)
                .show_icon(false)
                .format("Calendar…")
                .calendar_week(false),
        );
        ui.ctx().accesskit_node_builder(picker.id, |node| {
            node.set_label(format!("Pick the {} from a calendar", name.to_lowercase()));
        });
        if form.picked != before {
            form.text = form.picked.to_string();
            form.error = None;
        }

        let submit_clicked = ui.button(submit).clicked();
        if form.mode != DateFormMode::Closed && ui.button("Cancel").clicked() {
            form.mode = DateFormMode::Closed;
            form.error = None;
        }
        if entered || submit_clicked {
            match plan::parse_date_input(&form.text) {
                Ok(date) => {
                    form.error = None;
                    submitted = Some(date);
                }
                Err(message) => form.error = Some(message),
            }
        }
    });
    if let Some(error) = &form.error {
        ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
    }
    submitted
}

fn list_ui(
    ui: &mut Ui,
    guide: &Guide,
    progress: &Progress,
    scope: Scope,
    kind: ChecklistKind,
    today: Date,
    mark: &mut Mark,
) -> Option<ChecklistAction> {
    let mut action = None;
    let list = guide.checklist(kind);
    let session = match scope {
        Scope::Session(id) => progress.session(id),
        Scope::Unscheduled => None,
    };
    heading_ui(ui, &list.title, 2);
    if let Some(intro) = &list.intro {
        ui.label(intro.as_str());
    }

    let done = progress.done_count(scope, list);
    let total = list.items.len();
    ui.horizontal(|ui| {
        let fraction = if total == 0 {
            0.0
        } else {
            done as f32 / total as f32
        };
        let bar_width = (ui.available_width() - 120.0).max(120.0);
        let mut bar = egui::ProgressBar::new(fraction)
            .desired_width(bar_width)
            .text(progress_text(done, total));
        if done == 0 {
            // egui draws at least a round cap of fill, which reads as progress that is not there.
            bar = bar.fill(egui::Color32::TRANSPARENT);
        }
        ui.add(bar);
        let reset = ui.add_enabled(done > 0, egui::Button::new("Reset list"));
        ui.ctx().accesskit_node_builder(reset.id, |node| {
            node.set_label(format!("Reset list ({})", list.title));
        });
        if reset.clicked() {
            action = Some(ChecklistAction::AskReset(scope, kind));
        }
    });

    let culler = Culler::new(ui);
    for item in &list.items {
        let forced = mark.wants_scroll(Tab::Checklist, &item.id);
        culler.show(ui, &item.id, forced, |ui| {
            let mut ticked = progress.is_ticked(scope, &item.id);
            let label = marked_text(ui, &item.text, mark);
            let checkbox = ui.checkbox(&mut ticked, label);
            mark.scroll_here(&checkbox, Tab::Checklist, &item.id);
            if checkbox.changed() {
                action = Some(ChecklistAction::SetTicked {
                    scope,
                    id: item.id.clone(),
                    ticked,
                });
            }
            ui.indent(&item.id, |ui| {
                ui.spacing_mut().item_spacing.y = 2.0;
                if let Some(session) = session {
                    let (first, last) = plan::window_dates(session.date, item.window);
                    let state = plan::item_state(session.date, item.window, ticked, today);
                    ui.horizontal_wrapped(|ui| {
                        ui.label(plan::format_range(first, last, today));
                        state_badge_ui(ui, state);
                    });
                }
                if let Some(detail) = &item.detail {
                    ui.label(RichText::new(detail).weak());
                }
                citations_ui(ui, guide, &item.sources);
            });
        });
    }
    action
}

/// The item's state as a word, coloured, so that colour is never the only cue.
pub fn state_badge_ui(ui: &mut Ui, state: ItemState) {
    let colours = palette(ui.visuals().dark_mode);
    let color = match state {
        ItemState::DueNow => colours.due,
        ItemState::Missed => colours.missed,
        ItemState::Done | ItemState::Upcoming => ui.visuals().weak_text_color(),
    };
    ui.label(
        RichText::new(format!("· {}", state.label()))
            .strong()
            .color(color),
    );
}

/// "3 of 9 done", or "All 9 done".
pub fn progress_text(done: usize, total: usize) -> String {
    if done == total && total > 0 {
        format!("All {total} done")
    } else {
        format!("{done} of {total} done")
    }
}

/// A confirmation dialog. Returns `Some(true)` to go ahead, `Some(false)` to cancel (button,
/// Escape or a click outside), `None` while it stays open.
pub fn confirm_ui(ctx: &egui::Context, title: &str, body: &str, confirm: &str) -> Option<bool> {
    let mut choice = None;
    let modal = egui::Modal::new(egui::Id::unique("confirm")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        heading_ui(ui, title, 2);
        ui.label(body);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(confirm).clicked() {
                choice = Some(true);
            }
            if ui.button("Cancel").clicked() {
                choice = Some(false);
            }
        });
    });
    if choice.is_none() && modal.should_close() {
        choice = Some(false);
    }
    choice
}

/// The confirmation text for resetting `list` with `done` ticks.
pub fn reset_question(list: &Checklist, done: usize) -> (String, String) {
    (
        format!("Reset “{}”?", list.title),
        format!(
            "This unticks the {done} ticked item{} of this list. It cannot be undone.",
            if done == 1 { "" } else { "s" }
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_text_counts_and_says_when_all_are_done() {
        assert_eq!(progress_text(3, 9), "3 of 9 done");
        assert_eq!(progress_text(0, 9), "0 of 9 done");
        assert_eq!(progress_text(9, 9), "All 9 done");
    }
}
