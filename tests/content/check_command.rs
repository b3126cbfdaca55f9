//! `skincare-guide check`, run as a person would run it.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers panic on setup failures, which fails the test"
)]

use std::process::Command;

fn check(args: &[&str], current_dir: &std::path::Path) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_skincare-guide"))
        .arg("check")
        .args(args)
        .current_dir(current_dir)
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

#[test]
fn the_shipped_content_checks_clean_with_a_summary() {
    let root = env!("CARGO_MANIFEST_DIR");
    let (ok, stdout) = check(&["content.ron"], std::path::Path::new(root));
    assert!(ok, "{stdout}");
    // Only the summary, unless the content's review date has since become a year old.
    let summary = stdout.lines().last().unwrap();
    assert_eq!(
        summary,
        "ok: content.ron: 8 benefits, 10 FAQs, 23 checklist items, 61 sources"
    );
}

#[test]
fn without_a_path_it_checks_the_built_in_guide_even_beside_a_local_file() {
    let dir = tempfile::tempdir().unwrap();
    // A content.ron planted in the working directory is never read unless named.
    std::fs::write(dir.path().join("content.ron"), "(").unwrap();
    let (ok, stdout) = check(&[], dir.path());
    assert!(ok, "{stdout}");
    assert!(
        stdout
            .lines()
            .last()
            .unwrap()
            .starts_with("ok: built-in guide:"),
        "{stdout}"
    );

    let (ok, stdout) = check(&["content.ron"], dir.path());
    assert!(!ok);
    assert!(stdout.starts_with("content.ron:1:"), "{stdout}");
}

#[test]
fn problems_are_printed_compiler_style_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let broken = skincare_guide::content::EMBEDDED_CONTENT
        .replacen("id: \"clean-hands-pillowcase\"", "id: \"hands-off\"", 1)
        .replacen("question: \"Does it hurt?\"", "question: \"\"", 1);
    std::fs::write(dir.path().join("broken.ron"), &broken).unwrap();

    let (ok, stdout) = check(&["broken.ron"], dir.path());

    assert!(!ok);
    let lines: Vec<&str> = stdout.lines().collect();
    // PATH:LINE:COL: error: message, then the source line with a caret under the spot.
    let mut first = lines[0].splitn(5, ':');
    assert_eq!(first.next(), Some("broken.ron"));
    let line: usize = first.next().unwrap().parse().unwrap();
    let column: usize = first.next().unwrap().parse().unwrap();
    assert_eq!(first.next(), Some(" error"));
    assert_eq!(
        first.next(),
        Some(" the question is empty; expected some text")
    );
    let source_line = broken.lines().nth(line - 1).unwrap();
    assert_eq!(lines[2], format!("{line} | {source_line}"));
    let caret = lines[3].find('^').unwrap();
    let bar = lines[3].find('|').unwrap();
    assert_eq!(
        caret - bar - 2,
        column - 1,
        "the caret is under column {column}"
    );

    assert!(stdout.contains("\"hands-off\" is used twice"), "{stdout}");
    assert!(
        stdout.contains("= hint: it is first used at line"),
        "{stdout}"
    );
    assert_eq!(
        lines.last(),
        Some(&"broken.ron: 2 errors found; the format is described in docs/content-format.md")
    );
}

#[test]
fn warnings_pass_unless_denied() {
    let dir = tempfile::tempdir().unwrap();
    let warned = skincare_guide::content::EMBEDDED_CONTENT.replacen(
        "sources: [\"chelwest-pre\"],\n            ),\n        ],\n    ),\n\n    after_checklist",
        "sources: [],\n            ),\n        ],\n    ),\n\n    after_checklist",
        1,
    );
    std::fs::write(dir.path().join("warned.ron"), warned).unwrap();
    // Its pictures beside it, so that the only warning is the missing source.
    std::fs::create_dir_all(dir.path().join("assets/illustrations")).unwrap();
    for (path, bytes) in skincare_guide::content::EMBEDDED_ASSETS {
        std::fs::write(dir.path().join(path), bytes).unwrap();
    }

    let (ok, stdout) = check(&["warned.ron"], dir.path());
    assert!(ok, "{stdout}");
    assert!(stdout.contains(": warning: checklist item \"arrive-bare-skin\" cites no source"));
    assert!(
        stdout.lines().last().unwrap().ends_with("(1 warning)"),
        "{stdout}"
    );

    let (ok, stdout) = check(&["warned.ron", "--deny-warnings"], dir.path());
    assert!(!ok);
    assert_eq!(
        stdout.lines().last(),
        Some("warned.ron: 1 warning denied by --deny-warnings")
    );
}

#[test]
fn a_missing_file_is_reported_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, stdout) = check(&["nope.ron"], dir.path());
    assert!(!ok);
    assert!(
        stdout.starts_with("cannot read nope.ron: No such file"),
        "{stdout}"
    );
}

#[test]
fn it_reports_readability_per_section_and_warns_on_long_sentences() {
    let root = env!("CARGO_MANIFEST_DIR");
    let (ok, stdout) = check(
        &["--deny-warnings", "content.ron"],
        std::path::Path::new(root),
    );
    assert!(ok, "{stdout}");
    assert!(
        stdout.lines().any(|line| line
            .starts_with("readability: benefits/scar-types: longest sentence ")
            && line.contains(" words, Flesch reading ease ")),
        "{stdout}"
    );
    assert!(
        stdout
            .lines()
            .any(|line| line.starts_with("readability: whole guide: ")),
        "{stdout}"
    );

    let dir = tempfile::tempdir().unwrap();
    let long = skincare_guide::content::EMBEDDED_CONTENT.replacen(
        "Paragraph(\"Pinpoint bleeding",
        "Paragraph(\"One two three four five six seven eight nine ten eleven twelve thirteen \
         fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two \
         twenty-three twenty-four twenty-five twenty-six. Pinpoint bleeding",
        1,
    );
    std::fs::write(dir.path().join("long.ron"), long).unwrap();
    std::fs::create_dir_all(dir.path().join("assets/illustrations")).unwrap();
    for (path, bytes) in skincare_guide::content::EMBEDDED_ASSETS {
        std::fs::write(dir.path().join(path), bytes).unwrap();
    }
    let (ok, stdout) = check(&["--deny-warnings", "long.ron"], dir.path());
    assert!(!ok);
    assert!(
        stdout.contains(": warning: aftercare/during: a sentence of 26 words (more than 25)"),
        "{stdout}"
    );
}

#[test]
fn a_bad_item_kind_is_reported_with_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let text = skincare_guide::content::EMBEDDED_CONTENT.replacen("kind: Rule,", "kind: Often,", 1);
    std::fs::write(dir.path().join("content.ron"), &text).unwrap();
    let (ok, stdout) = check(&["content.ron"], dir.path());
    assert!(!ok);
    let offset = text.find("Often").unwrap();
    let line = text[..offset].matches('\n').count() + 1;
    let column = offset - text[..offset].rfind('\n').unwrap();
    let first = stdout.lines().next().unwrap();
    assert!(
        first.starts_with(&format!("content.ron:{line}:{column}: ")),
        "{stdout}"
    );
    assert!(first.contains("Often"), "{stdout}");
}
