//! What needs the clinician's attention in a report: the warnings the diary's rules raise and
//! the warning signs the person ticked, most urgent first, each with that day's note.

use std::collections::BTreeSet;

use jiff::civil::Date;

use super::{MAX_QUOTED_CHARS, Period, place, session_entries, shortened};
use crate::content::DiarySettings;
use crate::output::report::{Attention, text};
use crate::user_data::diary::rules::session_warnings;
use crate::user_data::diary::{CheckIn, day_in_plan};
use crate::user_data::{Session, UserData};

/// The warnings and ticked signs of the period, most urgent first, then latest.
pub(super) fn attention(
    settings: &DiarySettings,
    progress: &UserData,
    in_scope: &[(usize, &Session)],
    Period { from, to }: Period,
) -> Vec<Attention> {
    let mut attention = Vec::new();
    for (_, session) in in_scope {
        let entries = session_entries(progress, session, from, to);
        for warning in session_warnings(settings, &entries) {
            attention.push(Attention {
                urgency: warning.urgency,
                place: place(progress, warning.date).unwrap_or_default(),
                date: warning.date,
                reason: warning.observed,
                ticked: warning.ticked,
                note: None,
            });
        }
    }
    // Signs ticked on a day after no session still count.
    let unplaced: Vec<(&Date, &CheckIn)> = progress
        .diary
        .check_ins
        .range(from..=to)
        .filter(|(date, _)| day_in_plan(progress, **date).is_none())
        .collect();
    for sign in &settings.warning_signs {
        if let Some((date, _)) = unplaced
            .iter()
            .rev()
            .find(|(_, check_in)| check_in.signs.contains(&sign.id))
        {
            attention.push(Attention {
                urgency: sign.urgency,
                date: **date,
                place: String::new(),
                reason: format!("Ticked: {}.", sign.text),
                ticked: true,
                note: None,
            });
        }
    }
    // Most urgent first, then latest; on the same day a ticked sign before a rating rule.
    attention.sort_by(|a, b| {
        b.urgency
            .cmp(&a.urgency)
            .then(b.date.cmp(&a.date))
            .then(b.ticked.cmp(&a.ticked))
    });
    // The note of that day, once per day, so the clinician reads it beside the warning.
    let mut noted = BTreeSet::new();
    for item in &mut attention {
        if noted.insert(item.date)
            && let Some(check_in) = progress.diary.check_in(item.date)
            && !check_in.note.trim().is_empty()
        {
            item.note = Some(shortened(
                &text::clean(check_in.note.trim()),
                MAX_QUOTED_CHARS,
            ));
        }
    }
    attention
}
