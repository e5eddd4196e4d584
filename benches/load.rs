//! Load and score: reading an indicator file and computing every
//! country-year's overall index, at 1k, 100k and 1M rows.
//! `cargo bench --bench load`

use std::hint::black_box;
use std::io::BufWriter;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use cyberindex::read::load_path;

fn load_and_score(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("load_and_score");
    for rows in [1_000u64, 100_000, 1_000_000] {
        let path = dir.path().join(format!("{rows}.csv"));
        let mut out = BufWriter::new(std::fs::File::create(&path).unwrap());
        cyberindex::synthetic::write_csv(rows, &mut out).unwrap();
        drop(out);
        group.throughput(Throughput::Elements(rows));
        group.sample_size(if rows >= 1_000_000 { 10 } else { 30 });
        group.bench_function(format!("{rows}_rows"), |b| {
            b.iter(|| {
                let ds = load_path(&path).unwrap();
                let mut sum = 0.0;
                for c in 0..ds.countries.len() as u32 {
                    for y in 0..ds.years.len() as u16 {
                        sum += ds.overall(c, y).unwrap_or(0.0);
                    }
                }
                black_box(sum)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, load_and_score);
criterion_main!(benches);
