//! The content file: the shipped guide is valid, every validation rule rejects a bad example
//! with the right place, and syntax errors point at the right line and column.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers panic on setup failures, which fails the test"
)]

use jiff::civil::date;
use skincare_guide::content::{self, EMBEDDED_CONTENT, Origin, Problem, SourceKind};

use crate::common::REVIEW_DAY;
use crate::{errors_of, parse, shipped_with};

/// 1-based line and column of the first occurrence of `needle` in the shipped content, after
/// `skip` earlier occurrences.
fn position_of(text: &str, needle: &str, skip: usize) -> (usize, usize) {
    let offset = text
        .match_indices(needle)
        .nth(skip)
        .map(|(offset, _)| offset)
        .unwrap();
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before[before.rfind('\n').map_or(0, |n| n + 1)..]
        .chars()
        .count()
        + 1;
    (line, column)
}

#[test]
fn shipped_content_is_valid_and_complete() {
    let (guide, warnings) = parse(EMBEDDED_CONTENT).unwrap();
    assert!(warnings.is_empty(), "{warnings:#?}");
    assert_eq!(guide.title, "Microneedling Guide");
    assert!(
        guide.benefits.sections.len() >= 5,
        "the article's five benefits, and more"
    );
    assert!(guide.faq.len() >= 5, "the article's five questions");
    assert!(guide.before_checklist.items.len() >= 3);
    assert!(guide.after_checklist.items.len() >= 3);
    for reference in [
        // Singh & Yadav, the article's PMC4976400, now by its DOI.
        "10.4103/2229-5178.185468",
        "healthline.com",
        "verywellhealth.com",
        "realself.com",
    ] {
        assert!(
            guide
                .sources
                .iter()
                .any(|source| source.url.contains(reference)),
            "the article's reference {reference} is kept"
        );
    }
}

#[test]
fn every_section_answer_and_item_cites_an_existing_source() {
    let (guide, _) = parse(EMBEDDED_CONTENT).unwrap();
    let pages = [
        &guide.overview,
        &guide.benefits,
        &guide.preparation,
        &guide.aftercare,
    ];
    let mut citations: Vec<(&str, &[content::Citation])> = Vec::new();
    for page in pages {
        for section in &page.sections {
            citations.push((&section.id, &section.sources));
        }
    }
    for entry in &guide.faq {
        citations.push((&entry.id, &entry.sources));
    }
    for item in guide
        .before_checklist
        .items
        .iter()
        .chain(&guide.after_checklist.items)
    {
        citations.push((&item.id, &item.sources));
    }
    for (id, sources) in citations {
        assert!(!sources.is_empty(), "{id} cites no source");
        for source in sources {
            assert!(
                guide.source(&source.id).is_some(),
                "{id} cites unknown {}",
                source.id
            );
        }
    }
}

#[test]
fn the_embedded_copy_is_the_file_at_the_repository_root() {
    let on_disk = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/content.ron"));
    assert_eq!(on_disk.unwrap(), EMBEDDED_CONTENT);
}

#[test]
fn syntax_error_reports_its_line_and_column() {
    // Drop the comma after the title: the parser meets `tagline` where it expected `,` or `)`.
    let text = shipped_with(
        "title: \"Microneedling Guide\",",
        "title: \"Microneedling Guide\"",
    );
    let problems = errors_of(&text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    let (line, column) = position_of(&text, "tagline:", 0);
    assert_eq!(problems[0].line, line, "{problems:#?}");
    assert_eq!(problems[0].column, column, "{problems:#?}");
}

#[test]
fn unknown_field_is_rejected_and_named() {
    let text = shipped_with("    tagline:", "    colour: \"red\",\n    tagline:");
    let problems = errors_of(&text);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("colour"), "{problems:#?}");
    assert_eq!(problems[0].line, position_of(&text, "colour:", 0).0);
}

