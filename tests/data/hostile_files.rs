//! What a careless user or a careful attacker can hand the program: devices, FIFOs, symlinks,
//! huge and hostile files, and export paths that are not files. Each gives a clear message,
//! never a hang, a crash or a replaced device.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers panic on setup failures, which fails the test"
)]
#![cfg(unix)]

use std::os::unix::fs::{FileTypeExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use skincare_guide::content::{self, EMBEDDED_CONTENT, Origin};
use skincare_guide::user_data::store::DATA_FILE_NAME;

use crate::common::TODAY;

/// Runs the app's binary in `dir`; fails the test if it runs for more than 20 s (a hang).
fn run(dir: &Path, args: &[&str]) -> Output {
    run_with(
        Command::new(env!("CARGO_BIN_EXE_skincare-guide")).args(args),
        dir,
    )
}

fn run_with(command: &mut Command, dir: &Path) -> Output {
    let mut child = command
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("the command hung: {command:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn fifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success());
}

/// A data folder with one planned session, for exports.
fn data_with_a_session() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut progress = skincare_guide::user_data::UserData::default();
    progress.add_session(jiff::civil::date(2026, 12, 7));
    skincare_guide::user_data::store::Store::new(dir.path())
        .save(&progress)
        .unwrap();
    dir
}

fn export(data: &Path, format: &str, out: &Path) -> Output {
    run(
        data,
        &[
            "--data-dir",
            data.to_str().unwrap(),
            "export",
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ],
    )
}

// Item 4: export writes only to a new path or an existing regular file.

#[test]
fn export_refuses_a_device_and_leaves_it_a_device() {
    let data = data_with_a_session();
    let output = export(data.path(), "ics", Path::new("/dev/full"));
    assert!(!output.status.success());
    assert_eq!(
        text(&output.stderr).trim(),
        "skincare-guide: /dev/full is a device; choose a file name instead"
    );
    let kind = std::fs::symlink_metadata("/dev/full").unwrap().file_type();
    assert!(kind.is_char_device(), "/dev/full is still a device");
}

#[test]
fn export_refuses_a_fifo_a_folder_and_a_dangling_link_without_replacing_them() {
    let data = data_with_a_session();
    let pipe = data.path().join("pipe.ics");
    fifo(&pipe);
    let output = export(data.path(), "ics", &pipe);
    assert!(text(&output.stderr).contains("is a FIFO (named pipe); choose a file name instead"));
    assert!(
        std::fs::symlink_metadata(&pipe)
            .unwrap()
            .file_type()
            .is_fifo()
    );

    let output = export(data.path(), "ics", data.path());
    assert!(text(&output.stderr).contains("is a folder; choose a file name instead"));

    let link = data.path().join("dangling.ics");
    std::os::unix::fs::symlink(data.path().join("nowhere.ics"), &link).unwrap();
    let output = export(data.path(), "ics", &link);
    assert!(!output.status.success());
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn export_follows_a_symlink_to_a_file_and_keeps_the_link() {
    let data = data_with_a_session();
    let real = data.path().join("real.ics");
    std::fs::write(&real, "old").unwrap();
    let link = data.path().join("link.ics");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let output = export(data.path(), "ics", &link);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&real)
            .unwrap()
            .starts_with("BEGIN:VCALENDAR")
    );
}

#[test]
fn export_refuses_a_read_only_file_and_a_missing_folder() {
    let data = data_with_a_session();
    let locked = data.path().join("locked.ics");
    std::fs::write(&locked, "keep me").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o444)).unwrap();
    let output = export(data.path(), "ics", &locked);
    assert!(
        text(&output.stderr).contains("is read-only"),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(std::fs::read_to_string(&locked).unwrap(), "keep me");

    let nested = data.path().join("no").join("such").join("plan.ics");
    let output = export(data.path(), "ics", &nested);
    assert!(text(&output.stderr).contains("does not exist; create it first"));
    assert!(!data.path().join("no").exists(), "no folder was created");
}

