//! The clinic report, read back as a PDF reader would: its words, its fonts, its tags, its
//! metadata, its pages, and what it refuses.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers panic on setup failures, which fails the test"
)]

use std::collections::BTreeSet;
use std::path::Path;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use jiff::civil::date;
use lopdf::{Dictionary, Document, Object};
use skincare_guide::GuideApp;
use skincare_guide::content::{self, LoadedGuide, Origin};
use skincare_guide::output::report::{self, Built, MAX_PAGES, Options, Paper, ReportError};
use skincare_guide::text::dates;
use skincare_guide::user_data::tab::Tab;

use crate::common::REVIEW_DAY;
use crate::common::app::{App, open_tab, replace_text, shows_text};
use crate::common::report_fixture;

/// The shipped guide, as of the day the report is made.
fn guide() -> LoadedGuide {
    content::load(&Origin::Embedded, REVIEW_DAY).unwrap()
}

/// A4, made on [`REVIEW_DAY`].
fn options() -> Options {
    Options::new(REVIEW_DAY, Paper::A4)
}

fn build(progress: &skincare_guide::user_data::UserData, options: &Options) -> Built {
    report::build(&guide(), progress, Path::new("/nonexistent"), options).unwrap()
}

/// The text of every page, each run of white space (line breaks, no-break spaces) as one space.
fn text_of(pdf: &[u8]) -> String {
    let document = Document::load_mem(pdf).unwrap();
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    let text = document.extract_text(&pages).unwrap();
    text.split(|c: char| c.is_whitespace())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A PDF text string: UTF-16BE after a byte order mark, or else PDFDocEncoding (ASCII here).
fn pdf_string(bytes: &[u8]) -> String {
    match bytes.strip_prefix(&[0xfe, 0xff]) {
        Some(utf16) => {
            let units: Vec<u16> = utf16
                .chunks_exact(2)
                .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
                .collect();
            String::from_utf16_lossy(&units)
        }
        None => String::from_utf8_lossy(bytes).into_owned(),
    }
}

fn deref<'a>(document: &'a Document, object: &'a Object) -> &'a Object {
    document.dereference(object).map(|(_, o)| o).unwrap()
}

fn dict<'a>(document: &'a Document, object: &'a Object) -> &'a Dictionary {
    deref(document, object).as_dict().unwrap()
}

/// Every structure element's type (`/S`), and the `/Alt` of every figure.
fn structure(document: &Document) -> (Vec<String>, Vec<String>) {
    let catalog = document.catalog().unwrap();
    let root = dict(document, catalog.get(b"StructTreeRoot").unwrap());
    let mut kinds = Vec::new();
    let mut alts = Vec::new();
    let mut stack: Vec<&Object> = vec![root.get(b"K").unwrap()];
    while let Some(object) = stack.pop() {
        match deref(document, object) {
            Object::Array(items) => stack.extend(items.iter()),
            Object::Dictionary(element) => {
                if let Ok(kind) = element.get(b"S").and_then(Object::as_name) {
                    let kind = String::from_utf8_lossy(kind).into_owned();
                    if kind == "Figure" {
                        let alt = element.get(b"Alt").and_then(Object::as_str).unwrap_or(b"");
                        alts.push(pdf_string(alt).replace('\u{a0}', " "));
                    }
                    kinds.push(kind);
                }
                if let Ok(children) = element.get(b"K") {
                    stack.push(children);
                }
            }
            _ => {}
        }
    }
    (kinds, alts)
}

#[test]
fn the_report_reads_back_with_the_sessions_a_warning_and_a_note() {
    let progress = report_fixture::short_course();
    let mut options = options();
    options.name = Some("Alex Example".into());
    let built = build(&progress, &options);
    assert!(built.bytes.starts_with(b"%PDF-"));
    assert!(
        (1..=MAX_PAGES).contains(&built.pages),
        "{} pages",
        built.pages
    );
    let text = text_of(&built.bytes);
    for expected in [
        "Microneedling recovery report",
        "Alex Example",
        "Mon 2 Mar 2026",
        "Mon 30 Mar 2026",
        "Mon 27 Apr 2026",
        "Needs attention first",
        "The app's advice at the time: get medical advice the same day",
        "Ticked on day 3: Yellow crusts or pus",
        "Redness went from 4 to 7 between day 2 and day 3",
        "Note that day:",
        report_fixture::SIGN_NOTE,
        "Consultation visit",
        "Not ticked",
        "not medical advice",
        "Made on Thu 26 Nov 2026 by Skincare Guide",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
    // In that order: who and what, attention first, then ratings, steps, notes, disclaimer.
    let at = |needle: &str| text.find(needle).unwrap();
    assert!(at("Alex Example") < at("Needs attention first"));
    assert!(at("Needs attention first") < at("Daily check-in ratings"));
    assert!(at("Daily check-in ratings") < at("Preparation and aftercare steps"));
    assert!(at("Preparation and aftercare steps") < at("The person's notes"));
    assert!(at("The person's notes") < at("not medical advice"));
    // The note of the warning's day is quoted beside it, and listed with the others.
    assert_eq!(text.matches(report_fixture::SIGN_NOTE).count(), 2, "{text}");
    assert!(at(report_fixture::SIGN_NOTE) < at("Daily check-in ratings"));
}

#[test]
fn every_font_is_embedded_and_maps_back_to_text() {
    let built = build(&report_fixture::short_course(), &options());
    let document = Document::load_mem(&built.bytes).unwrap();
    let mut fonts = 0;
    for page in document.get_pages().values() {
        for font in document.get_page_fonts(*page).unwrap().values() {
            fonts += 1;
            assert!(font.has(b"ToUnicode"), "text is selectable: {font:?}");
            let descendants = font.get(b"DescendantFonts").unwrap();
            let Object::Array(descendants) = deref(&document, descendants) else {
                panic!("a Type0 font has descendants");
            };
            for descendant in descendants {
                let descriptor = dict(
                    &document,
                    dict(&document, descendant).get(b"FontDescriptor").unwrap(),
                );
                assert!(
                    [b"FontFile2".as_slice(), b"FontFile3", b"FontFile"]
                        .iter()
                        .any(|key| descriptor.has(key)),
                    "embedded: {descriptor:?}"
                );
            }
        }
    }
    assert!(fonts >= 2, "regular and bold are used");
}

#[test]
fn the_report_is_tagged_with_headings_lists_tables_and_figures_with_alt_text() {
    let mut progress = report_fixture::short_course();
    let dir = tempfile::tempdir().unwrap();
    let pair = report_fixture::save_with_photos(dir.path(), &mut progress);
    let mut options = options();
    options.photos = Some(pair);
    let built = report::build(&guide(), &progress, dir.path(), &options).unwrap();
    let document = Document::load_mem(&built.bytes).unwrap();
    let catalog = document.catalog().unwrap();
    let mark_info = dict(&document, catalog.get(b"MarkInfo").unwrap());
    assert!(mark_info.get(b"Marked").unwrap().as_bool().unwrap());
    assert!(catalog.get(b"Lang").is_ok(), "the language is set");
    let viewer = dict(&document, catalog.get(b"ViewerPreferences").unwrap());
    assert!(viewer.get(b"DisplayDocTitle").unwrap().as_bool().unwrap());

    let (kinds, alts) = structure(&document);
    let kinds: BTreeSet<&str> = kinds.iter().map(String::as_str).collect();
    for kind in [
        "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "THead", "TBody", "TR", "TH",
        "TD", "Figure", "Caption",
    ] {
        assert!(kinds.contains(kind), "{kind} missing from {kinds:?}");
    }
    // Four rating charts, the monthly chart and the two photos, each described.
    assert_eq!(alts.len(), 7, "{alts:?}");
    assert!(alts.iter().any(|alt| alt.starts_with("Chart of redness")));
    assert!(alts.iter().any(|alt| alt.contains("Session 2: day 0")));
    assert!(
        alts.iter()
            .any(|alt| alt.starts_with("Photo of the treated skin. Before:"))
    );
    assert!(alts.iter().all(|alt| alt.len() > 20));
}

#[test]
fn no_path_of_the_machine_and_no_user_name_is_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut progress = report_fixture::short_course();
    let pair = report_fixture::save_with_photos(dir.path(), &mut progress);
    // Made from a content file: the report says so, without its path.
    let content_path = dir.path().join("my-clinic-content.ron");
    std::fs::write(&content_path, include_str!("../../content.ron")).unwrap();
    let origin = Origin::File(content_path.clone());
    let loaded = content::load(&origin, REVIEW_DAY).unwrap();
    let mut options = options();
    options.photos = Some(pair);
    let built = report::build(&loaded, &progress, dir.path(), &options).unwrap();

    let document = Document::load_mem(&built.bytes).unwrap();
    let mut everything = built.bytes.clone();
    for object in document.objects.values() {
        if let Object::Stream(stream) = object
            && let Ok(content) = stream.decompressed_content()
        {
            everything.extend(content);
        }
    }
    everything.extend(text_of(&built.bytes).into_bytes());
    let haystack = String::from_utf8_lossy(&everything);
    let mut needles = vec![
        dir.path().display().to_string(),
        content_path.display().to_string(),
        "my-clinic-content".to_owned(),
        std::env::temp_dir().display().to_string(),
    ];
    for name in ["USER", "LOGNAME", "HOME"] {
        if let Ok(value) = std::env::var(name)
            && value.len() > 2
        {
            needles.push(value);
        }
    }
    for needle in needles {
        assert!(!haystack.contains(&needle), "{needle:?} is in the PDF");
    }
    assert!(text_of(&built.bytes).contains("from a content file"));
    let info = dict(&document, document.trailer.get(b"Info").unwrap());
    assert!(!info.has(b"Author"), "no author: {info:?}");
}

#[test]
fn the_period_limits_what_is_reported() {
    let progress = report_fixture::short_course();
    let mut options = options();
    // Session 3 only: its check-ins, none of session 2's warnings or notes.
    options.from = Some(date(2026, 4, 20));
    options.to = Some(date(2026, 5, 31));
    let text = text_of(&build(&progress, &options).bytes);
    assert!(
        text.contains("Mon 20 Apr 2026 to Sun 31 May 2026"),
        "{text}"
    );
    assert!(
        text.contains("Nothing recorded in this period crossed"),
        "{text}"
    );
    assert!(!text.contains(report_fixture::SIGN_NOTE));
    assert!(!text.contains("Mon 2 Mar 2026 · Session 1"));
    assert!(text.contains("Session 3 27 Apr 2026"), "{text}");
    assert!(!text.contains("Session 2 30 Mar 2026"), "{text}");
}

#[test]
fn letter_and_a4_pages_have_their_sizes() {
    let progress = report_fixture::short_course();
    for (paper, expected) in [
        (Paper::A4, [595.28, 841.89]),
        (Paper::Letter, [612.0, 792.0]),
    ] {
        let mut options = options();
        options.paper = paper;
        let built = build(&progress, &options);
        let document = Document::load_mem(&built.bytes).unwrap();
        for page in document.get_pages().values() {
            let page = document.get_dictionary(*page).unwrap();
            let Object::Array(media) = page.get(b"MediaBox").unwrap() else {
                panic!("a media box");
            };
            let size: Vec<f32> = media.iter().map(|n| n.as_float().unwrap()).collect();
            assert!((size[2] - expected[0]).abs() < 0.5 && (size[3] - expected[1]).abs() < 0.5);
        }
    }
}

#[test]
fn two_years_of_notes_and_a_photo_pair_fit_in_three_pages_and_2_mb_leaving_out_the_oldest_notes() {
    let dir = tempfile::tempdir().unwrap();
    let mut progress = report_fixture::two_years();
    let pair = report_fixture::save_with_photos(dir.path(), &mut progress);
    let mut options = options();
    options.photos = Some(pair);
    let built = report::build(&guide(), &progress, dir.path(), &options).unwrap();
    assert!(built.pages <= MAX_PAGES, "{} pages", built.pages);
    assert!(
        built.bytes.len() < 2 * 1024 * 1024,
        "{} bytes",
        built.bytes.len()
    );
    assert!(built.notes_left_out > 0);
    let text = text_of(&built.bytes);
    assert!(
        text.contains(&format!("{} earlier notes", built.notes_left_out)),
        "{text}"
    );
    // The latest note is kept, and the warning of session 2 still comes first.
    let last = progress
        .diary
        .check_ins
        .iter()
        .rev()
        .find(|(_, check_in)| !check_in.note.is_empty())
        .unwrap();
    assert!(text.contains(&dates::weekday_date(*last.0).replace('\u{a0}', " ")));
    assert!(text.contains("Yellow crusts or pus"));
}

#[test]
fn notes_and_names_in_any_script_or_with_control_characters_still_make_a_valid_report() {
    let mut progress = report_fixture::short_course();
    let day = date(2026, 3, 3);
    let mut check_in = progress.diary.check_in(day).cloned().unwrap_or_default();
    check_in.note =
        "Juckt 😖\u{fe0f} ein bisschen.\u{7}\r\nمرحبا · 你好 \u{10FFFD}\u{200d} end".into();
    progress.diary.set_check_in(day, check_in);
    let mut options = options();
    options.name = Some("Zoë\u{1b}[31m O'Brien\nsecond line".into());
    let text = text_of(&build(&progress, &options).bytes);
    assert!(text.contains("Juckt"), "{text}");
    assert!(text.contains("Zoë"), "{text}");
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'));
}

#[test]
fn a_bad_period_or_photo_is_a_clear_error() {
    let progress = report_fixture::short_course();
    let mut options = options();
    options.from = Some(date(2026, 5, 1));
    options.to = Some(date(2026, 4, 1));
    let err = report::build(&guide(), &progress, Path::new("."), &options).unwrap_err();
    assert!(matches!(err, ReportError::Period { .. }));
    assert!(err.to_string().contains("2026-05-01"), "{err}");

    let mut options = self::options();
    options.photos = Some((41, 42));
    let err = report::build(&guide(), &progress, Path::new("."), &options).unwrap_err();
    assert!(matches!(err, ReportError::NoPhoto(41)), "{err}");

    // A photo file that is not a JPEG any more.
    let dir = tempfile::tempdir().unwrap();
    let mut progress = report_fixture::short_course();
    let (before, after) = report_fixture::save_with_photos(dir.path(), &mut progress);
    let file = skincare_guide::user_data::diary::photos::photos_dir(dir.path()).join(
        skincare_guide::user_data::diary::photos::photo_file_name(after),
    );
    std::fs::write(&file, b"not a photo").unwrap();
    options.photos = Some((before, after));
    let err = report::build(&guide(), &progress, dir.path(), &options).unwrap_err();
    assert!(err.to_string().contains("cannot be read"), "{err}");
}

#[test]
fn the_report_command_writes_the_pdf_and_never_over_the_data_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut progress = report_fixture::short_course();
    report_fixture::save_with_photos(&data, &mut progress);
    let out = dir.path().join("report.pdf");
    let run = |out: &Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_skincare-guide"))
            .arg("--data-dir")
            .arg(&data)
            .args([
                "report", "--photos", "--paper", "letter", "--name", "Sam", "--out",
            ])
            .arg(out)
            .output()
            .unwrap()
    };
    let output = run(&out);
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.starts_with("wrote ") && stdout.contains("page"),
        "{stdout}"
    );
    let bytes = std::fs::read(&out).unwrap();
    assert!(text_of(&bytes).contains("Before:"), "the photo pair is in");
    assert!(text_of(&bytes).contains("Sam"));

    let data_file = std::fs::read_dir(&data)
        .unwrap()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .find(|path| path.extension().is_some_and(|e| e == "ron"))
        .unwrap();
    let before = std::fs::read(&data_file).unwrap();
    let output = run(&data_file);
    assert!(!output.status.success());
    assert_eq!(
        std::fs::read(&data_file).unwrap(),
        before,
        "the data file is untouched"
    );
    assert!(
        !String::from_utf8_lossy(&before).contains("Sam"),
        "the name is not stored"
    );

    // Nothing to report from a folder with no diary.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_skincare-guide"))
        .arg("--data-dir")
        .arg(dir.path().join("empty"))
        .args(["report", "--out"])
        .arg(dir.path().join("empty.pdf"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("nothing to report"));
}

