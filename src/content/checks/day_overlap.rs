//! Checklist items that contradict each other on the same day, and a day-by-day listing of what
//! the checklists ask, so a writer can see what the Today panel shows on each day.
//!
//! Windows include both ends, so an item for "the first 24 hours" and one for "from the next
//! day" easily share a day by mistake. An item's `excludes` names the items it cannot share a day
//! with; `check` warns when their windows overlap.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::content::locate::Anchor;
use crate::content::problem::Finding;
use crate::content::{ChecklistItem, ChecklistKind, Guide, ItemKind, Origin};

fn list_field(kind: ChecklistKind) -> &'static str {
    match kind {
        ChecklistKind::Before => "before_checklist",
        ChecklistKind::After => "after_checklist",
    }
}

/// The days two windows share, if any.
fn shared_days(a: &ChecklistItem, b: &ChecklistItem) -> Option<(i32, i32)> {
    let from = a.window.from_day.max(b.window.from_day);
    let to = a.window.to_day.min(b.window.to_day);
    (from <= to).then_some((from, to))
}

fn days_words(from: i32, to: i32) -> String {
    if from == to {
        format!("day {from}")
    } else {
        format!("days {from} to {to}")
    }
}

/// Warns about items marked as excluding each other whose windows share a day, and reports an
/// `excludes` entry that names no checklist item.
pub(super) fn check(guide: &Guide, out: &mut Vec<Finding>) {
    let items: BTreeMap<&str, &ChecklistItem> = guide
        .checklist_items()
        .map(|(_, item)| (item.id.as_str(), item))
        .collect();
    let mut reported: Vec<(&str, &str)> = Vec::new();
    for (kind, item) in guide.checklist_items() {
        let at = Anchor::field(list_field(kind))
            .then_id(&item.id)
            .then_field("excludes");
        for other_id in &item.excludes {
            let Some(other) = items.get(other_id.as_str()) else {
                out.push(Finding::error(
at.clone().then_literal(other_id),
format!(
                        "checklist item {:?} excludes {other_id:?}, which is not a checklist item; expected the id of an item in before_checklist or after_checklist",
                        item.id
                    ),
));
                continue;
            };
            if other.id == item.id {
                out.push(Finding::error(
                    at.clone().then_literal(other_id),
                    format!("checklist item {:?} excludes itself", item.id),
                ));
                continue;
            }
            let pair = if item.id < other.id {
                (item.id.as_str(), other.id.as_str())
            } else {
                (other.id.as_str(), item.id.as_str())
            };
            if reported.contains(&pair) {
                continue;
            }
            if let Some((from, to)) = shared_days(item, other) {
                reported.push(pair);
                out.push(Finding::warning(
at.clone().then_literal(other_id),
format!(
                        "checklist items {:?} and {:?} contradict each other, but both apply on {}; change a window so that they share no day",
                        item.id,
                        other.id,
                        days_words(from, to)
                    ),
));
            }
        }
    }
}

/// One line per day on which any checklist item applies, from the earliest to the latest: the
/// rules to keep that day, then the tasks due, each by id. Items that exclude each other and
/// still share the day are marked with "CONTRADICTS".
pub fn day_lines(guide: &Guide) -> Vec<String> {
    let items: Vec<&ChecklistItem> = guide.checklist_items().map(|(_, item)| item).collect();
    let (Some(first), Some(last)) = (
        items.iter().map(|item| item.window.from_day).min(),
        items.iter().map(|item| item.window.to_day).max(),
    ) else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    for day in first..=last {
        let active: Vec<&ChecklistItem> = items
            .iter()
            .copied()
            .filter(|item| (item.window.from_day..=item.window.to_day).contains(&day))
            .collect();
        if active.is_empty() {
            continue;
        }
        let names = |kind: ItemKind| -> Vec<&str> {
            active
                .iter()
                .filter(|item| item.kind == kind)
                .map(|item| item.id.as_str())
                .collect()
        };
        let mut line = format!("day {day}:");
        for (label, ids) in [
            ("rules", names(ItemKind::Rule)),
            ("tasks", names(ItemKind::Task)),
        ] {
            if !ids.is_empty() {
                let _ = write!(line, " {label}: {};", ids.join(", "));
            }
        }
        for item in &active {
            for other in active
                .iter()
                .filter(|other| item.excludes.contains(&other.id))
            {
                let _ = write!(line, " CONTRADICTS: {} and {};", item.id, other.id);
            }
        }
        lines.push(line.trim_end_matches(';').to_owned());
    }
    lines
}

/// The day-by-day listing of the content at `origin`, for `check --days`; empty when the content
/// cannot be read or has errors (which `check` reports itself).
pub fn days_report(origin: &Origin, today: jiff::civil::Date) -> Vec<String> {
    crate::content::read_source(origin)
        .and_then(|text| crate::content::load_text(origin, &text, today))
        .map(|loaded| day_lines(&loaded.guide))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{EMBEDDED_CONTENT, Window};

    fn item(id: &str, from_day: i32, to_day: i32, excludes: &[&str]) -> ChecklistItem {
        ChecklistItem {
            id: id.to_owned(),
            text: "t".to_owned(),
            short: None,
            kind: ItemKind::Rule,
            window: Window { from_day, to_day },
            detail: None,
            excludes: excludes.iter().map(|id| (*id).to_owned()).collect(),
            sources: vec![],
        }
    }

    #[test]
    fn windows_sharing_an_end_day_overlap() {
        assert_eq!(
            shared_days(&item("a", 0, 1, &[]), &item("b", 1, 7, &[])),
            Some((1, 1))
        );
        assert_eq!(
            shared_days(&item("a", 0, 0, &[]), &item("b", 1, 7, &[])),
            None
        );
    }

    #[test]
    fn the_shipped_guide_lists_treatment_day_and_no_contradiction() {
        let guide = crate::content::parse(EMBEDDED_CONTENT, jiff::civil::date(2026, 11, 26))
            .map(|(guide, _)| guide)
            .unwrap_or_else(|problems| panic!("{problems:#?}"));
        let lines = day_lines(&guide);
        let day0 = lines
            .iter()
            .find(|line| line.starts_with("day 0:"))
            .unwrap_or_else(|| panic!("{lines:#?}"));
        assert!(day0.contains("only-clinic-products"), "{day0}");
        assert!(!day0.contains("moisturise"), "{day0}");
        assert!(
            lines.iter().all(|line| !line.contains("CONTRADICTS")),
            "{lines:#?}"
        );
    }
}
