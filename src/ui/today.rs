//! The Today panel at the top of the Checklist tab: where the person stands, what is due today,
//! and, in the days after a session, the signs that mean calling the clinic.

use egui::{RichText, Ui};
use jiff::civil::Date;

use super::checklist::ChecklistAction;
use super::search::Mark;
use super::style::palette;
use super::{blocks_ui, heading_ui};
use crate::content::Guide;
use crate::plan;
use crate::progress::{Progress, Scope};

/// The panel. Only shown once a session is planned.
pub fn today_ui(
    ui: &mut Ui,
    guide: &Guide,
    progress: &Progress,
    today: Date,
) -> Option<ChecklistAction> {
    let mut action = None;
    egui::Frame::group(ui.style())
        .fill(palette(ui.visuals().dark_mode).panel_fill)
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            heading_ui(ui, &format!("Today, {}", today.strftime("%A %-d %B")), 2);
            for line in plan::standing(guide, progress, today) {
                ui.label(RichText::new(line).strong());
            }

            let due = plan::due_today(guide, progress, today);
            if due.is_empty() {
                ui.label("Nothing on the checklist is due today.");
            } else {
                ui.label(format!(
                    "Due today ({}):",
                    if due.len() == 1 {
                        "1 step".to_owned()
                    } else {
                        format!("{} steps", due.len())
                    }
                ));
                let several = progress.sessions.len() > 1;
                for entry in due {
                    ui.horizontal_wrapped(|ui| {
                        let mut ticked = false;
                        if ui.checkbox(&mut ticked, entry.item.text.as_str()).changed() {
                            action = Some(ChecklistAction::SetTicked {
                                scope: Scope::Session(entry.session_id),
                                id: entry.item.id.clone(),
                                ticked,
                            });
                        }
                        let mut note = format!("until {}", plan::format_day(entry.last_day, today));
                        if several {
                            note.push_str(&format!(", session {}", entry.session_number));
                        }
                        ui.label(RichText::new(note).small().weak());
                    });
                }
            }

            // The recovery diary's part: today's check-in while due, and any warning.
            if super::diary::today_ui(ui, guide, progress, today) {
                action = Some(ChecklistAction::OpenDiary);
            }

            if plan::in_warning_period(guide, progress, today)
                && let Some(section) = guide.section(&guide.plan.warning_signs_section)
            {
                // The section carries its own care cards, one per urgency.
                ui.add_space(4.0);
                heading_ui(ui, &section.title, 3);
                blocks_ui(ui, guide, &section.body, &Mark::default());
            }
        });
    action
}