#[test]
fn missing_field_is_rejected_and_named() {
    let text = shipped_with(
        "    tagline: \"An offline companion for before, during and after a microneedling treatment.\",\n",
        "",
    );
    let problems = errors_of(&text);
    assert!(problems[0].message.contains("tagline"), "{problems:#?}");
}

#[test]
fn duplicate_id_points_at_the_second_definition() {
    let text = shipped_with("id: \"arrive-bare-skin\"", "id: \"stop-retinoids\"");
    let problems = errors_of(&text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].message.contains("used twice"), "{problems:#?}");
    let (line, column) = position_of(&text, "\"stop-retinoids\"", 1);
    assert_eq!((problems[0].line, problems[0].column), (line, column));
}

#[test]
fn ids_shared_between_kinds_are_duplicates_too() {
    let text = shipped_with("id: \"faq-pain\"", "id: \"what-is-it\"");
    let problems = errors_of(&text);
    assert!(problems[0].message.contains("\"what-is-it\" is used twice"));
}

#[test]
fn malformed_id_is_rejected() {
    let text = shipped_with("id: \"hands-off\"", "id: \"Hands Off Daily\"");
    let problems = errors_of(&text);
    assert!(
        problems[0].message.contains("is not valid"),
        "{problems:#?}"
    );
    assert_eq!(problems[0].line, position_of(&text, "Hands Off Daily", 0).0);
}

#[test]
fn empty_texts_are_rejected_where_they_are() {
    let cases = [
        (
            "title: \"Microneedling Guide\"",
            "title: \"\"",
            "the guide's title is empty",
        ),
        (
            "text: \"No make-up for the first 24 hours\"",
            "text: \"   \"",
            "the item's text is empty",
        ),
        (
            "question: \"Does it hurt?\"",
            "question: \"\"",
            "the question is empty",
        ),
        (
            "title: \"Softer acne scars: what the trials found\"",
            "title: \"\"",
            "the section's title is empty",
        ),
        (
            "title: \"Getting ready\"",
            "title: \"\"",
            "the preparation page's title is empty",
        ),
    ];
    for (from, to, expected) in cases {
        let text = shipped_with(from, to);
        let problems = errors_of(&text);
        assert_eq!(problems.len(), 1, "{expected}: {problems:#?}");
        assert!(problems[0].message.contains(expected), "{problems:#?}");
    }
}

#[test]
fn empty_lists_are_rejected() {
    // The FAQ list emptied.
    let start = EMBEDDED_CONTENT.find("    faq: [").unwrap();
    let end = EMBEDDED_CONTENT.find("    before_checklist:").unwrap();
    let text = format!(
        "{}    faq: [],\n\n{}",
        &EMBEDDED_CONTENT[..start],
        &EMBEDDED_CONTENT[end..]
    );
    let problems = errors_of(&text);
    assert!(
        problems[0].message.contains("faq is empty"),
        "{problems:#?}"
    );
    assert_eq!(problems[0].line, position_of(&text, "faq: []", 0).0);

    // An empty bullet list, and an empty "do" list.
    for empty in ["Bullets([])", "Do([])"] {
        let text = shipped_with(
            "Do([\n                        \"Put on the skin only",
            &format!("{empty}, Do([\n                        \"Put on the skin only"),
        );
        let problems = errors_of(&text);
        assert!(
            problems[0].message.contains("has an empty list"),
            "{empty}: {problems:#?}"
        );
    }
}

#[test]
fn a_citation_of_an_unknown_source_is_an_error() {
    let text = shipped_with(
        "sources: [\"chelwest-pre\"],\n            ),\n        ],\n    ),\n\n    after_checklist",
        "sources: [\"no-such-source\"],\n            ),\n        ],\n    ),\n\n    after_checklist",
    );
    let problems = errors_of(&text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].message.contains("\"no-such-source\""),
        "{problems:#?}"
    );
    assert_eq!(problems[0].line, position_of(&text, "no-such-source", 0).0);
}

