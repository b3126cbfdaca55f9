//! Content budgets: parsing and validating the shipped guide under 1 ms, a guide 100 times larger
//! under 100 ms.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use skincare_guide::content::{self, EMBEDDED_CONTENT};

mod common;

fn parse(c: &mut Criterion) {
    let large = common::scaled_guide_text(100);
    let mut group = c.benchmark_group("parse and validate");
    group.bench_function("shipped", |b| {
        b.iter(|| content::parse(black_box(EMBEDDED_CONTENT), common::TODAY).is_ok());
    });
    group.sample_size(20);
    group.bench_function(format!("100x ({} KiB)", large.len() / 1024), |b| {
        b.iter(|| content::parse(black_box(&large), common::TODAY).is_ok());
    });
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
