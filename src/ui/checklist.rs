//! The Checklist tab: the Today panel, the treatment plan (dates and sessions), and the before
//! and after lists with each item's dates and state.

use egui::{RichText, Ui};
use jiff::civil::Date;

use super::search::{Mark, marked_text};
use super::style::{palette, timeline_colours};
use super::{Culler, calendar, citations_ui, heading_ui, tab_list_ui, today};
use crate::content::{Checklist, ChecklistItem, ChecklistKind, Guide};
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

    /// "Mark all … steps done" was pressed: tick these items of `scope` at once.
    TickAll {
        /// Whose ticks.
        scope: Scope,
        /// The items' ids.
        ids: Vec<String>,
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
    // Taken after the Today panel, which may have just asked for it.
    let scroll_target = take_scroll_target(ui);
    for kind in ChecklistKind::ALL {
        ui.add_space(8.0);
        let target = scroll_target.as_deref();
        action = action.or(list_ui(
            ui,
            guide,
            progress,
            (scope, kind),
            today,
            target,
            mark,
        ));
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
        if let Some(date) = date_form_ui(ui, form, "Set date", "Appointment date", today) {
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
                Err(message) => form.error = Some(message),
            }
        }
    });
    if let Some(error) = &form.error {
        ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
    }
    submitted
}

/// One list: heading, progress, the "mark past steps done" offer, and the items. `scroll_target`
/// is an item the Today panel asked to show.
fn list_ui(
    ui: &mut Ui,
    guide: &Guide,
    progress: &Progress,
    (scope, kind): (Scope, ChecklistKind),
    today: Date,
    scroll_target: Option<&str>,
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

    // Only tasks count: rules are kept, not ticked.
    let ticks = progress.ticks(scope);
    let tasks = list.items.iter().filter(|item| !item.is_rule());
    let total = tasks.clone().count();
    let done = tasks.filter(|item| ticks.contains(&item.id)).count();
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
        let any_ticked = progress.done_count(scope, list) > 0;
        let reset = ui.add_enabled(any_ticked, egui::Button::new("Reset list"));
        ui.ctx().accesskit_node_builder(reset.id, |node| {
            node.set_label(format!("Reset list ({})", list.title));
        });
        if reset.clicked() {
            action = Some(ChecklistAction::AskReset(scope, kind));
        }
    });

    if let Some(session) = session {
        let past = plan::unconfirmed_tasks(guide, kind, session.date, ticks, today);
        if !past.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label(if past.len() == 1 {
                    "One earlier step is not ticked. If you did it, tick it.".to_owned()
                } else {
                    format!(
                        "{} earlier steps are not ticked. If you did them, tick them all at once.",
                        past.len()
                    )
                });
                if ui.button(mark_phase_label(kind)).clicked() {
                    action = Some(ChecklistAction::TickAll {
                        scope,
                        ids: past.iter().map(|id| (*id).to_owned()).collect(),
                    });
                }
            });
        }
    }

    let culler = Culler::new(ui);
    for item in &list.items {
        let jump_here = scroll_target == Some(item.id.as_str());
        let forced = mark.wants_scroll(Tab::Checklist, &item.id) || jump_here;
        culler.show(ui, &item.id, forced, |ui| {
            let label = marked_text(ui, &item.text, mark);
            let response = if item.is_rule() {
                rule_label_ui(ui, label)
            } else {
                let mut ticked = progress.is_ticked(scope, &item.id);
                let checkbox = ui.checkbox(&mut ticked, label);
                if checkbox.changed() {
                    action = Some(ChecklistAction::SetTicked {
                        scope,
                        id: item.id.clone(),
                        ticked,
                    });
                }
                checkbox
            };
            mark.scroll_here(&response, Tab::Checklist, &item.id);
            if jump_here {
                response.scroll_to_me(Some(egui::Align::Center));
                if !item.is_rule() {
                    response.request_focus();
                }
            }
            ui.indent(&item.id, |ui| {
                ui.spacing_mut().item_spacing.y = 2.0;
                when_ui(
                    ui,
                    item,
                    session.map(|session| session.date),
                    scope,
                    progress,
                    today,
                );
                if let Some(detail) = &item.detail {
                    ui.label(RichText::new(detail).weak());
                }
                citations_ui(ui, guide, &item.sources);
            });
        });
    }
    action
}

/// The label of the button that ticks every past step of a list.
pub fn mark_phase_label(kind: ChecklistKind) -> &'static str {
    match kind {
        ChecklistKind::Before => "Mark all past before-treatment steps done",
        ChecklistKind::After => "Mark all past after-treatment steps done",
    }
}

/// A rule's text where a task has its checkbox: a painted bar in place of the box, so the text
/// lines up with the tasks' and nothing looks tickable.
fn rule_label_ui(ui: &mut Ui, label: impl Into<egui::WidgetText>) -> egui::Response {
    ui.horizontal(|ui| {
        let size = ui.spacing().icon_width;
        let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
        let colour = timeline_colours(ui.visuals()).rule_bar;
        let bar = egui::Rect::from_center_size(rect.center(), egui::vec2(size * 0.35, size));
        ui.painter().rect_filled(bar, 2.0, colour);
        ui.add(egui::Label::new(label).wrap())
    })
    .inner
}

/// When an item applies and where it stands: dates and a state for a task, "Keep doing until …"
/// with a countdown for a rule.
fn when_ui(
    ui: &mut Ui,
    item: &ChecklistItem,
    session_date: Option<Date>,
    scope: Scope,
    progress: &Progress,
    today: Date,
) {
    let Some(session_date) = session_date else {
        if item.is_rule() {
            ui.label(
                RichText::new(format!("Keep doing {}", plan::describe_window(item.window)))
                    .strong(),
            );
        }
        return;
    };
    let (first, last) = plan::window_dates(session_date, item.window);
    ui.horizontal_wrapped(|ui| {
        if item.is_rule() {
            let state = plan::rule_state(session_date, item.window, today);
            ui.label(RichText::new(state.label(today)).strong());
            if let Some(countdown) = state.countdown() {
                let colour = palette(ui.visuals().dark_mode).due;
                ui.label(
                    RichText::new(format!("· {countdown}"))
                        .strong()
                        .color(colour),
                );
            }
        } else {
            let ticked = progress.is_ticked(scope, &item.id);
            let state = plan::item_state(session_date, item.window, ticked, today);
            ui.label(plan::format_range(first, last, today));
            state_badge_ui(ui, state);
        }
    });
}

/// Asks the Checklist tab to scroll to the item with this id on its next frame (the Today
/// panel's links).
pub fn request_scroll_to(ctx: &egui::Context, id: &str) {
    ctx.data_mut(|data| data.insert_temp(scroll_target_id(), id.to_owned()));
}

fn take_scroll_target(ui: &Ui) -> Option<String> {
    ui.ctx()
        .data_mut(|data| data.remove_temp::<String>(scroll_target_id()))
}

fn scroll_target_id() -> egui::Id {
    egui::Id::unique("checklist-scroll-target")
}

/// The item's state as a word, coloured, so that colour is never the only cue. A past step
/// without a tick is asked about in the quiet colour, not marked as a failure.
pub fn state_badge_ui(ui: &mut Ui, state: ItemState) {
    let colours = palette(ui.visuals().dark_mode);
    let color = match state {
        ItemState::DueNow => colours.due,
        ItemState::Done | ItemState::Upcoming | ItemState::Unconfirmed => {
            ui.visuals().weak_text_color()
        }
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
