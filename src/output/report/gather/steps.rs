//! The report's steps table: for each task of both checklists, whether it was ticked for each of
//! the latest sessions.

use jiff::civil::Date;

use crate::content::{ChecklistKind, Guide, ItemKind};
use crate::output::report::{
    MAX_TABLE_SESSIONS, SessionLine, StepGroup, StepRow, StepState, StepsTable,
};
use crate::plan::window_dates;
use crate::user_data::Session;

/// The steps table for the sessions in the period (the latest [`MAX_TABLE_SESSIONS`]).
pub(super) fn steps_table(
    guide: &Guide,
    in_scope: &[(usize, &Session)],
    today: Date,
) -> StepsTable {
    let sessions_left_out = in_scope.len().saturating_sub(MAX_TABLE_SESSIONS);
    let shown = &in_scope[sessions_left_out..];
    let groups = [ChecklistKind::Before, ChecklistKind::After]
        .into_iter()
        .map(|kind| {
            let list = guide.checklist(kind);
            let rows = list
                .items
                .iter()
                .filter(|item| item.kind == ItemKind::Task)
                .map(|item| {
                    let states = shown
                        .iter()
                        .map(|(_, session)| {
                            let (_, last) = window_dates(session.date, item.window);
                            if session.ticked.contains(&item.id) {
                                StepState::Done
                            } else if last < today {
                                StepState::NotTicked
                            } else {
                                StepState::NotYet
                            }
                        })
                        .collect();
                    StepRow {
                        step: item.short.clone().unwrap_or_else(|| item.text.clone()),
                        states,
                    }
                })
                .collect();
            StepGroup {
                name: list.title.clone(),
                rows,
            }
        })
        .collect();
    StepsTable {
        sessions: shown
            .iter()
            .map(|(number, session)| SessionLine {
                number: *number,
                date: session.date,
            })
            .collect(),
        groups,
        sessions_left_out,
    }
}
