//! The Checklist tab: the Today panel, the treatment plan (dates and sessions), and the before
//! and after lists (drawn by [`crate::ui::checklist::lists`]).

mod action;
pub mod lists;
pub mod sessions;
pub mod timeline;
pub mod today;

pub use action::ChecklistAction;

use egui::{RichText, Ui};
use jiff::civil::Date;

use crate::content::{Checklist, ChecklistKind, Guide};
use crate::plan;
use crate::text::dates;
use crate::ui::checklist::lists::{list_ui, take_scroll_target};
use crate::ui::pages::search::Mark;
use crate::ui::style::space;
use crate::ui::widgets::calendar;
use crate::ui::{card_ui, heading_ui, tab_list_ui};
use crate::user_data::UserData;
use crate::user_data::tab::Tab;

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

/// The state of the date form between frames: what is typed, the day the calendar opens on when
/// nothing is typed, and the last error. Owned by the app; not saved.
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
    progress: &UserData,
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
    ui.add_space(space::M);
    action = action.or(card_ui(ui, |ui| plan_ui(ui, guide, progress, form, today)));

    let scope = plan::current_scope(guide, progress, today);
    // Taken after the Today panel, which may have just asked for it.
    let scroll_target = take_scroll_target(ui);
    for kind in ChecklistKind::ALL {
        let target = scroll_target.as_deref();
        action = action.or(card_ui(ui, |ui| {
            list_ui(ui, guide, progress, (scope, kind), today, target, mark)
        }));
    }
    action
}

/// The appointment date, or the sessions with their controls.
fn plan_ui(
    ui: &mut Ui,
    guide: &Guide,
    progress: &UserData,
    form: &mut DateForm,
    today: Date,
) -> Option<ChecklistAction> {
    heading_ui(ui, "Your treatment plan", 2);

    if progress.sessions.is_empty() {
        ui.label(
            "Set your appointment date to see when each step is due. \
             Until then the lists work as plain checklists.",
        );
        return date_form_ui(ui, form, "Set date", "Appointment date", today)
            .map(ChecklistAction::AddSession);
    }

    let selected = plan::default_session(guide, progress, today);
    let mut action = session_tabs_ui(ui, progress, selected, today);
    if let Some(id) = selected {
        action = session_buttons_ui(ui, guide, progress, form, id, today).or(action);
    }
    action = open_form_ui(ui, guide, form, today).or(action);
    spacing_warnings_ui(ui, guide, progress, today);
    action
}

/// The sessions as tabs (as many as fit) and, when some do not fit, a picker for any of them.
fn session_tabs_ui(
    ui: &mut Ui,
    progress: &UserData,
    selected: Option<u64>,
    today: Date,
) -> Option<ChecklistAction> {
    let mut action = None;
    let selected_index = selected.and_then(|id| progress.session_number(id).map(|n| n - 1));
    let shown = crate::ui::checklist::sessions::session_tab_range(
        progress.sessions.len(),
        selected_index.unwrap_or(0),
    );
    let session_label = |index: usize| {
        progress
            .sessions
            .get(index)
            .map_or_else(String::new, |session| {
                format!("Session {}: {}", index + 1, dates::day(session.date, today))
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
        && let Some(index) = crate::ui::checklist::sessions::session_picker_ui(
            ui,
            progress.sessions.len(),
            &session_label,
        )
        && let Some(session) = progress.sessions.get(index)
    {
        action = Some(ChecklistAction::SelectSession(session.id));
    }

    action
}

/// "Add another session", "Change this session's date", "Delete this session…" and "Export
/// plan…" for the session `id` on show.
fn session_buttons_ui(
    ui: &mut Ui,
    guide: &Guide,
    progress: &UserData,
    form: &mut DateForm,
    id: u64,
    today: Date,
) -> Option<ChecklistAction> {
    let mut action = None;
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
    action
}

/// The date form for adding or moving a session, while one is open.
fn open_form_ui(
    ui: &mut Ui,
    guide: &Guide,
    form: &mut DateForm,
    today: Date,
) -> Option<ChecklistAction> {
    let mut action = None;
    match form.mode {
        DateFormMode::Closed => {}
        DateFormMode::Add => {
            ui.label(format!(
                "Sessions are usually {} to {} weeks apart.",
                guide.plan.spacing_weeks.min, guide.plan.spacing_weeks.max
            ));
            if let Some(date) = date_form_ui(ui, form, "Add session", "New session date", today) {
                form.mode = DateFormMode::Closed;
                action = Some(ChecklistAction::AddSession(date));
            }
        }
        DateFormMode::Move(id) => {
            if let Some(date) =
                date_form_ui(ui, form, "Move session", "New date for this session", today)
            {
                form.mode = DateFormMode::Closed;
                action = Some(ChecklistAction::MoveSession(id, date));
            }
        }
    }

    action
}

/// Pairs of sessions closer than usual: the first few spelled out, the rest counted.
fn spacing_warnings_ui(ui: &mut Ui, guide: &Guide, progress: &UserData, today: Date) {
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
}

/// At most this many spacing warnings are spelled out; the rest are counted.
const MAX_SPACING_WARNINGS: usize = 3;

/// A typed `YYYY-MM-DD` field, a calendar button, and a submit button. Returns the date when the
/// person submits a valid one; shows why otherwise.
fn date_form_ui(
    ui: &mut Ui,
    form: &mut DateForm,
    submit: &str,
    name: &str,
    today: Date,
) -> Option<Date> {
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

        // The calendar shows the typed date as chosen, and opens on it, when there is one.
        let typed = plan::parse_date_input(&form.text).ok();
        if let Some(day) = calendar::calendar_button_ui(ui, submit, typed, form.picked, today, name)
        {
            form.picked = day;
            form.text = day.to_string();
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
                Err(err) => form.error = Some(err.to_string()),
            }
        }
    });
    if let Some(error) = &form.error {
        ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
    }
    submitted
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
