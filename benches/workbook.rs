//! A 100,000-row workbook loaded three ways: by cyberindex, as the same
//! rows in a CSV, and by calamine alone reading the sheet's range (the
//! floor a workbook reader built on calamine stands on).
//! `cargo bench --bench workbook`

use std::hint::black_box;

use calamine::{Reader, open_workbook_auto};
use criterion::{Criterion, criterion_group, criterion_main};
use cyberindex::read::load_paths;

fn workbook(c: &mut Criterion) {
    const ROWS: u64 = 100_000;
    let dir = tempfile::tempdir().unwrap();
    let mut csv = Vec::new();
    cyberindex::synthetic::write_csv(ROWS, &mut csv).unwrap();
    let csv_path = dir.path().join("rows.csv");
    let xlsx_path = dir.path().join("rows.xlsx");
    std::fs::write(&csv_path, &csv).unwrap();
    std::fs::write(
        &xlsx_path,
        cyberindex::synthetic::csv_to_xlsx(&csv, 0).unwrap(),
    )
    .unwrap();
    // Both files load to the same rows, or the comparison means nothing.
    let (a, b) = (
        load_paths(std::slice::from_ref(&csv_path)).unwrap(),
        load_paths(std::slice::from_ref(&xlsx_path)).unwrap(),
    );
    assert_eq!(a.obs.len(), b.obs.len());

    let mut group = c.benchmark_group("workbook_100k_rows");
    group.sample_size(10);
    group.bench_function("cyberindex_xlsx", |bch| {
        bch.iter(|| {
            black_box(
                load_paths(std::slice::from_ref(&xlsx_path))
                    .unwrap()
                    .obs
                    .len(),
            )
        })
    });
    group.bench_function("cyberindex_csv", |bch| {
        bch.iter(|| {
            black_box(
                load_paths(std::slice::from_ref(&csv_path))
                    .unwrap()
                    .obs
                    .len(),
            )
        })
    });
    group.bench_function("calamine_range", |bch| {
        bch.iter(|| {
            let mut book = open_workbook_auto(&xlsx_path).unwrap();
            let range = book.worksheet_range("Indicators").unwrap();
            black_box(range.get_size())
        })
    });
    group.finish();
}

criterion_group!(benches, workbook);
criterion_main!(benches);
