//! Writes the report's test diary (three sessions, check-ins, notes, a warning sign and a photo
//! pair) into a data folder, for `scripts/render-report`: `cargo run --example report_fixture DIR`.

#[path = "../tests/common/report_fixture.rs"]
mod report_fixture;

fn main() -> std::process::ExitCode {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: report_fixture DATA_DIR");
        return std::process::ExitCode::FAILURE;
    };
    let dir = std::path::PathBuf::from(dir);
    let mut progress = report_fixture::short_course();
    let (before, after) = report_fixture::save_with_photos(&dir, &mut progress);
    println!("{} (photos {before} and {after})", dir.display());
    std::process::ExitCode::SUCCESS
}