#[test]
fn a_new_export_gets_the_usual_file_permissions_and_a_wrong_extension_warns() {
    let data = data_with_a_session();
    let out = data.path().join("plan.md");
    let output = run_with(
        Command::new("sh").args([
            "-c",
            "umask 022; exec \"$0\" --data-dir \"$1\" export --format ics --out \"$2\"",
            env!("CARGO_BIN_EXE_skincare-guide"),
            data.path().to_str().unwrap(),
            out.to_str().unwrap(),
        ]),
        data.path(),
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644);
    assert!(
        text(&output.stderr).contains("warning: ") && text(&output.stderr).contains("ends in .md"),
        "{}",
        text(&output.stderr)
    );
    assert!(text(&output.stdout).contains("content: built-in guide"));
}

// Items 6 and 7: only regular files are read, with a cap applied while reading.

#[test]
fn check_refuses_devices_fifos_and_huge_files_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(dir.path(), &["check", "/dev/zero"]);
    assert!(!output.status.success());
    assert_eq!(
        text(&output.stdout).trim(),
        "/dev/zero is a device, not a regular file"
    );

    let pipe = dir.path().join("content.ron");
    fifo(&pipe);
    let output = run(dir.path(), &["check", "content.ron"]);
    assert_eq!(
        text(&output.stdout).trim(),
        "content.ron is a FIFO (named pipe), not a regular file"
    );

    let huge = dir.path().join("huge.ron");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(1 << 30)
        .unwrap();
    let output = run(dir.path(), &["check", "huge.ron"]);
    assert_eq!(
        text(&output.stdout).trim(),
        "huge.ron is 1.0 GiB, more than the 16 MiB allowed"
    );
}

#[test]
fn the_app_refuses_a_fifo_as_content_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("content.ron");
    fifo(&pipe);
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(content::load(&Origin::File(pipe), TODAY).map(drop));
    });
    let loaded = receiver
        .recv_timeout(Duration::from_secs(10))
        .expect("loading a FIFO must not block");
    assert!(
        loaded
            .unwrap_err()
            .to_string()
            .ends_with("is a FIFO (named pipe), not a regular file")
    );
}

#[test]
fn a_data_file_that_is_a_fifo_or_a_link_to_dev_zero_is_refused_by_export() {
    for make in [(|path: &Path| fifo(path)) as fn(&Path), |path: &Path| {
        std::os::unix::fs::symlink("/dev/zero", path).unwrap()
    }] {
        let data = tempfile::tempdir().unwrap();
        make(&data.path().join(DATA_FILE_NAME));
        let output = export(data.path(), "md", &data.path().join("plan.md"));
        let stderr = text(&output.stderr);
        assert!(stderr.contains("not a regular file"), "{stderr}");
        assert!(
            std::fs::symlink_metadata(data.path().join(DATA_FILE_NAME)).is_ok(),
            "export only reads: the data file is still in its place"
        );
    }
}

#[test]
fn pictures_that_are_devices_fifos_or_too_large_are_never_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    let pictures = dir.path().join("assets/illustrations");
    std::fs::create_dir_all(&pictures).unwrap();
    // A third picture, for the Preparation page, that is far too large.
    let content = EMBEDDED_CONTENT.replacen(
        "timeline: Some(Before),",
        "image: Some((path: \"assets/illustrations/huge.png\", alt: \"A huge picture.\")),",
        1,
    );
    assert_ne!(content, EMBEDDED_CONTENT);
    std::fs::write(dir.path().join("content.ron"), content).unwrap();
    std::os::unix::fs::symlink("/dev/zero", pictures.join("skin-layers.png")).unwrap();
    fifo(&pictures.join("scar-before-after.png"));
    std::fs::File::create(pictures.join("huge.png"))
        .unwrap()
        .set_len(1 << 30)
        .unwrap();
    let output = run(dir.path(), &["check", "content.ron"]);
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains("skin-layers.png is a device, not a regular file"),
        "{stdout}"
    );
    assert!(
        stdout.contains("scar-before-after.png is a FIFO (named pipe), not a regular file"),
        "{stdout}"
    );
    assert!(
        stdout.contains("is 1.0 GiB, more than the 8 MiB allowed"),
        "{stdout}"
    );
}

// Item 5: pictures over the size every graphics card takes.

