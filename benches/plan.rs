//! The action plan for one country-year of 100k and 1M indicators (every
//! row in the same slot), from a loaded dataset.
//! `cargo bench --bench plan`

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use cyberindex::model::plan::plan;
use cyberindex::model::scenario::Scenario;
use cyberindex::read::load_reader;

fn plan_one_slot(c: &mut Criterion) {
    let mut group = c.benchmark_group("plan_one_country_year");
    group.sample_size(10);
    for n in [100_000u64, 1_000_000] {
        let mut csv = Vec::new();
        cyberindex::synthetic::write_one_slot_csv(n, &mut csv).unwrap();
        let ds = load_reader("slot.csv", &csv[..]).unwrap();
        let base = Scenario::default();
        group.bench_function(format!("{n}_indicators"), |b| {
            b.iter(|| black_box(plan(&ds, &base, 0, 0, None)))
        });
    }
    group.finish();
}

criterion_group!(benches, plan_one_slot);
criterion_main!(benches);
