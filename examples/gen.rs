//! Deterministic generator of large indicator files in cyberindex's schema,
//! for benchmarks: `cargo run --release --example gen -- 1000000 big.csv`.

use std::io::BufWriter;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(rows), Some(path)) = (args.get(1).and_then(|n| n.parse::<u64>().ok()), args.get(2))
    else {
        eprintln!("usage: gen ROWS OUT.csv");
        std::process::exit(2);
    };
    let file = std::fs::File::create(path).unwrap_or_else(|e| {
        eprintln!("cannot create {path}: {e}");
        std::process::exit(1);
    });
    let mut out = BufWriter::with_capacity(1 << 20, file);
    match cyberindex::synthetic::write_csv(rows, &mut out) {
        Ok(written) => eprintln!("wrote {written} rows to {path}"),
        Err(e) => {
            eprintln!("cannot write {path}: {e}");
            std::process::exit(1);
        }
    }
}
