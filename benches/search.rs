//! Search budgets: a query over the shipped guide under 1 ms, over a guide 100 times larger under
//! 10 ms. Building the index happens once per loaded guide, measured here too.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use skincare_guide::content;
use skincare_guide::content::search::SearchIndex;

mod common;

fn search(c: &mut Criterion) {
    let Ok((large, _)) = content::parse(&common::scaled_guide_text(100), common::TODAY) else {
        panic!("the generated guide is valid");
    };
    for (name, guide) in [("shipped", common::shipped_guide()), ("100x", large)] {
        let mut group = c.benchmark_group(format!("search/{name}"));
        group.bench_function("build index", |b| {
            b.iter(|| SearchIndex::build(black_box(&guide)));
        });
        let index = SearchIndex::build(&guide);
        for query in ["sunscreen", "retinoids acids", "makeup", "xylophone"] {
            group.bench_function(format!("query {query:?}"), |b| {
                b.iter(|| index.search(black_box(query)).len());
            });
        }
        group.bench_function("suggest for \"sunscrean\"", |b| {
            b.iter(|| index.suggestions(black_box("sunscrean")));
        });
        group.finish();
    }
}

criterion_group!(benches, search);
criterion_main!(benches);
