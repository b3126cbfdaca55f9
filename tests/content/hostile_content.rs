//! Content that is valid RON but hostile or careless: text that would forge calendar events or
//! checklist lines, control characters, huge paragraphs, and the messages `check` gives.

use icalendar::Component as _;

use skincare_guide::content::{self, EMBEDDED_CONTENT, MAX_TEXT_CHARS, Severity};
use skincare_guide::output::export;
use skincare_guide::user_data::{Scope, UserData};

use crate::common::{TODAY, shipped_guide as guide};

fn one_session() -> UserData {
    let mut progress = UserData::default();
    progress.add_session(jiff::civil::date(2026, 12, 7));
    progress
}

fn errors(text: &str) -> Vec<content::Problem> {
    content::parse(text, TODAY)
        .err()
        .unwrap_or_default()
        .into_iter()
        .filter(|problem| problem.severity == Severity::Error)
        .collect()
}

// Item 9: calendar and Markdown injection.

#[test]
fn a_title_with_line_breaks_cannot_add_a_calendar_event() {
    let mut guide = guide();
    guide.title = "Guide\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Stop all medication now\r\nEND:VEVENT\nX".to_owned();
    guide.before_checklist.items[0].text =
        "Tidy up\nBEGIN:VEVENT\nSUMMARY:Forged; event".to_owned();
    let progress = one_session();
    let honest = export::calendar(&self::guide(), &progress, jiff::Timestamp::UNIX_EPOCH).unwrap();
    let ics = export::calendar(&guide, &progress, jiff::Timestamp::UNIX_EPOCH).unwrap();
    assert!(!ics.contains('\r') || ics.split("\r\n").all(|line| !line.contains('\r')));

    let parsed: icalendar::Calendar = ics.parse().unwrap();
    let honest: icalendar::Calendar = honest.parse().unwrap();
    let events: Vec<_> = parsed
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .collect();
    assert_eq!(
        events.len(),
        honest
            .components
            .iter()
            .filter_map(|c| c.as_event())
            .count()
    );
    assert!(
        events
            .iter()
            .all(|event| event.get_summary() != Some("Stop all medication now"))
    );
    assert_eq!(
        events[1].get_summary(),
        Some("Tidy up\nBEGIN:VEVENT\nSUMMARY:Forged; event"),
        "the text survives, escaped, inside its own event"
    );
    // NAME is one escaped line (the parser does not unescape it; calendar apps do).
    assert_eq!(
        parsed.get_name(),
        Some(
            "Guide\\nEND:VCALENDAR\\nBEGIN:VEVENT\\nSUMMARY:Stop all medication now\\nEND:VEVENT\\nX: treatment plan"
        )
    );
}

#[test]
fn an_item_with_a_line_break_cannot_forge_a_ticked_line_in_markdown() {
    let mut guide = guide();
    guide.before_checklist.items[0].text = "Rest\n- [x] Stop all medication now".to_owned();
    let markdown = export::markdown(&guide, &one_session(), TODAY);
    assert!(
        markdown.lines().all(|line| !line.starts_with("- [x] Stop")),
        "{markdown}"
    );
    assert!(markdown.contains("- [ ] Rest - \\[x\\] Stop all medication now"));
}

// Item 10: control characters are located errors.

#[test]
fn escaped_control_characters_are_errors_at_their_place() {
    let text = EMBEDDED_CONTENT.replacen("tagline: \"An offline", "tagline: \"\\u{7}An offline", 1);
    let problems = errors(&text);
    let line = text.lines().position(|l| l.contains("\\u{7}")).unwrap() + 1;
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!((problems[0].line, problems[0].column), (line, 15));
    assert!(problems[0].message.contains("U+0007 (BEL)"));
}

// Item 8: a documented limit on text length.

#[test]
fn a_paragraph_over_the_limit_is_an_error() {
    let long = "word ".repeat(MAX_TEXT_CHARS / 5 + 1);
    let text = EMBEDDED_CONTENT.replacen(
        "Paragraph(\"Microneedling uses",
        &format!("Paragraph(\"{long}Microneedling uses"),
        1,
    );
    let problems = errors(&text);
    let line = text.lines().position(|l| l.contains("word word")).unwrap() + 1;
    let problem = problems
        .iter()
        .find(|p| {
            p.message
                .contains(&format!("at most {MAX_TEXT_CHARS} are allowed"))
        })
        .unwrap();
    assert_eq!(problem.line, line, "at the paragraph itself");
}

// Item 12: messages that point at the right place and say the right thing.

#[test]
fn an_id_with_a_zero_width_space_is_reported_where_it_is() {
    let text = EMBEDDED_CONTENT.replacen("id: \"what-is-it\"", "id: \"what-\u{200b}is-it\"", 1);
    let problems = errors(&text);
    let line = text.lines().position(|l| l.contains('\u{200b}')).unwrap() + 1;
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].line, line);
    assert!(problems[0].column > 1);
}

#[test]
fn a_review_date_in_the_future_warns() {
    let reviewed = EMBEDDED_CONTENT
        .lines()
        .find(|line| line.trim_start().starts_with("last_reviewed:"))
        .unwrap();
    let text = EMBEDDED_CONTENT.replacen(reviewed, "    last_reviewed: \"2031-01-01\",", 1);
    let (_, warnings) = content::parse(&text, TODAY).unwrap();
    assert!(
        warnings
            .iter()
            .any(|w| w.message.contains("2031-01-01, which is after today")),
        "{warnings:?}"
    );
}

#[test]
fn a_misspelt_field_neither_cascades_nor_hides_the_errors_after_it() {
    let text = EMBEDDED_CONTENT
        .replacen(
            "title: \"What microneedling is\"",
            "titel: \"What microneedling is\"",
            1,
        )
        .replacen(
            "(source: \"fda-devices\", at:",
            "(source: \"fda-devicez\", at:",
            1,
        );
    let problems = errors(&text);
    let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(problems.len(), 2, "{messages:#?}");
    assert!(
        messages[0].contains("Unexpected field named `titel`"),
        "{messages:#?}"
    );
    assert!(messages[1].contains("fda-devicez"), "{messages:#?}");
    assert!(!messages.iter().any(|m| m.contains("missing field")));
}

#[test]
fn an_unused_picture_is_reported_at_the_picture_not_at_line_one() {
    let dir = tempfile::tempdir().unwrap();
    let pictures = dir.path().join("assets/illustrations");
    std::fs::create_dir_all(&pictures).unwrap();
    for (name, bytes) in content::EMBEDDED_ASSETS {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    std::fs::write(pictures.join("spare.png"), content::EMBEDDED_ASSETS[0].1).unwrap();
    let origin = content::Origin::File(dir.path().join("content.ron"));
    let warnings = content::picture_warnings(EMBEDDED_CONTENT, &guide(), &origin);
    let located: Vec<String> = warnings.iter().map(|w| w.located(&origin)).collect();
    assert_eq!(
        located,
        [format!(
            "{}: warning: no section uses this picture",
            pictures.join("spare.png").display()
        )]
    );
}

#[test]
fn ticks_in_the_markdown_export_still_show() {
    let guide = guide();
    let mut progress = one_session();
    let id = progress.sessions[0].id;
    let item = &guide.before_checklist.items[0];
    progress.set_ticked(Scope::Session(id), &item.id, true);
    let markdown = export::markdown(&guide, &progress, TODAY);
    assert!(markdown.contains(&format!("- [x] {}", export::md_text(&item.text))));
}
