//! Kill at any moment: a child process saves 1,000 different states in a tight loop and is killed
//! with SIGKILL at random points; every time, the data file on disk must parse and equal one of
//! the saved states. Zero torn files.
//!
//! The same for photo imports: a child imports photos (file first, then the record) and is
//! killed; every record on disk must have its whole photo file.
//!
//! This test has its own `main` (`harness = false` in Cargo.toml) so that the same executable
//! can be the child: `kill_safety --save-loop DIR`.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers panic on setup failures, which fails the test"
)]
#![expect(
    clippy::print_stdout,
    reason = "a test binary without the test harness reports itself"
)]

use std::hash::BuildHasher as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use skincare_guide::user_data::diary::photos;
use skincare_guide::user_data::store::Store;
use skincare_guide::user_data::{Scope, UserData};

const SAVES: u64 = 1_000;
const KILLS: u32 = 30;

/// The state saved at step `step`: each differs, and the step can be read back from it.
fn state(step: u64) -> UserData {
    let mut progress = UserData::default();
    progress.next_session_id = step + 1;
    for item in 0..step % 40 {
        progress.set_ticked(Scope::Unscheduled, &format!("item-{item}"), true);
    }
    progress.set_ticked(Scope::Unscheduled, &format!("saved-at-step-{step}"), true);
    progress
}

fn save_loop(dir: &Path) {
    let mut store = Store::new(dir);
    for step in 0..SAVES {
        store.save(&state(step)).unwrap();
    }
}

fn spawn_saver(dir: &Path) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .arg("--save-loop")
        .arg(dir)
        .stdout(Stdio::null())
        .spawn()
        .unwrap()
}

/// Checks the file in `dir` is whole and one of the saved states; returns its step.
fn check_whole(dir: &Path) -> Option<u64> {
    let loaded = Store::new(dir).load();
    assert_eq!(loaded.notice, None, "the data file must parse after a kill");
    if loaded.progress == UserData::default() {
        return None;
    }
    let step = loaded.progress.next_session_id - 1;
    assert!(step < SAVES, "step {step}");
    assert_eq!(
        loaded.progress,
        state(step),
        "the file equals the state of step {step}"
    );
    Some(step)
}

fn kill_at_random_moments_leaves_a_whole_file() {
    let dir = tempfile::tempdir().unwrap();

    // Two full runs, to learn how long 1,000 saves take here: the shorter one, since a busy
    // machine (or a cold start) makes a single run a poor guide, and a kill aimed past the end
    // of a run tests nothing.
    let mut full_run = Duration::MAX;
    for _ in 0..2 {
        let started = Instant::now();
        let status = spawn_saver(dir.path()).wait().unwrap();
        assert!(status.success());
        full_run = full_run.min(started.elapsed());
        assert_eq!(check_whole(dir.path()), Some(SAVES - 1));
    }

    let random = std::hash::RandomState::new();
    let mut killed_mid_run = 0;
    for kill in 0..KILLS {
        // Somewhere in the first nine tenths of a run.
        let delay = full_run.mul_f64((random.hash_one(kill) % 900) as f64 / 1_000.0);
        let mut child = spawn_saver(dir.path());
        std::thread::sleep(delay);
        if child.try_wait().unwrap().is_none() {
            killed_mid_run += 1;
        }
        child.kill().unwrap(); // SIGKILL on Unix: no destructors, no cleanup.
        child.wait().unwrap();
        check_whole(dir.path());
    }
    println!(
        "{KILLS} kills over a {} ms run of {SAVES} saves, {killed_mid_run} mid-run: no torn file",
        full_run.as_millis()
    );
    assert!(
        killed_mid_run >= KILLS / 2,
        "only {killed_mid_run} of {KILLS} kills landed while saving"
    );
}

const IMPORTS: u64 = 15;
const IMPORT_KILLS: u32 = 8;

/// Imports the same photo again and again as the app does: the files, then the record.
fn import_loop(dir: &Path, source: &Path) {
    let mut store = Store::new(dir);
    let mut progress = store.load().progress;
    let photos_dir = photos::photos_dir(dir);
    for _ in 0..IMPORTS {
        let id = progress.diary.take_photo_id();
        let day = jiff::civil::date(2026, 12, 1);
        let record = photos::import(source, &photos_dir, id, day).unwrap();
        progress.diary.add_photo(record);
        store.save(&progress).unwrap();
    }
}

fn spawn_importer(dir: &Path, source: &Path) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .arg("--import-loop")
        .arg(dir)
        .arg(source)
        .stdout(Stdio::null())
        .spawn()
        .unwrap()
}

/// Checks that every photo record in `dir` has its whole photo file; returns how many there are.
fn check_records_have_files(dir: &Path) -> usize {
    let loaded = Store::new(dir).load();
    assert_eq!(loaded.notice, None, "the data file must parse after a kill");
    let photos_dir = photos::photos_dir(dir);
    for record in &loaded.progress.diary.photos {
        let path = photos_dir.join(record.file_name());
        let bytes = std::fs::read(&path)
            .unwrap_or_else(|err| panic!("record {} has no file: {err}", record.id));
        let picture = image::load_from_memory(&bytes)
            .unwrap_or_else(|err| panic!("photo {} is torn: {err}", record.id));
        assert_eq!(
            (picture.width(), picture.height()),
            (record.width, record.height)
        );
    }
    loaded.progress.diary.photos.len()
}

fn kill_during_photo_imports_leaves_no_record_without_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source.jpg");
    image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(1600, 1200, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    }))
    .save(&source)
    .unwrap();
    let data = dir.path().join("data");
    let started = Instant::now();
    assert!(spawn_importer(&data, &source).wait().unwrap().success());
    let full_run = started.elapsed();
    assert_eq!(check_records_have_files(&data), IMPORTS as usize);

    let random = std::hash::RandomState::new();
    let mut killed_mid_run = 0;
    for kill in 0..IMPORT_KILLS {
        let delay = full_run.mul_f64((random.hash_one(kill) % 900) as f64 / 1_000.0);
        let mut child = spawn_importer(&data, &source);
        std::thread::sleep(delay);
        if child.try_wait().unwrap().is_none() {
            killed_mid_run += 1;
        }
        child.kill().unwrap();
        child.wait().unwrap();
        check_records_have_files(&data);
    }
    println!(
        "{IMPORT_KILLS} kills over a {} ms run of {IMPORTS} imports, {killed_mid_run} mid-run: every record has its photo",
        full_run.as_millis()
    );
    assert!(
        killed_mid_run >= IMPORT_KILLS / 2,
        "only {killed_mid_run} of {IMPORT_KILLS} kills landed while importing"
    );
}

fn main() {
    let mut args = std::env::args().skip(1);
    match args.next().as_deref() {
        Some("--save-loop") => {
            let dir = args.next().unwrap();
            save_loop(Path::new(&dir));
            return;
        }
        Some("--import-loop") => {
            let dir = args.next().unwrap();
            let source = args.next().unwrap();
            import_loop(Path::new(&dir), Path::new(&source));
            return;
        }
        _ => {}
    }
    // Arguments from `cargo test` (filters, --nocapture) do not apply to this single test.
    kill_at_random_moments_leaves_a_whole_file();
    println!("test kill_at_random_moments_leaves_a_whole_file ... ok");
    kill_during_photo_imports_leaves_no_record_without_its_file();
    println!("test kill_during_photo_imports_leaves_no_record_without_its_file ... ok");
    println!();
    println!("test result: ok. 2 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out");
}
