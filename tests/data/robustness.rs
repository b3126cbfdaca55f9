//! No input crashes the app: any bytes as content or as the data file give an error or a value,
//! never a panic or a hang; limits hold; and any valid guide or user data round-trips through
//! RON unchanged.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers panic on setup failures, which fails the test"
)]

use jiff::civil::{Date, date};
use proptest::collection::{btree_set, vec};
use proptest::prelude::*;
use skincare_guide::content::{
    self, ContentError, EMBEDDED_CONTENT, Guide, MAX_CONTENT_BYTES, Origin,
};
use skincare_guide::text::escape::is_bidi_control;
use skincare_guide::user_data::settings::{Display, Reminders};
use skincare_guide::user_data::store;
use skincare_guide::user_data::{Session, UserData};

use crate::common::TODAY;

#[test]
fn deeply_nested_content_is_refused_without_overflowing_the_stack() {
    for text in [
        "(".repeat(200_000),
        format!("(title: {}", "[".repeat(200_000)),
        format!("(faq: [{}", "(answer: [".repeat(50_000)),
    ] {
        let problems = content::parse(&text, TODAY).unwrap_err();
        assert!(!problems.is_empty());
    }
}

#[test]
fn content_over_16_mib_is_refused_before_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(MAX_CONTENT_BYTES + 1).unwrap();
    let err = content::load(&Origin::File(path.clone()), TODAY).unwrap_err();
    assert!(
        matches!(
            err,
            ContentError::Read {
                source: skincare_guide::system::read::ReadError::TooLarge { .. },
                ..
            }
        ),
        "{err}"
    );
    assert_eq!(
        err.to_string(),
        format!(
            "{} is 16.0 MiB, more than the 16 MiB allowed",
            path.display()
        )
    );
}

/// Text that is not blank: a letter, then anything a guide may hold (quotes, backslashes, line
/// breaks, tabs, emoji; control and bidi characters other than line break and tab are refused
/// by the loader, so they become `?`).
fn text() -> impl Strategy<Value = String> {
    ("[A-Za-z]", any::<String>()).prop_map(|(first, rest)| {
        let rest: String = rest
            .chars()
            .map(|c| {
                let forbidden = (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c);
                if forbidden { '?' } else { c }
            })
            .collect();
        format!("{first}{rest}")
    })
}

/// The shipped guide with every text replaced by generated ones and lists cut to random
/// lengths: valid by construction (ids, windows and citations are kept).
fn guide() -> impl Strategy<Value = Guide> {
    (vec(text(), 64), vec(1usize..6, 8)).prop_map(|(texts, lengths)| {
        let (mut guide, _) = content::parse(EMBEDDED_CONTENT, TODAY).unwrap();
        let mut next = texts.iter().cycle().cloned();
        let mut fill = |slot: &mut String| {
            if let Some(text) = next.next() {
                *slot = text;
            }
        };
        fill(&mut guide.title);
        fill(&mut guide.tagline);
        fill(&mut guide.disclaimer);
        for (page, &length) in [
            &mut guide.overview,
            &mut guide.benefits,
            &mut guide.preparation,
        ]
        .into_iter()
        .zip(&lengths)
        {
            page.sections.truncate(length);
            fill(&mut page.title);
            for section in &mut page.sections {
                fill(&mut section.title);
                for block in &mut section.body {
                    match block {
                        content::Block::Paragraph(text) | content::Block::Warning(text) => {
                            fill(text);
                        }
                        content::Block::Bullets(items)
                        | content::Block::Do(items)
                        | content::Block::Dont(items) => items.iter_mut().for_each(&mut fill),
                        content::Block::CareCard(card) => {
                            card.signs.iter_mut().for_each(&mut fill);
                            fill(&mut card.action);
                        }
                    }
                }
            }
        }
        guide.faq.truncate(lengths[3]);
        for entry in &mut guide.faq {
            fill(&mut entry.question);
        }
        guide.before_checklist.items.truncate(lengths[4]);
        guide.after_checklist.items.truncate(lengths[5]);
        // A shortened list can drop an item another one excludes: keep the exclusions that remain.
        let ids: Vec<String> = guide
            .before_checklist
            .items
            .iter()
            .chain(&guide.after_checklist.items)
            .map(|item| item.id.clone())
            .collect();
        for item in guide
            .before_checklist
            .items
            .iter_mut()
            .chain(&mut guide.after_checklist.items)
        {
            item.excludes.retain(|id| ids.contains(id));
        }
        for item in guide
            .before_checklist
            .items
            .iter_mut()
            .chain(&mut guide.after_checklist.items)
        {
            fill(&mut item.text);
            if let Some(detail) = &mut item.detail {
                fill(detail);
            }
        }
        for source in &mut guide.sources {
            fill(&mut source.title);
            fill(&mut source.publisher);
        }
        // Terms must occur in the text, which is now random: keep one, used in its own meaning.
        guide.glossary.truncate(1);
        for entry in &mut guide.glossary {
            fill(&mut entry.meaning);
            entry.term = "x".to_owned();
            guide.overview.sections[0].title.push_str(" x");
        }
        guide
    })
}