#[test]
fn a_section_without_sources_is_a_warning_not_an_error() {
    let text = shipped_with(
        "sources: [\"chelwest-pre\", \"tunbridge-wells-info\"],\n            ),\n            (\n                id: \"first-day\"",
        "sources: [],\n            ),\n            (\n                id: \"first-day\"",
    );
    let (_, warnings) = parse(&text).unwrap();
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].message.contains("\"during\" cites no source"));
}

#[test]
fn non_web_links_are_rejected() {
    for url in [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "ftp://example.org/x",
    ] {
        let text = shipped_with(
            "url: \"https://www.fda.gov/medical-devices/aesthetic-cosmetic-devices/microneedling-devices\"",
            &format!("url: {url:?}"),
        );
        let problems = errors_of(&text);
        assert!(
            problems[0].message.contains("not a web address"),
            "{problems:#?}"
        );
        assert_eq!(problems[0].line, position_of(&text, url, 0).0);
    }
}

#[test]
fn a_bad_review_date_is_rejected() {
    let text = shipped_with(
        "last_reviewed: \"2026-11-26\"",
        "last_reviewed: \"2026-02-30\"",
    );
    let problems = errors_of(&text);
    assert!(
        problems[0].message.contains("last_reviewed"),
        "{problems:#?}"
    );
}

#[test]
fn several_validation_errors_are_all_reported_in_file_order() {
    let text = shipped_with("title: \"Microneedling Guide\"", "title: \"\"")
        .replacen("id: \"clean-hands-pillowcase\"", "id: \"hands-off\"", 1)
        .replacen("question: \"Does it hurt?\"", "question: \"\"", 1);
    let problems = errors_of(&text);
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(problems.windows(2).all(|pair| pair[0].line <= pair[1].line));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{EMBEDDED_CONTENT}");
    assert!(parse(&text).is_ok());
}

#[test]
fn located_problem_names_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("content.ron");
    std::fs::write(&path, "(\n  title: 5,\n)").unwrap();
    let err = content::load(&Origin::File(path.clone()), REVIEW_DAY).unwrap_err();
    let shown = err.to_string();
    assert!(
        shown.starts_with(&format!("{}:2:10: ", path.display())),
        "{shown}"
    );
}

#[test]
fn a_missing_file_is_a_read_error_naming_it() {
    let err = content::load(&Origin::File("/no/such/content.ron".into()), REVIEW_DAY).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("cannot read /no/such/content.ron: No such file")
    );
}

#[test]
fn invalid_utf8_is_reported_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("content.ron");
    std::fs::write(&path, b"(\n  title: \"caf\xe9\",\n)").unwrap();
    let err = content::load(&Origin::File(path), REVIEW_DAY).unwrap_err();
    assert!(err.to_string().contains(":2:"), "{err}");
    assert!(err.to_string().contains("UTF-8"), "{err}");
}

#[test]
fn content_comes_from_the_explicit_path_or_else_the_built_in_copy() {
    assert_eq!(Origin::resolve(None), Origin::Embedded);
    assert_eq!(
        Origin::resolve(Some("other.ron".into())),
        Origin::File("other.ron".into())
    );
}

#[test]
fn content_not_reviewed_for_over_a_year_gets_a_warning() {
    let (_, warnings) = content::parse(EMBEDDED_CONTENT, date(2027, 11, 26)).unwrap();
    assert!(
        warnings.is_empty(),
        "exactly a year is still fine: {warnings:#?}"
    );

    let (_, warnings) = content::parse(EMBEDDED_CONTENT, date(2027, 11, 27)).unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(warnings[0].message.contains("more than a year ago"));
    assert_eq!(
        warnings[0].line,
        position_of(EMBEDDED_CONTENT, "last_reviewed:", 0).0
    );
}

