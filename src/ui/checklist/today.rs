//! The Today panel at the top of the Checklist tab: where the person stands, a short summary of
//! what is due today, the rules in force and the next step (each a link to its item in the lists
//! below, which are the only place items are ticked), and, in the days after a session, the
//! signs that mean calling the clinic.

use egui::{RichText, Ui};
use jiff::civil::Date;

use crate::content::Guide;
use crate::plan::{self, DueItem};
use crate::text::dates;
use crate::ui::checklist::action::ChecklistAction;
use crate::ui::checklist::lists::request_scroll_to;
use crate::ui::pages::search::Mark;
use crate::ui::style::{palette, space};
use crate::ui::{blocks_ui, heading_ui};
use crate::user_data::UserData;

/// The panel. Only shown once a session is planned.
pub fn today_ui(
    ui: &mut Ui,
    guide: &Guide,
    progress: &UserData,
    today: Date,
) -> Option<ChecklistAction> {
    let mut links = Links {
        shown_session: plan::default_session(guide, progress, today),
        several: progress.sessions.len() > 1,
        action: None,
    };
    let mut diary_action = None;
    // The Today panel is the one card with the accent down its side: it is where to look first.
    let accent = palette(ui.visuals().dark_mode).accent;
    crate::ui::style::card_frame(ui.visuals())
        .fill(palette(ui.visuals().dark_mode).panel_fill)
        .stroke(egui::Stroke::new(2.0, accent))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            heading_ui(ui, &format!("Today, {}", dates::long_day(today)), 2);
            for line in plan::standing(guide, progress, today) {
                ui.label(RichText::new(line).strong());
            }

            let due = plan::due_today(guide, progress, today);
            let (rules, tasks): (Vec<&DueItem<'_>>, Vec<&DueItem<'_>>) =
                due.iter().partition(|entry| entry.item.is_rule());
            tasks_ui(ui, &mut links, &tasks);
            rules_ui(ui, &mut links, &rules, today);
            if let Some(next) = plan::next_step(guide, progress, today)
                && let Some(session) = progress.session(next.session_id)
            {
                let (first, _) = plan::window_dates(session.date, next.item.window);
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new("Next:").strong());
                    let text = format!(
                        "{}, from {}{}",
                        next.item.short_label(),
                        dates::day(first, today),
                        links.session_note(&next)
                    );
                    links.link(ui, &next, text);
                });
            }

            // The recovery diary's part: today's check-in while due, and any warning.
            if crate::ui::diary::today_ui(ui, guide, progress, today) {
                diary_action = Some(ChecklistAction::OpenDiary);
            }

            if plan::in_warning_period(guide, progress, today)
                && let Some(section) = guide.section(&guide.plan.warning_signs_section)
            {
                // The section carries its own care cards, one per urgency.
                ui.add_space(space::XS);
                heading_ui(ui, &section.title, 3);
                blocks_ui(ui, guide, &section.body, &Mark::default());
            }
        });
    diary_action.or(links.action)
}

/// The links from the panel to the steps in the lists, and what following one asks for.
struct Links {
    /// The session the Checklist tab shows.
    shown_session: Option<u64>,

    /// Whether more than one session is planned, so each step says which it belongs to.
    several: bool,

    /// Set when a link to a step of another session was followed.
    action: Option<ChecklistAction>,
}

impl Links {
    /// A link to the step `entry` that scrolls to it, showing its session first.
    fn link(&mut self, ui: &mut Ui, entry: &DueItem<'_>, text: String) {
        let response = ui.link(text);
        let name = format!("Go to the step: {}", entry.item.short_label());
        ui.ctx().accesskit_node_builder(response.id, |node| {
            node.set_label(name);
        });
        if response.clicked() {
            request_scroll_to(ui.ctx(), &entry.item.id);
            if self.shown_session != Some(entry.session_id) {
                self.action = Some(ChecklistAction::SelectSession(entry.session_id));
            }
        }
    }

    /// " (session 2)" when several sessions are planned.
    fn session_note(&self, entry: &DueItem<'_>) -> String {
        if self.several {
            format!(" (session {})", entry.session_number)
        } else {
            String::new()
        }
    }
}

/// "To do today" and a link to each step due, or "Nothing to tick today."
fn tasks_ui(ui: &mut Ui, links: &mut Links, tasks: &[&DueItem<'_>]) {
    if tasks.is_empty() {
        ui.label("Nothing to tick today.");
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(count(tasks.len(), "step", "To do today")).strong());
        for (index, entry) in tasks.iter().enumerate() {
            if index > 0 {
                ui.label("·");
            }
            let text = format!("{}{}", entry.item.short_label(), links.session_note(entry));
            links.link(ui, entry, text);
        }
    });
}

/// "Keep doing", then one line per last day, soonest first: what ends when.
fn rules_ui(ui: &mut Ui, links: &mut Links, rules: &[&DueItem<'_>], today: Date) {
    if rules.is_empty() {
        return;
    }
    ui.label(RichText::new(count(rules.len(), "rule", "Keep doing")).strong());
    let mut ends: Vec<Date> = rules.iter().map(|entry| entry.last_day).collect();
    ends.sort_unstable();
    ends.dedup();
    for end in ends {
        ui.horizontal_wrapped(|ui| {
            let until = if end == today {
                "Until today:".to_owned()
            } else {
                format!("Until {}:", dates::day(end, today))
            };
            ui.label(until);
            let ending = rules.iter().filter(|entry| entry.last_day == end);
            for (index, entry) in ending.enumerate() {
                if index > 0 {
                    ui.label("·");
                }
                let text = format!("{}{}", entry.item.short_label(), links.session_note(entry));
                links.link(ui, entry, text);
            }
        });
    }
}

/// "To do today (2 steps):", "Keep doing (1 rule):".
fn count(n: usize, what: &str, heading: &str) -> String {
    if n == 1 {
        format!("{heading} (1 {what}):")
    } else {
        format!("{heading} ({n} {what}s):")
    }
}