/// A PNG of `width`×`height` pixels, a few hundred bytes.
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = Vec::new();
    image::RgbaImage::new(width, height)
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .unwrap();
    bytes
}

#[test]
fn check_rejects_a_picture_wider_than_the_limit_reading_its_header() {
    let dir = tempfile::tempdir().unwrap();
    let pictures = dir.path().join("assets/illustrations");
    std::fs::create_dir_all(&pictures).unwrap();
    std::fs::write(dir.path().join("content.ron"), EMBEDDED_CONTENT).unwrap();
    for (name, bytes) in content::EMBEDDED_ASSETS {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    std::fs::write(pictures.join("skin-layers.png"), png(8200, 10)).unwrap();
    let output = run(dir.path(), &["check", "content.ron"]);
    let stdout = text(&output.stdout);
    assert!(!output.status.success(), "{stdout}");
    assert!(
        stdout.contains("error: section \"how-it-works\": picture \"assets/illustrations/skin-layers.png\" cannot be shown (it is 8200×10 px; pictures may be at most 4096 px on each side)"),
        "{stdout}"
    );
}

#[test]
fn the_size_check_refuses_a_picture_over_the_limit_and_takes_one_at_it() {
    let bytes = png(8200, 10);
    assert!(matches!(
        content::picture_size_problem(&bytes),
        Err(content::PictureProblem::TooLarge(_))
    ));
    assert_eq!(content::picture_size_problem(&png(4096, 10)), Ok(()));
}

// Item 10: control characters.

#[test]
fn control_characters_in_content_are_errors_and_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = EMBEDDED_CONTENT.replacen(
        "title: \"Microneedling Guide\"",
        "title: \"Microneedling\u{1b}]0;owned\u{7}\u{1b}[2J Guide\"",
        1,
    );
    std::fs::write(dir.path().join("content.ron"), &hostile).unwrap();
    let output = run(dir.path(), &["check", "content.ron"]);
    assert!(!output.status.success());
    let stdout = text(&output.stdout);
    assert!(
        !stdout.contains('\u{1b}') && !stdout.contains('\u{7}'),
        "{stdout:?}"
    );
    let line = hostile
        .lines()
        .position(|line| line.contains("owned"))
        .unwrap();
    let column = hostile
        .lines()
        .nth(line)
        .unwrap()
        .chars()
        .position(|c| c == '\u{1b}')
        .unwrap();
    assert!(
        stdout.contains(&format!(
            "content.ron:{}:{}: error: the character U+001B (ESC) is not allowed in a content file",
            line + 1,
            column + 1
        )),
        "{stdout}"
    );
}

// Item 11: a content.ron in the working directory is not the guide.

#[test]
fn a_content_file_in_the_working_directory_is_not_read_by_export() {
    let data = data_with_a_session();
    let planted = EMBEDDED_CONTENT.replacen(
        "title: \"Microneedling Guide\"",
        "title: \"Planted Guide\"",
        1,
    );
    std::fs::write(data.path().join("content.ron"), planted).unwrap();
    let out = data.path().join("plan.md");
    let output = export(data.path(), "md", &out);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let markdown = std::fs::read_to_string(&out).unwrap();
    assert!(markdown.starts_with("# Microneedling Guide"), "{markdown}");
    assert!(markdown.contains("Made by Skincare Guide from its built-in guide."));
}

// Item 12: messages that say what is wrong.

#[test]
fn a_long_source_line_is_quoted_around_the_problem_only() {
    let dir = tempfile::tempdir().unwrap();
    let long = format!("({}titel: \"x\")", " ".repeat(100_000));
    std::fs::write(dir.path().join("long.ron"), long).unwrap();
    let output = run(dir.path(), &["check", "long.ron"]);
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains("long.ron:1:100002: error:"),
        "{}",
        &stdout[..stdout.len().min(500)]
    );
    assert!(stdout.len() < 2_000, "quoted {} bytes", stdout.len());
    assert!(stdout.contains("…"));
}