#[test]
fn a_checklist_item_without_sources_is_a_warning() {
    let text = shipped_with(
        "to_day: 0),\n                sources: [(source: \"chelwest-post\", at: \"section 'What should I do after my treatment?'\")],\n            ),\n            (\n                id: \"gentle-cleansing\"",
        "to_day: 0),\n            ),\n            (\n                id: \"gentle-cleansing\"",
    );
    let (_, warnings) = parse(&text).unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(
        warnings[0]
            .message
            .contains("\"no-makeup-first-day\" cites no source")
    );
    assert_eq!(
        warnings[0].line,
        position_of(&text, "\"no-makeup-first-day\"", 0).0
    );
}

#[test]
fn the_shipped_guide_rests_mostly_on_authoritative_sources() {
    let (guide, _) = parse(EMBEDDED_CONTENT).unwrap();
    let authoritative = guide
        .sources
        .iter()
        .filter(|source| {
            matches!(
                source.kind,
                SourceKind::HealthService
                    | SourceKind::ProfessionalBody
                    | SourceKind::Regulator
                    | SourceKind::PeerReviewed
            )
        })
        .count();
    assert!(guide.sources.len() >= 10, "{} sources", guide.sources.len());
    assert!(
        authoritative * 2 >= guide.sources.len(),
        "{authoritative} of {} sources are authoritative",
        guide.sources.len()
    );
}

#[test]
fn a_window_that_ends_before_it_starts_is_rejected() {
    let text = shipped_with(
        "window: (from_day: -2, to_day: 0)",
        "window: (from_day: 0, to_day: -3)",
    );
    let problems = errors_of(&text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0]
            .message
            .contains("\"check-skin-is-clear\": window starts on day 0, after it ends on day -3")
    );
    assert_eq!(
        problems[0].line,
        position_of(&text, "from_day: 0, to_day: -3", 0).0
    );
}

#[test]
fn windows_must_fit_their_list() {
    // A before-item that starts on the treatment day.
    let text = shipped_with(
        "window: (from_day: -2, to_day: 0)",
        "window: (from_day: 0, to_day: 0)",
    );
    let problems = errors_of(&text);
    assert!(
        problems[0].message.contains("is in the before list"),
        "{problems:#?}"
    );

    // An after-item that ends before the treatment day.
    let text = shipped_with(
        "window: (from_day: 0, to_day: 3)",
        "window: (from_day: -2, to_day: -1)",
    );
    let problems = errors_of(&text);
    assert!(
        problems[0].message.contains("is in the after list"),
        "{problems:#?}"
    );

    // A window years away.
    let text = shipped_with(
        "window: (from_day: 0, to_day: 3)",
        "window: (from_day: 0, to_day: 2000)",
    );
    let problems = errors_of(&text);
    assert!(
        problems[0].message.contains("within a year"),
        "{problems:#?}"
    );
}

#[test]
fn a_missing_window_is_a_syntax_error_naming_it() {
    let text = shipped_with("                window: (from_day: -2, to_day: 0),\n", "");
    let problems = errors_of(&text);
    assert!(problems[0].message.contains("window"), "{problems:#?}");
}

#[test]
fn plan_settings_are_checked() {
    let text = shipped_with(
        "warning_signs_section: \"contact-clinic\"",
        "warning_signs_section: \"what-is-it\"",
    );
    let problems = errors_of(&text);
    assert!(
        problems[0]
            .message
            .contains("not a section of the aftercare page"),
        "{problems:#?}"
    );
    assert_eq!(
        problems[0].line,
        position_of(&text, "warning_signs_section:", 0).0
    );

    let text = shipped_with(
        "spacing_weeks: (min: 4, max: 6)",
        "spacing_weeks: (min: 6, max: 4)",
    );
    let problems = errors_of(&text);
    assert!(
        problems[0].message.contains("spacing_weeks"),
        "{problems:#?}"
    );
}

