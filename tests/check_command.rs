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
        "ok: content.ron: 5 benefits, 7 FAQs, 22 checklist items, 18 sources"
    );
}

#[test]
fn without_a_path_it_checks_the_local_file_or_else_the_built_in_guide() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, stdout) = check(&[], dir.path());
    assert!(ok);
    assert!(
        stdout
            .lines()
            .last()
            .unwrap()
            .starts_with("ok: built-in guide:"),
        "{stdout}"
    );

    std::fs::write(dir.path().join("content.ron"), "(").unwrap();
    let (ok, stdout) = check(&[], dir.path());
    assert!(!ok);
    assert!(stdout.starts_with("content.ron:1:"), "{stdout}");
}

#[test]
fn problems_are_printed_as_path_line_column_message_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let broken = skincare_guide::content::EMBEDDED_CONTENT
        .replacen("id: \"moisturise\"", "id: \"hands-off\"", 1)
        .replacen("question: \"Does it hurt?\"", "question: \"\"", 1);
    std::fs::write(dir.path().join("broken.ron"), broken).unwrap();

    let (ok, stdout) = check(&["broken.ron"], dir.path());

    assert!(!ok);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(lines[0].starts_with("broken.ron:"), "{stdout}");
    assert!(lines[0].contains(": the question is empty"), "{stdout}");
    assert!(lines[1].contains("\"hands-off\" is used twice"), "{stdout}");
    assert_eq!(lines[2], "broken.ron: 2 errors found");
    // Each problem line is PATH:LINE:COL: message.
    for line in &lines[..2] {
        let mut parts = line.splitn(4, ':');
        assert_eq!(parts.next(), Some("broken.ron"));
        assert!(parts.next().unwrap().parse::<usize>().is_ok(), "{line}");
        assert!(parts.next().unwrap().parse::<usize>().is_ok(), "{line}");
    }
}

#[test]
fn a_missing_file_is_reported_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, stdout) = check(&["nope.ron"], dir.path());
    assert!(!ok);
    assert!(
        stdout.starts_with("nope.ron: cannot read the file"),
        "{stdout}"
    );
}
