//! The reassignment planner at MSK scale: 60 brokers over 6 racks, RF 3,
//! at 36k / 72k / 144k partitions to show time growing linearly with
//! replicas. Three goals: add 6 empty brokers to 54, drain 3 of 60, and
//! rebalance a skewed cluster. Before timing, each scenario prints how
//! many moves the plan needs against the lower bound.
//!
//! `--balance bytes` runs the same three goals on heavy-tailed sizes
//! (Pareto topic sizes, a few hot topics) at 72k partitions (216k
//! replicas) and at 1M replicas, printing the bytes band reached and bytes
//! moved against the planner's bytes lower bound.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use mskctl::reassign::{plan, Balance, BrokerSpec, Goal, PartitionSpec, Snapshot};

const RACKS: usize = 6;
const PARTITIONS_PER_TOPIC: usize = 72;

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// `brokers` brokers with racks assigned round-robin; the first `used`
/// hold all replicas. With `skew`, half the partitions start on the first
/// 12 brokers, as after years of adding topics while some brokers were
/// down. Replicas of a partition sit `stride` apart in the rack-interleaved
/// broker list, so they always span three racks.
fn cluster(brokers: usize, used: usize, partitions: usize, skew: bool) -> Snapshot {
    let brokers_spec = (0..brokers)
        .map(|i| BrokerSpec {
            id: i as i32 + 1,
            rack: Some(format!("az{}", i % RACKS)),
            capacity_bytes: None,
        })
        .collect();
    let mut parts = Vec::with_capacity(partitions);
    for i in 0..partitions {
        let topic = i / PARTITIONS_PER_TOPIC;
        let h = splitmix(i as u64);
        let start = if skew && h.is_multiple_of(2) {
            (h >> 8) as usize % 12
        } else {
            (h >> 8) as usize % used
        };
        let stride = 1 + RACKS * ((h >> 40) as usize % 3);
        let replicas = (0..3)
            .map(|j| ((start + j * stride) % used) as i32 + 1)
            .collect();
        // 1 MiB to ~16 GiB, log-uniform.
        let size = 1u64 << (20 + (h >> 56) % 14);
        parts.push(PartitionSpec {
            topic: format!("topic-{topic:05}"),
            partition: (i % PARTITIONS_PER_TOPIC) as i32,
            replicas,
            size_bytes: Some(size + (h & 0xFFFF)),
        });
    }
    Snapshot {
        brokers: brokers_spec,
        partitions: parts,
    }
}

fn scenarios(partitions: usize) -> Vec<(&'static str, Snapshot, Goal)> {
    vec![
        (
            "add 6 brokers to 54",
            cluster(60, 54, partitions, false),
            Goal::default(),
        ),
        (
            "drain 3 of 60",
            cluster(60, 60, partitions, false),
            Goal {
                drain_brokers: [1, 2, 3].into(),
                ..Goal::default()
            },
        ),
        (
            "rebalance skewed",
            cluster(60, 60, partitions, true),
            Goal::default(),
        ),
    ]
}

fn report(name: &str, partitions: usize, snapshot: &Snapshot, goal: &Goal) {
    let r = match plan(snapshot, goal) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{name} @ {partitions}: plan failed: {e}");
            return;
        }
    };
    let eligible = |b: &&mskctl::reassign::BrokerLoad| !goal.drain_brokers.contains(&b.id);
    let spread = |f: fn(&mskctl::reassign::BrokerLoad) -> usize| {
        let v: Vec<usize> = r.after.iter().filter(eligible).map(f).collect();
        v.iter().max().unwrap_or(&0) - v.iter().min().unwrap_or(&0)
    };
    eprintln!(
        "{name} @ {partitions} partitions: moves {} / lower bound {} = {:.4}, \
         {:.1} GiB to move, {} leader changes, replica spread {}, leader spread {}",
        r.moves,
        r.lower_bound,
        r.moves as f64 / r.lower_bound.max(1) as f64,
        r.bytes_to_move as f64 / (1u64 << 30) as f64,
        r.leader_changes,
        spread(|b| b.replicas),
        spread(|b| b.leaders),
    );
}

/// Pareto (alpha 1.1) topic sizes from 64 MiB up, each partition within
/// +-50% of its topic's size: a few hot topics hold most bytes.
fn heavy_tailed(mut s: Snapshot) -> Snapshot {
    for p in &mut s.partitions {
        let t = splitmix(p.topic.len() as u64 ^ fxhash(&p.topic));
        let u = ((t >> 11) as f64 / (1u64 << 53) as f64).min(1.0 - 1e-9);
        let topic = 64.0 * (1u64 << 20) as f64 / (1.0 - u).powf(1.0 / 1.1);
        let h = splitmix(t ^ p.partition as u64);
        let jitter = 0.5 + (h >> 11) as f64 / (1u64 << 53) as f64;
        p.size_bytes = Some((topic * jitter) as u64);
    }
    s
}

fn fxhash(s: &str) -> u64 {
    s.bytes().fold(0u64, |h, b| {
        (h.rotate_left(5) ^ b as u64).wrapping_mul(0x517c_c1b7_2722_0a95)
    })
}

fn report_bytes(name: &str, partitions: usize, snapshot: &Snapshot, goal: &Goal) {
    let started = std::time::Instant::now();
    let r = match plan(snapshot, goal) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{name} @ {partitions}: plan failed: {e}");
            return;
        }
    };
    let took = started.elapsed();
    eprintln!(
        "bytes: {name} @ {partitions} partitions: band +-{:.1}% (was +-{:.1}%), replicas +-{:.1}%, \
         {:.1} GiB moved / bound {:.1} GiB = {:.3}, {} moves, one plan {:.2}s",
        r.bytes_band.after_percent,
        r.bytes_band.before_percent,
        r.bytes_band.replicas_after_percent,
        r.bytes_to_move as f64 / (1u64 << 30) as f64,
        r.bytes_lower_bound as f64 / (1u64 << 30) as f64,
        r.bytes_to_move as f64 / r.bytes_lower_bound.max(1) as f64,
        r.moves,
        took.as_secs_f64(),
    );
}

fn bench_bytes(c: &mut Criterion) {
    let mut group = c.benchmark_group("reassign-bytes");
    group.sample_size(10);
    for partitions in [72_000usize, 333_334] {
        for (name, snapshot, goal) in scenarios(partitions) {
            let snapshot = heavy_tailed(snapshot);
            let goal = Goal {
                balance: Balance::Bytes,
                ..goal
            };
            report_bytes(name, partitions, &snapshot, &goal);
            group.bench_function(format!("{name} @ {partitions}"), |b| {
                b.iter(|| plan(black_box(&snapshot), black_box(&goal)))
            });
        }
    }
    group.finish();
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("reassign");
    group.sample_size(10);
    for partitions in [36_000usize, 72_000, 144_000] {
        for (name, snapshot, goal) in scenarios(partitions) {
            report(name, partitions, &snapshot, &goal);
            group.bench_function(format!("{name} @ {partitions}"), |b| {
                b.iter(|| plan(black_box(&snapshot), black_box(&goal)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench, bench_bytes);
criterion_main!(benches);