#[test]
fn three_different_mistakes_are_all_reported_with_places_and_hints() {
    let text = shipped_with("    tagline:", "    titel: \"x\",\n    tagline:")
        .replacen("id: \"clean-hands-pillowcase\"", "id: \"hands-off\"", 1)
        .replacen(
            "sources: [\"chelwest-pre\", \"tunbridge-wells-info\"],",
            "sources: [\"chelwest-pro\", \"tunbridge-wells-info\"],",
            1,
        );
    let problems = errors_of(&text);
    assert_eq!(problems.len(), 3, "{problems:#?}");

    let field = &problems[0];
    assert_eq!((field.line, field.column), position_of(&text, "titel:", 0));
    assert!(field.message.contains("`titel`"));
    assert_eq!(field.hint.as_deref(), Some("did you mean `title`?"));

    let citation = &problems[1];
    assert_eq!(
        (citation.line, citation.column),
        position_of(&text, "\"chelwest-pro\"", 0)
    );
    assert_eq!(
        citation.hint.as_deref(),
        Some("did you mean \"chelwest-pre\"?")
    );

    let duplicate = &problems[2];
    assert_eq!(
        (duplicate.line, duplicate.column),
        position_of(&text, "\"hands-off\"", 1)
    );
    let (line, column) = position_of(&text, "\"hands-off\"", 0);
    assert_eq!(
        duplicate.hint.as_deref(),
        Some(format!("it is first used at line {line}, column {column}").as_str())
    );
}

#[test]
fn several_unknown_fields_are_each_reported_and_skipped() {
    let text = shipped_with(
        "    tagline:",
        "    colour: (a: [1, \"),\"]),\n    tagline:",
    )
    .replacen("    plan: (", "    plan: (\n        speed: 3,", 1);
    let problems = errors_of(&text);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems[0].message.contains("`colour`"));
    assert!(problems[1].message.contains("`speed`"));
    assert_eq!(problems[1].line, position_of(&text, "speed:", 0).0);
    assert_eq!(problems[1].hint, None, "nothing is close to `speed`");
}

#[test]
fn an_unknown_warning_section_suggests_the_closest() {
    let text = shipped_with(
        "warning_signs_section: \"contact-clinic\"",
        "warning_signs_section: \"contact-clinc\"",
    );
    let problems = errors_of(&text);
    assert_eq!(
        problems[0].hint.as_deref(),
        Some("did you mean \"contact-clinic\"?")
    );
}

#[test]
fn a_picture_needs_alt_text_and_a_png_path_inside_the_folder() {
    let text = shipped_with(
        "path: \"assets/illustrations/skin-layers.png\",\n                    alt: \"A cross-section",
        "path: \"../secret.png\",\n                    alt: \"  \",\n                    // \"A cross-section",
    );
    let text = text.replacen(
        "and new collagen gathering around each channel.\",",
        "and new collagen gathering around each channel.",
        1,
    );
    let problems = errors_of(&text);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(
        problems
            .iter()
            .any(|p| p.message.contains("has no alt text"))
    );
    assert!(
        problems
            .iter()
            .any(|p| p.message.contains("must be a .png file inside"))
    );
}

/// Warnings (not errors) that parsing `text` gives; panics on errors.
fn warnings_of(text: &str) -> Vec<Problem> {
    match parse(text) {
        Ok((_, warnings)) => warnings,
        Err(problems) => panic!("expected only warnings: {problems:#?}"),
    }
}

#[test]
fn a_sentence_over_25_words_warns_at_its_line_and_column() {
    let long = "Keep going with this very long sentence that has far too many words in it for \
                anyone to read easily in one breath on a small screen at night.";
    let text = shipped_with(
        "Paragraph(\"Pinpoint bleeding during the treatment is normal.",
        &format!("Paragraph(\"{long} Pinpoint bleeding during the treatment is normal."),
    );
    let warnings = warnings_of(&text);
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(
        warnings[0].message.contains("a sentence of 29 words"),
        "{warnings:#?}"
    );
    assert_eq!(
        (warnings[0].line, warnings[0].column),
        position_of(&text, "Keep going with", 0)
    );
}

