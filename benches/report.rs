//! Report budget: the clinic report of two years of diary (a session every six weeks, a check-in
//! every day, a note most days, monthly ratings) with one before/after photo pair is made in
//! under 1 s and is under 2 MB. Prints the size and pages once; criterion times the making.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use skincare_guide::content::{self, Origin};
use skincare_guide::output::report::{self, Options, Paper};

#[path = "../tests/common/report_fixture.rs"]
mod report_fixture;

fn report(c: &mut Criterion) {
    let today = jiff::civil::date(2026, 11, 26);
    let Ok(loaded) = content::load(&Origin::Embedded, today) else {
        panic!("the built-in guide loads");
    };
    let Ok(dir) = tempfile::tempdir() else {
        panic!("a temporary folder");
    };
    let mut progress = report_fixture::two_years();
    let pair = report_fixture::save_with_photos(dir.path(), &mut progress);
    let mut with_photos = Options::new(today, Paper::A4);
    with_photos.photos = Some(pair);
    let without_photos = Options::new(today, Paper::A4);

    for (name, options) in [
        ("with photos", &with_photos),
        ("without photos", &without_photos),
    ] {
        match report::build(&loaded, &progress, dir.path(), options) {
            Ok(built) => println!(
                "report {name}: {} bytes ({:.2} MB), {} pages, {} notes left out, {} check-ins",
                built.bytes.len(),
                built.bytes.len() as f64 / (1024.0 * 1024.0),
                built.pages,
                built.notes_left_out,
                progress.diary.check_ins.len()
            ),
            Err(err) => panic!("the report is made: {err}"),
        }
    }

    let mut group = c.benchmark_group("report");
    group.sample_size(20);
    group.bench_function("two years + photo pair", |b| {
        b.iter(|| black_box(report::build(&loaded, &progress, dir.path(), &with_photos)))
    });
    group.bench_function("two years, no photos", |b| {
        b.iter(|| {
            black_box(report::build(
                &loaded,
                &progress,
                dir.path(),
                &without_photos,
            ))
        })
    });
    group.finish();
}

criterion_group!(benches, report);
criterion_main!(benches);
