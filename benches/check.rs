//! Native benchmarks (criterion): extraction alone and the full check on 1 MB of
//! English news copy built from the seed articles, the full check on a 50,000-character
//! draft, the full check from 1 KB to 10 MB to show how the cost grows, and one sentence
//! of 10,000 to 40,000 numbers (issue 9: benchmarked here, never timed in a test).
//! `./scripts/bench.sh` runs this and writes docs/BENCHMARKS.md.

// criterion does not build for wasm32 (`cargo clippy --target wasm32-unknown-unknown
// --all-targets` lints this file too): there the benchmark is an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::check);

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use claimcheck::{CheckOptions, Checker, Date, FactTable, Lang};
    use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
    use std::hint::black_box;
    use std::time::Duration;

    const SEEDS: [&str; 4] = [
        include_str!("../tests/fixtures/seeds/000_50070c2073b1c375.txt"),
        include_str!("../tests/fixtures/seeds/001_ebb5d910bc918b15.txt"),
        include_str!("../tests/fixtures/seeds/002_dfa0a0fd2de725a2.txt"),
        include_str!("../tests/fixtures/seeds/004_e36e2714c04eb8a0.txt"),
    ];

    /// The English seeds repeated to `bytes`, cut at a space so no word is split. The
    /// same construction as bench/corpus.mjs, so native, Node and Chromium measure one
    /// text.
    fn corpus(bytes: usize) -> String {
        let mut text = String::with_capacity(bytes + 16_384);
        while text.len() < bytes {
            for s in SEEDS {
                text.push_str(s);
                text.push('\n');
            }
        }
        let mut cut = bytes.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let cut = text[..cut].rfind(char::is_whitespace).unwrap_or(cut);
        text.truncate(cut);
        text
    }

    /// One sentence listing `n` numbers: `The figures were 1, 2, 3, … and n.` The same
    /// construction as `oneSentence` in bench/corpus.mjs.
    fn one_sentence(n: usize) -> String {
        let mut text = String::from("The figures were ");
        for i in 1..n {
            text.push_str(&format!("{}, ", i * 37 % 100_000));
        }
        text.push_str(&format!("and {}.", n * 37 % 100_000));
        text
    }

    fn options() -> CheckOptions {
        let mut o = CheckOptions::new(Date::parse("2025-11-25").unwrap_or_else(|| unreachable!()));
        o.max_bytes = usize::MAX;
        o
    }

    fn benches(c: &mut Criterion) {
        let checker = Checker::new(FactTable::bundled()).unwrap_or_else(|e| panic!("{e}"));
        let opts = options();

        let mb = corpus(1 << 20);
        let mut g = c.benchmark_group("native");
        g.throughput(Throughput::Bytes(mb.len() as u64));
        g.sample_size(20).measurement_time(Duration::from_secs(10));
        g.bench_function("extract_1MB", |b| {
            b.iter(|| checker.extract(black_box(&mb), Lang::En))
        });
        g.bench_function("check_1MB", |b| {
            b.iter(|| checker.check(black_box(&mb), &opts))
        });
        let draft = corpus(50_000);
        g.throughput(Throughput::Bytes(draft.len() as u64));
        g.sample_size(100).measurement_time(Duration::from_secs(5));
        g.bench_function("check_50k", |b| {
            b.iter(|| checker.check(black_box(&draft), &opts))
        });
        g.finish();

        let mut g = c.benchmark_group("scaling");
        for size in [1usize << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20] {
            let text = corpus(size);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.sample_size(10)
                .measurement_time(Duration::from_secs(if size >= 10 << 20 { 20 } else { 4 }));
            g.bench_with_input(BenchmarkId::new("check", size), &text, |b, t| {
                b.iter(|| checker.check(black_box(t), &opts))
            });
        }
        g.finish();

        // Throughput in numbers, so the report can show the cost per number.
        let mut g = c.benchmark_group("one_sentence");
        for n in [10_000usize, 20_000, 40_000] {
            let text = one_sentence(n);
            g.throughput(Throughput::Elements(n as u64));
            g.sample_size(10).measurement_time(Duration::from_secs(5));
            g.bench_with_input(BenchmarkId::new("check", n), &text, |b, t| {
                b.iter(|| checker.check(black_box(t), &opts))
            });
        }
        g.finish();
    }

    criterion_group!(check, benches);
}