#[test]
fn an_unknown_source_in_a_located_citation_is_an_error() {
    let text = shipped_with(
        "(source: \"alam-2014\", at: \"Abstract, 'Interventions', 'Main outcomes and measures' and 'Results'\")",
        "(source: \"alam-2041\", at: \"Abstract, 'Interventions', 'Main outcomes and measures' and 'Results'\")",
    );
    let problems = errors_of(&text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].message.contains("cites \"alam-2041\""));
    assert_eq!(
        problems[0].hint.as_deref(),
        Some("did you mean \"alam-2014\"?")
    );
    assert_eq!(
        (problems[0].line, problems[0].column),
        position_of(&text, "\"alam-2041\"", 0)
    );
}

#[test]
fn a_misspelt_field_in_a_citation_is_an_error() {
    let text = shipped_with(
        "(source: \"gilbert-mcburney-2000\", at: \"Abstract, 'Methods' and 'Results'\")",
        "(source: \"gilbert-mcburney-2000\", where: \"Abstract\")",
    );
    let problems = errors_of(&text);
    assert!(problems[0].message.contains("where"), "{problems:#?}");
}

#[test]
fn a_missing_evidence_level_is_an_error() {
    let text = shipped_with(
        "                evidence: SmallStudies,\n                sources: [\n                    (source: \"gilbert-mcburney-2000\"",
        "                sources: [\n                    (source: \"gilbert-mcburney-2000\"",
    );
    let problems = errors_of(&text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].message.contains("evidence"), "{problems:#?}");
}

#[test]
fn an_unknown_evidence_level_is_an_error() {
    let text = shipped_with(
        "                evidence: SmallStudies,\n                sources: [\n                    (source: \"gilbert-mcburney-2000\"",
        "                evidence: Anecdote,\n                sources: [\n                    (source: \"gilbert-mcburney-2000\"",
    );
    let problems = errors_of(&text);
    assert!(problems[0].message.contains("Anecdote"), "{problems:#?}");
}

#[test]
fn warning_signs_come_as_care_cards_of_each_urgency() {
    let (guide, _) = parse(EMBEDDED_CONTENT).unwrap();
    let section = guide.section(&guide.plan.warning_signs_section).unwrap();
    let urgencies: Vec<content::Urgency> = section
        .body
        .iter()
        .filter_map(|block| match block {
            content::Block::CareCard(card) => Some(card.urgency),
            _ => None,
        })
        .collect();
    assert_eq!(urgencies, content::Urgency::ALL);
    let text = shipped_with(
        "                        urgency: SameDay,",
        "                        urgency: Soonish,",
    );
    let problems = errors_of(&text);
    assert!(problems[0].message.contains("Soonish"), "{problems:#?}");
}

#[test]
fn a_glossary_term_used_nowhere_or_defined_twice_is_an_error() {
    let text = shipped_with("term: \"subcision\",", "term: \"dermaplaning\",");
    let problems = errors_of(&text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0]
            .message
            .contains("\"dermaplaning\" is not used anywhere"),
        "{problems:#?}"
    );
    assert_eq!(
        problems[0].line,
        position_of(&text, "\"dermaplaning\"", 0).0
    );

    let text = shipped_with("term: \"subcision\",", "term: \"Collagen\",");
    let problems = errors_of(&text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].message.contains("defined twice"),
        "{problems:#?}"
    );
}

#[test]
fn a_number_without_a_located_trusted_source_warns() {
    let text = shipped_with(
        "text: \"Stop retinoids, exfoliating acids and scrubs before the treatment\",",
        "text: \"Stop retinoids, exfoliating acids and scrubs 14 days before the treatment\",",
    );
    let warnings = warnings_of(&text);
    assert_eq!(warnings.len(), 2, "{warnings:#?}");
    assert!(
        warnings[0]
            .message
            .contains("none of its citations says where")
    );
    assert!(
        warnings[1]
            .message
            .contains("rest only on clinic or article sources")
    );
}

