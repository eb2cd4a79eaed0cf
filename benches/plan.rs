//! The pure diff engine at scale: 100,000 declared topics against 100,000
//! live ones, with a realistic share of drift (1% new, 1% more partitions,
//! 2% config changes, 1% unmanaged configs, 1% extra live topics to prune).

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use mskctl::plan::{plan, DesiredTopic, ObservedTopic, PlanOptions};

fn scenario(n: usize) -> (Vec<DesiredTopic>, Vec<ObservedTopic>) {
    let mut desired = Vec::with_capacity(n);
    let mut observed = Vec::with_capacity(n);
    for i in 0..n {
        let name = format!("team-{:03}.topic-{i:06}", i % 300);
        let mut configs = BTreeMap::new();
        configs.insert("retention.ms".to_string(), "604800000".to_string());
        configs.insert("cleanup.policy".to_string(), "delete".to_string());
        let mut live_configs = configs.clone();
        if i % 50 == 1 {
            live_configs.insert("retention.ms".into(), "86400000".into());
        }
        if i % 100 == 2 {
            live_configs.insert("segment.ms".into(), "3600000".into());
        }
        desired.push(DesiredTopic {
            name: name.clone(),
            partitions: 12,
            replication_factor: 3,
            configs,
            labels: BTreeMap::new(),
            source: Default::default(),
        });
        if i % 100 != 0 {
            observed.push(ObservedTopic {
                name,
                partitions: if i % 100 == 3 { 6 } else { 12 },
                replication_factor: 3,
                configs: live_configs,
                sensitive: Vec::new(),
                internal: false,
                inherited: BTreeMap::new(),
            });
        }
        if i % 100 == 4 {
            observed.push(ObservedTopic {
                name: format!("orphan-{i:06}"),
                partitions: 3,
                replication_factor: 3,
                configs: BTreeMap::new(),
                sensitive: Vec::new(),
                internal: false,
                inherited: BTreeMap::new(),
            });
        }
    }
    (desired, observed)
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("plan");
    group.sample_size(20);
    for n in [10_000usize, 100_000] {
        let (desired, observed) = scenario(n);
        let mut owned = mskctl::plan::Ownership::default();
        owned.add_topic_pattern(".*").expect("a valid pattern");
        group.bench_function(format!("{n} topics"), |b| {
            b.iter(|| {
                plan(
                    black_box(&desired),
                    black_box(&observed),
                    PlanOptions {
                        prune: Some(&owned),
                    },
                )
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