#[test]
fn a_data_folder_that_is_a_file_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let folder: PathBuf = dir.path().join("data");
    std::fs::write(&folder, "not a folder").unwrap();
    let mut store = skincare_guide::user_data::store::Store::new(&folder);
    let err = store
        .save(&skincare_guide::user_data::UserData::default())
        .unwrap_err()
        .to_string();
    assert!(err.contains("is a file"), "{err}");
    assert!(!err.contains("os error"), "{err}");
}

#[test]
fn a_deeply_nested_data_file_gets_a_plain_reason() {
    // A field this version does not know, nested deeply: it is skipped, level by level.
    let nested = format!("(from_the_future: {}", "[".repeat(10_000));
    let err = skincare_guide::user_data::store::decode(nested.as_bytes())
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "line 1: it is nested too deeply to be a Skincare Guide data file"
    );
}

#[test]
fn a_data_file_with_too_many_sessions_is_set_aside_not_loaded() {
    use skincare_guide::user_data::MAX_SESSIONS;
    use skincare_guide::user_data::store::{LoadNotice, Store};
    let dir = tempfile::tempdir().unwrap();
    let sessions: String = (1..=MAX_SESSIONS + 1)
        .map(|id| format!("(id: {id}, date: \"2026-12-01\"),"))
        .collect();
    let text = format!("(sessions: [{sessions}])");
    std::fs::write(dir.path().join(DATA_FILE_NAME), &text).unwrap();

    let loaded = Store::new(dir.path()).load();
    assert!(
        loaded.progress.sessions.is_empty(),
        "nothing of it is loaded"
    );
    let Some(LoadNotice::SetAside { moved_to, reason }) = loaded.notice else {
        panic!("expected the file to be set aside");
    };
    assert_eq!(
        reason,
        format!(
            "it lists {} sessions; Skincare Guide keeps at most {MAX_SESSIONS}",
            MAX_SESSIONS + 1
        )
    );
    assert_eq!(
        std::fs::read_to_string(moved_to).unwrap(),
        text,
        "kept whole"
    );
}

#[test]
fn without_a_display_the_app_says_so_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    let output = run_with(
        Command::new(env!("CARGO_BIN_EXE_skincare-guide"))
            .args(["--data-dir", dir.path().to_str().unwrap()])
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("WAYLAND_SOCKET"),
        dir.path(),
    );
    assert!(!output.status.success());
    assert_eq!(
        text(&output.stderr).trim(),
        "skincare-guide: no display found: run it from a desktop session (check, export and the other commands work without one)"
    );
}

#[test]
fn export_never_writes_over_the_data_or_content_it_read() {
    let data = data_with_a_session();
    let progress = data.path().join(DATA_FILE_NAME);
    let before = std::fs::read(&progress).unwrap();
    let output = export(data.path(), "md", &progress);
    assert!(!output.status.success());
    assert!(
        text(&output.stderr).contains("is your saved progress; choose another name"),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(std::fs::read(&progress).unwrap(), before);

    let content = data.path().join("guide.md");
    std::fs::write(&content, EMBEDDED_CONTENT).unwrap();
    let output = run(
        data.path(),
        &[
            "--content",
            content.to_str().unwrap(),
            "--data-dir",
            data.path().to_str().unwrap(),
            "export",
            "--format",
            "md",
            "--out",
            content.to_str().unwrap(),
        ],
    );
    assert!(text(&output.stderr).contains("is the content file; choose another name"));
    assert_eq!(std::fs::read_to_string(&content).unwrap(), EMBEDDED_CONTENT);
}

#[test]
fn export_fails_when_the_data_cannot_be_read_and_can_write_to_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("typo");
    let output = run(
        dir.path(),
        &[
            "--data-dir",
            missing.to_str().unwrap(),
            "export",
            "--format",
            "md",
            "--out",
            "plan.md",
        ],
    );
    assert!(!output.status.success());
    assert!(text(&output.stderr).contains("the folder does not exist"));
    assert!(!dir.path().join("plan.md").exists());

    let data = data_with_a_session();
    let output = export(data.path(), "ics", Path::new("-"));
    assert!(output.status.success());
    assert!(text(&output.stdout).starts_with("BEGIN:VCALENDAR"));
    assert!(!data.path().join("-").exists());
}