#[test]
fn every_section_and_answer_has_an_evidence_level_and_the_guide_has_a_glossary() {
    let (guide, _) = parse(EMBEDDED_CONTENT).unwrap();
    let levels: std::collections::BTreeSet<content::Evidence> = guide
        .pages()
        .into_iter()
        .flat_map(|(_, page)| page.sections.iter().map(|section| section.evidence))
        .chain(guide.faq.iter().map(|entry| entry.evidence))
        .collect();
    assert!(levels.len() >= 3, "{levels:?}");
    assert!(guide.glossary.len() >= 10);
    let trusted = guide
        .sources
        .iter()
        .filter(|source| !matches!(source.kind, SourceKind::Clinic | SourceKind::Article))
        .count();
    assert!(guide.sources.len() >= 25 && trusted >= 15);
}

#[test]
fn an_unknown_item_kind_or_timeline_is_an_error_at_its_place() {
    let text = shipped_with(
        "                short: Some(\"No make-up\"),\n                kind: Rule,",
        "                short: Some(\"No make-up\"),\n                kind: Sometimes,",
    );
    let problems = errors_of(&text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].message.contains("Sometimes"), "{problems:#?}");
    assert_eq!(problems[0].line, position_of(&text, "kind: Sometimes", 0).0);

    let text = shipped_with("timeline: Some(After),", "timeline: Some(During),");
    let problems = errors_of(&text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].message.contains("During"), "{problems:#?}");
    assert_eq!(problems[0].line, position_of(&text, "Some(During)", 0).0);
}

#[test]
fn a_section_may_not_have_both_a_picture_and_a_timeline() {
    let text = shipped_with(
        "timeline: Some(After),",
        "timeline: Some(After),\n                image: Some((path: \"assets/illustrations/skin-layers.png\", alt: \"Skin.\")),",
    );
    let problems = errors_of(&text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].message.contains("both an image and a timeline"),
        "{problems:#?}"
    );
    assert_eq!(
        problems[0].line,
        position_of(&text, "timeline: Some(After),", 0).0
    );
}

#[test]
fn a_short_label_must_be_short_and_not_empty() {
    let text = shipped_with(
        "short: Some(\"Moisturise\"),",
        "short: Some(\"Moisturise with a simple cream three or four times every day\"),",
    );
    let problems = errors_of(&text);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].message.contains("at most 32"), "{problems:#?}");
    assert_eq!(problems[0].line, position_of(&text, "Moisturise with", 0).0);

    let text = shipped_with("short: Some(\"Moisturise\"),", "short: Some(\" \"),");
    let problems = errors_of(&text);
    assert!(
        problems[0].message.contains("short label is empty"),
        "{problems:#?}"
    );
}

#[test]
fn only_keep_doing_items_are_rules_and_every_item_has_a_short_label() {
    let (guide, _) = parse(EMBEDDED_CONTENT).unwrap();
    let rules: Vec<&str> = guide
        .checklist_items()
        .filter(|(_, item)| item.is_rule())
        .map(|(_, item)| item.id.as_str())
        .collect();
    for rule in ["avoid-sun-tan", "daily-sunscreen", "no-makeup-first-day"] {
        assert!(rules.contains(&rule), "{rule} is a rule: {rules:?}");
    }
    for task in ["book-consultation", "arrive-bare-skin", "book-next-session"] {
        assert!(!rules.contains(&task), "{task} is a task");
    }
    assert!(
        guide
            .checklist_items()
            .all(|(_, item)| item.short.is_some())
    );
    let timelines: Vec<_> = [&guide.preparation, &guide.aftercare]
        .iter()
        .flat_map(|page| page.sections.iter().filter_map(|section| section.timeline))
        .collect();
    assert_eq!(
        timelines,
        [
            content::ChecklistKind::Before,
            content::ChecklistKind::After
        ]
    );
}
