//! `skincare-guide generate`: the manual pages and shell completions the packages install.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers panic on setup failures, which fails the test"
)]

use std::path::Path;
use std::process::{Command, Output};

/// The commands a person can run, as `--help` lists them.
const COMMANDS: [&str; 4] = ["check", "export", "report", "remind"];

fn generate(kind: &str, dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skincare-guide"))
        .args(["generate", kind])
        .arg(dir)
        .output()
        .unwrap()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn man_writes_a_page_for_the_program_and_one_per_command_and_prints_their_paths() {
    let dir = tempfile::tempdir().unwrap();
    let output = generate("man", dir.path());
    assert!(output.status.success(), "{output:?}");

    let printed = String::from_utf8(output.stdout).unwrap();
    let mut expected = vec![dir.path().join("skincare-guide.1")];
    expected.extend(
        COMMANDS
            .iter()
            .map(|command| dir.path().join(format!("skincare-guide-{command}.1"))),
    );
    let printed: Vec<_> = printed.lines().map(std::path::PathBuf::from).collect();
    assert_eq!(printed, expected);

    let main = read(&expected[0]);
    assert!(main.starts_with(".ie"), "not roff: {main}");
    assert!(main.contains(".TH skincare-guide 1"), "{main}");
    assert!(main.contains("\\-\\-data\\-dir"), "{main}");
    for command in COMMANDS {
        assert!(
            main.contains(&format!("skincare\\-guide\\-{command}(1)")),
            "the main page does not point to {command}'s page:\n{main}"
        );
    }
    let report = read(&expected[3]);
    assert!(report.contains("\\-\\-paper"), "{report}");
    assert!(
        report.contains(&format!("skincare-guide {}", env!("CARGO_PKG_VERSION"))),
        "the page does not name the program and its version as its source:\n{report}"
    );
}

#[test]
fn the_hidden_generate_command_has_no_manual_page_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    assert!(generate("man", dir.path()).status.success());
    assert!(!dir.path().join("skincare-guide-generate.1").exists());
    assert!(!dir.path().join("skincare-guide-help.1").exists());
    let main = read(&dir.path().join("skincare-guide.1"));
    assert!(!main.contains("generate"), "{main}");
}

#[test]
fn each_shell_gets_its_completions_under_the_name_it_looks_for() {
    let dir = tempfile::tempdir().unwrap();
    for (shell, file) in [
        ("bash", "skincare-guide.bash"),
        ("zsh", "_skincare-guide"),
        ("fish", "skincare-guide.fish"),
    ] {
        let output = generate(shell, dir.path());
        assert!(output.status.success(), "{output:?}");
        let path = dir.path().join(file);
        assert_eq!(
            String::from_utf8(output.stdout).unwrap().trim_end(),
            path.display().to_string()
        );
        let script = read(&path);
        // Options by their long names (fish writes `-l data-dir`, the others `--data-dir`).
        for word in COMMANDS
            .iter()
            .chain(&["content", "data-dir", "deny-warnings", "paper"])
        {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
    let zsh = read(&dir.path().join("_skincare-guide"));
    assert!(zsh.starts_with("#compdef skincare-guide"), "{zsh}");
    let fish = read(&dir.path().join("skincare-guide.fish"));
    assert!(fish.contains("complete -c skincare-guide"), "{fish}");
}

#[test]
fn a_folder_that_does_not_exist_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder");
    let output = generate("man", &missing);
    assert!(!output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains(&format!("cannot write into {}", missing.display())),
        "{stderr}"
    );
    assert!(!missing.exists());
}

#[test]
fn generate_is_not_listed_in_help() {
    let output = Command::new(env!("CARGO_BIN_EXE_skincare-guide"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8(output.stdout).unwrap();
    assert!(help.contains("check"), "{help}");
    assert!(!help.contains("generate"), "{help}");
}