fn day() -> impl Strategy<Value = Date> {
    (1900i16..2200, 1i8..=12, 1i8..=28).prop_map(|(year, month, day)| date(year, month, day))
}

fn progress() -> impl Strategy<Value = UserData> {
    let session = (1u64..10_000, day(), btree_set(text(), 0..6))
        .prop_map(|(id, date, ticked)| Session { id, date, ticked });
    (
        proptest::option::of(text()),
        btree_set(text(), 0..12),
        vec(session, 0..5),
        0u64..20_000,
        proptest::option::of(1u64..10_000),
        (0u16..1_000, proptest::option::of(text())),
        (any::<bool>(), any::<u8>(), any::<u8>()),
    )
        .prop_map(
            |(
                last_tab,
                ticked,
                sessions,
                next_session_id,
                selected_session,
                (size, theme),
                (daily, hour, minute),
            )| {
                let mut progress = UserData::default();
                progress.format_version = 2;
                progress.last_tab = last_tab;
                progress.ticked = ticked;
                progress.sessions = sessions;
                progress.next_session_id = next_session_id;
                progress.selected_session = selected_session;
                progress.display = Display {
                    text_size_percent: size,
                    theme,
                };
                progress.reminders = Reminders {
                    daily,
                    hour,
                    minute,
                };
                progress
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_bytes_as_content_give_an_error_or_a_guide(bytes in vec(any::<u8>(), 0..2_048)) {
        let _ = content::parse_bytes(&bytes, TODAY);
    }

    #[test]
    fn any_edit_of_the_shipped_content_gives_an_error_or_a_guide(
        edits in vec((0usize..60_000, vec(any::<u8>(), 0..8), 0usize..8), 1..6)
    ) {
        let mut bytes = EMBEDDED_CONTENT.as_bytes().to_vec();
        for (at, insert, remove) in edits {
            let at = at % (bytes.len() + 1);
            let end = (at + remove).min(bytes.len());
            bytes.splice(at..end, insert);
        }
        let _ = content::parse_bytes(&bytes, TODAY);
    }

    #[test]
    fn any_bytes_as_the_data_file_give_an_error_or_data(bytes in vec(any::<u8>(), 0..2_048)) {
        let _ = store::decode(&bytes);
    }

    #[test]
    fn any_valid_guide_round_trips_through_ron(guide in guide()) {
        let text = ron::ser::to_string_pretty(&guide, ron::ser::PrettyConfig::default()).unwrap();
        let (parsed, _) = content::parse(&text, TODAY).map_err(|problems| {
            TestCaseError::fail(format!("{problems:#?}"))
        })?;
        prop_assert_eq!(parsed, guide);
    }

    #[test]
    fn any_user_data_round_trips_through_ron(progress in progress()) {
        let text = ron::ser::to_string_pretty(&progress, ron::ser::PrettyConfig::default()).unwrap();
        let decoded = store::decode(text.as_bytes()).map_err(|err| TestCaseError::fail(err.to_string()))?;
        // Loading repairs what a hand edit could break (order, counters, a dangling choice);
        // data already in order comes back exactly.
        let mut expected = progress;
        expected.migrate();
        prop_assert_eq!(decoded, expected);
    }
}