/// The app over `data_dir` on the day the report is made, in a window that shows the diary whole.
fn app_over(data_dir: &Path) -> Harness<'static, GuideApp> {
    App::over(data_dir)
        .today(REVIEW_DAY)
        .size(1000.0, 900.0)
        .autostart_dir(&std::env::temp_dir())
        .build()
}

fn open_report_dialog(harness: &mut Harness<'_, GuideApp>) {
    open_tab(harness, Tab::Diary);
    harness
        .get_by_role_and_label(Role::Button, "Report for my clinic…")
        .click();
    harness.run();
}

#[test]
fn the_diary_saves_a_report_with_the_name_and_photos_chosen_and_never_keeps_the_name() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut progress = report_fixture::short_course();
    report_fixture::save_with_photos(dir.path(), &mut progress);
    let mut harness = app_over(dir.path());
    open_report_dialog(&mut harness);

    replace_text(&mut harness, "Your name:", "Alex Example");
    replace_text(&mut harness, "From:", "2026-03-01");
    harness
        .get_by_role_and_label(Role::RadioButton, "US Letter")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Add a before and after photo")
        .click();
    harness.run();
    // The pair starts as the diary's first and latest photos.
    assert!(
        shows_text(&harness, "Sun 1 Mar 2026"),
        "the before photo is chosen"
    );
    let path = out.path().join("for-the-clinic.pdf");
    replace_text(&mut harness, "Save to:", &path.display().to_string());
    harness
        .get_by_role_and_label(Role::Button, "Save report")
        .click();
    harness.run();

    assert!(path.is_file(), "the report is saved");
    assert!(
        shows_text(&harness, "Saved for-the-clinic.pdf"),
        "a toast says so"
    );
    harness.get_by_role_and_label(Role::Button, "Open folder");
    let bytes = std::fs::read(&path).unwrap();
    let text = text_of(&bytes);
    assert!(text.contains("Alex Example"), "{text}");
    assert!(text.contains("Before: Sun 1 Mar 2026"), "{text}");
    assert!(text.contains("Sun 1 Mar 2026 to Thu 26 Nov 2026"), "{text}");
    let document = Document::load_mem(&bytes).unwrap();
    let first = *document.get_pages().values().next().unwrap();
    let Object::Array(media) = document
        .get_dictionary(first)
        .unwrap()
        .get(b"MediaBox")
        .unwrap()
    else {
        panic!("a media box");
    };
    assert_eq!(media[2].as_float().unwrap().round(), 612.0, "US Letter");

    // Closed and opened again, the dialog has forgotten the name; the data file never had it.
    harness.get_by_role_and_label(Role::Button, "Close").click();
    harness.run();
    open_report_dialog(&mut harness);
    let name = harness.get_by_role_and_label(Role::TextInput, "Your name:");
    assert_eq!(name.value().unwrap_or_default(), "");
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let data = std::fs::read(&path).unwrap();
            assert!(
                !String::from_utf8_lossy(&data).contains("Alex Example"),
                "{} holds the name",
                path.display()
            );
        }
    }
}

