//! Diary budgets: with two years of data (730 daily check-ins over 18 sessions, 500 photos) each
//! view of the Diary tab draws a frame (egui run + tessellation, 1024×768) in under 4 ms and
//! decodes only the thumbnails on screen; importing a 12-megapixel JPEG takes under 1 s.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::ToSpan as _;
use skincare_guide::content::{LoadedGuide, Origin};
use skincare_guide::ui::diary::{PAGE_SIZE, View};
use skincare_guide::user_data::UserData;
use skincare_guide::user_data::diary::{CheckIn, PhotoRecord, photos};
use skincare_guide::user_data::store::Store;
use skincare_guide::user_data::tab::Tab;
use skincare_guide::{AppConfig, GuideApp};

const CHECK_INS: i64 = 730;
const PHOTOS: u64 = 500;

/// Two years of diary: a session every six weeks, a check-in every day, a photo most days.
fn two_years(photos_dir: &Path) -> UserData {
    let start = jiff::civil::date(2024, 11, 26);
    let mut progress = UserData::default();
    let mut session = start;
    while session < start + CHECK_INS.days() {
        progress.add_session(session);
        session += 42.days();
    }
    for day in 0..CHECK_INS {
        let mut check_in = CheckIn::default();
        for (index, scale) in ["redness", "swelling", "pain", "dryness"]
            .iter()
            .enumerate()
        {
            let value = ((day % 42) as usize + index).min(10) as u8;
            check_in
                .ratings
                .insert((*scale).to_owned(), 10 - value.min(10));
        }
        check_in.note = format!("Day {day} of the diary.");
        progress.diary.set_check_in(start + day.days(), check_in);
    }
    let thumb = image::RgbImage::from_fn(256, 192, |x, y| image::Rgb([x as u8, y as u8, 128]));
    let mut thumb_jpeg = Vec::new();
    let Ok(()) = image::DynamicImage::ImageRgb8(thumb).write_to(
        &mut std::io::Cursor::new(&mut thumb_jpeg),
        image::ImageFormat::Jpeg,
    ) else {
        panic!("a thumbnail encodes");
    };
    let prepared = photos::Prepared {
        photo_jpeg: thumb_jpeg.clone(),
        thumb_jpeg,
        width: 256,
        height: 192,
    };
    for index in 0..PHOTOS {
        let id = progress.diary.take_photo_id();
        if let Err(err) = photos::store(photos_dir, id, &prepared) {
            panic!("cannot write the bench's photos: {err}");
        }
        progress.diary.add_photo(PhotoRecord {
            id,
            day: start + (index as i64 * 730 / PHOTOS as i64).days(),
            width: 256,
            height: 192,
        });
    }
    progress
}

fn frames(c: &mut Criterion) {
    let Ok(dir) = tempfile::tempdir() else {
        panic!("a temporary directory for the bench's data");
    };
    let progress = two_years(&photos::photos_dir(dir.path()));
    if let Err(err) = Store::new(dir.path()).save(&progress) {
        panic!("cannot save the bench's data: {err}");
    }
    let config = AppConfig {
        content: Ok(LoadedGuide {
            guide: match skincare_guide::content::parse(
                skincare_guide::content::EMBEDDED_CONTENT,
                jiff::civil::date(2026, 11, 25),
            ) {
                Ok((guide, _)) => guide,
                Err(problems) => panic!("the shipped content is valid: {problems:?}"),
            },
            origin: Origin::Embedded,
            warnings: Vec::new(),
        }),
        data_dir: dir.path().to_owned(),
        today: Some(jiff::civil::date(2026, 11, 25)),
    };
    let ctx = egui::Context::default();
    let mut app = GuideApp::with_context(&ctx, config);
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1024.0, 768.0),
        )),
        ..Default::default()
    };
    app.open_tab(Tab::Diary);
    let mut group = c.benchmark_group("diary-frame");
    for view in View::ALL {
        app.diary_screen_mut().view = view;
        // Warm up until the photos on screen are decoded (on their thread) and uploaded.
        let started = std::time::Instant::now();
        loop {
            ctx.run_ui(input.clone(), |ui| app.show(ui))
                .textures_delta
                .clear();
            let decoded = app.diary_screen().decoded_pictures();
            let wanted = match view {
                View::Photos => PAGE_SIZE,
                View::Compare => PAGE_SIZE + 2,
                View::CheckIn | View::Charts => 0,
            };
            if decoded >= wanted || started.elapsed() > std::time::Duration::from_secs(10) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        group.bench_function(format!("{view:?}"), |b| {
            b.iter(|| {
                let mut output = ctx.run_ui(black_box(input.clone()), |ui| app.show(ui));
                output.textures_delta.clear();
                ctx.tessellate(output.shapes, output.pixels_per_point).len()
            });
        });
        println!(
            "after the {view:?} view: {} of {PHOTOS} photos' pictures decoded",
            app.diary_screen().decoded_pictures()
        );
    }
    group.finish();
    if let Ok(status) = std::fs::read_to_string("/proc/self/status")
        && let Some(peak) = status.lines().find(|line| line.starts_with("VmHWM"))
    {
        println!("peak memory of the bench process: {}", peak.trim());
    }
}

fn import(c: &mut Criterion) {
    let Ok(dir) = tempfile::tempdir() else {
        panic!("a temporary directory for the bench's photo");
    };
    let source = dir.path().join("twelve-megapixels.jpg");
    let photo = image::RgbImage::from_fn(4000, 3000, |x, y| {
        image::Rgb([(x / 16) as u8, (y / 12) as u8, ((x ^ y) & 0xff) as u8])
    });
    if let Err(err) = photo.save(&source) {
        panic!("cannot write the bench's photo: {err}");
    }
    let photos_dir = dir.path().join("photos");
    let mut group = c.benchmark_group("diary-import");
    group.sample_size(10);
    let mut id = 0;
    group.bench_function("12 MP JPEG", |b| {
        b.iter(|| {
            id += 1;
            let day = jiff::civil::date(2026, 11, 25);
            match photos::import(black_box(&source), &photos_dir, id, day) {
                Ok(record) => record.width,
                Err(err) => panic!("the import works: {err}"),
            }
        });
    });
    group.finish();
}

criterion_group!(benches, frames, import);
criterion_main!(benches);
