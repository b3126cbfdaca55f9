//! The Checklist tab's two lists of steps: each task with its box to tick, dates and state, each
//! rule with its countdown, and the offer to tick every past step of a list at once.

use egui::{RichText, Ui};
use jiff::civil::Date;

use crate::content::{Checklist, ChecklistItem, ChecklistKind, Guide};
use crate::plan::{self, ItemState};
use crate::text::dates;
use crate::ui::checklist::action::ChecklistAction;
use crate::ui::pages::search::{Mark, marked_text};
use crate::ui::style::{palette, space, timeline_colours};
use crate::ui::{Culler, citations_ui, heading_ui};
use crate::user_data::tab::Tab;
use crate::user_data::{Scope, UserData};

/// One list: heading, progress, the "mark past steps done" offer, and the items. `scroll_target`
/// is an item the Today panel asked to show.
pub(super) fn list_ui(
    ui: &mut Ui,
    guide: &Guide,
    progress: &UserData,
    (scope, kind): (Scope, ChecklistKind),
    today: Date,
    scroll_target: Option<&str>,
    mark: &mut Mark,
) -> Option<ChecklistAction> {
    let list = guide.checklist(kind);
    let session = match scope {
        Scope::Session(id) => progress.session(id),
        Scope::Unscheduled => None,
    };
    heading_ui(ui, &list.title, 2);
    if let Some(intro) = &list.intro {
        ui.label(intro.as_str());
    }
    let mut action = progress_row_ui(ui, progress, list, (scope, kind));
    if let Some(session) = session {
        let past = past_steps_ui(ui, guide, progress, (scope, kind), session.date, today);
        action = past.or(action);
    }
    let session_date = session.map(|session| session.date);
    let items = items_ui(
        ui,
        guide,
        progress,
        (scope, list, session_date),
        today,
        scroll_target,
        mark,
    );
    items.or(action)
}

/// The list's progress bar and its "Reset list" button. Only tasks count: rules are kept, not
/// ticked.
fn progress_row_ui(
    ui: &mut Ui,
    progress: &UserData,
    list: &Checklist,
    (scope, kind): (Scope, ChecklistKind),
) -> Option<ChecklistAction> {
    let mut action = None;
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
    action
}

/// The offer to tick, at once, the earlier steps of the session on `session_date` that are not
/// ticked.
fn past_steps_ui(
    ui: &mut Ui,
    guide: &Guide,
    progress: &UserData,
    (scope, kind): (Scope, ChecklistKind),
    session_date: Date,
    today: Date,
) -> Option<ChecklistAction> {
    let mut action = None;
    let past = plan::unconfirmed_tasks(guide, kind, session_date, progress.ticks(scope), today);
    if past.is_empty() {
        return None;
    }
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
    action
}

/// The items: a checkbox for each task, a bar for each rule, then when it applies, its detail
/// and its sources. Items far from view are culled.
fn items_ui(
    ui: &mut Ui,
    guide: &Guide,
    progress: &UserData,
    (scope, list, session_date): (Scope, &Checklist, Option<Date>),
    today: Date,
    scroll_target: Option<&str>,
    mark: &mut Mark,
) -> Option<ChecklistAction> {
    let mut action = None;
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
                ui.spacing_mut().item_spacing.y = space::LINE;
                when_ui(ui, item, session_date, scope, progress, today);
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
    progress: &UserData,
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
            ui.label(dates::range(first, last, today));
            state_badge_ui(ui, state);
        }
    });
}

/// Asks the Checklist tab to scroll to the item with this id on its next frame (the Today
/// panel's links).
pub fn request_scroll_to(ctx: &egui::Context, id: &str) {
    ctx.data_mut(|data| data.insert_temp(scroll_target_id(), id.to_owned()));
}

pub(super) fn take_scroll_target(ui: &Ui) -> Option<String> {
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