#[test]
fn a_report_dialog_with_a_bad_date_says_what_to_write_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    report_fixture::save(dir.path(), &report_fixture::short_course());
    let mut harness = app_over(dir.path());
    open_report_dialog(&mut harness);
    replace_text(&mut harness, "To:", "26/11/2026");
    assert!(shows_text(&harness, "YYYY-MM-DD"));
    let path = out.path().join("report.pdf");
    replace_text(&mut harness, "Save to:", &path.display().to_string());
    harness
        .get_by_role_and_label(Role::Button, "Save report")
        .click();
    harness.run();
    assert!(!path.exists());
    assert!(shows_text(&harness, "Could not save the report"));
}

#[test]
fn thousands_of_sessions_and_the_longest_notes_still_make_at_most_three_pages() {
    let mut progress = skincare_guide::user_data::UserData::default();
    let first = date(2000, 1, 3);
    for index in 0..2000_i64 {
        let day = first
            .checked_add(jiff::Span::new().days(index * 5))
            .unwrap();
        progress.add_session(day);
        let mut check_in = skincare_guide::user_data::diary::CheckIn::default();
        check_in.ratings.insert("redness".into(), 9);
        check_in.signs.insert(report_fixture::SIGN_ID.into());
        // The longest note the diary keeps, with no space to break at.
        check_in.note = "é".repeat(skincare_guide::user_data::diary::MAX_NOTE_CHARS);
        progress.diary.set_check_in(day, check_in);
    }
    let built = build(&progress, &options());
    assert!(built.pages <= MAX_PAGES, "{} pages", built.pages);
    // 1965 sessions fall before the report's day, each with a note; at most a handful fit
    // after twelve warnings that each quote their day's note.
    assert!(
        (1900..=1965).contains(&built.notes_left_out),
        "{}",
        built.notes_left_out
    );
    let text = text_of(&built.bytes);
    assert!(text.contains("1953 earlier not listed"), "{text}");
    assert!(
        text.contains("next planned: Session 1966: Fri 27 Nov 2026"),
        "{text}"
    );
    assert!(text.contains("more, older or less urgent"), "{text}");
    assert!(text.contains("Only the latest 6 sessions"), "{text}");
}

#[test]
fn a_note_longer_than_the_diary_keeps_is_shortened_in_the_report_not_left_out() {
    // A hand-edited data file can hold a longer note than the diary lets a person type.
    let mut progress = skincare_guide::user_data::UserData::default();
    let day = date(2026, 11, 25);
    progress.add_session(date(2026, 11, 24));
    let check_in = skincare_guide::user_data::diary::CheckIn {
        note: format!("Start of a very long note. {}", "word ".repeat(20_000)),
        ..Default::default()
    };
    progress.diary.check_ins.insert(day, check_in);
    let built = build(&progress, &options());
    assert_eq!(built.notes_left_out, 0, "the note is kept");
    assert_eq!(built.summary(), format!("{} pages", built.pages));
    let text = text_of(&built.bytes);
    assert!(text.contains("Start of a very long note."), "{text}");
    assert!(text.contains('…'), "it says it was cut");
}
