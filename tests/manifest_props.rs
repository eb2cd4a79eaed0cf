//! Properties of the manifest loader: no input makes it panic, every
//! diagnostic points inside the text, and exported topics load back as
//! themselves.

use std::collections::BTreeMap;

use mskctl::manifest::{export_yaml, load_str, Diagnostic, TOPIC_CONFIG_KEYS};
use mskctl::plan::ObservedTopic;
use proptest::prelude::*;

const VALID: &str = "\
# yaml-language-server: $schema=mskctl.schema.json
apiVersion: mskctl/v1
kind: Topic
metadata:
  name: orders.created
  labels: {team: payments}
spec:
  partitions: 12
  replicationFactor: 3
  retention: 7d
  configs:
    cleanup.policy: [compact, delete]
    min.insync.replicas: 2
---
apiVersion: mskctl/v1
kind: TopicSet
metadata:
  name: payments
spec:
  defaults: &d
    partitions: 6
    replicationFactor: 3
    retentionBytes: 50GiB
    configs: {compression.type: zstd, max.message.bytes: 1048576}
  topics:
    - payments.authorized
    - name: payments.settled
      partitions: 12
      configs:
        retention.ms: 86400000
";

const TOKENS: &[&str] = &[
    "apiVersion",
    "mskctl/v1",
    "kind",
    "Topic",
    "TopicSet",
    "Acl",
    "metadata",
    "name",
    "spec",
    "partitions",
    "replicationFactor",
    "configs",
    "retention",
    "retentionBytes",
    "defaults",
    "topics",
    "labels",
    "retention.ms",
    "cleanup.policy",
    "min.insync.replicas",
    ":",
    ": ",
    " ",
    "  ",
    "\n",
    "\r\n",
    "\t",
    "- ",
    "-",
    "[",
    "]",
    "{",
    "}",
    ",",
    "?",
    "? ",
    "&a ",
    "*a",
    "&b ",
    "*b",
    "<<: ",
    "'",
    "\"",
    "\\",
    "#",
    "# c\n",
    "---\n",
    "...\n",
    "|\n",
    ">-\n",
    "!!str ",
    "!!int ",
    "!x ",
    "%YAML 1.2\n",
    "%TAG ! tag:x,2000:\n",
    "@",
    "`",
    "12",
    "-1",
    "0",
    "0x1F",
    "0o7",
    "1e9",
    ".inf",
    ".nan",
    "99999999999999999999999",
    "~",
    "null",
    "true",
    "False",
    "7d",
    "50GiB",
    "infinite",
    "é",
    "\u{feff}",
    "\u{2028}",
    "\u{0}",
];

fn check_positions(text: &str, diags: &[Diagnostic]) {
    // Upper bound on the lines the parser may count: '\r' alone is a line
    // break in YAML too.
    let lines = text.matches('\n').count() + text.matches('\r').count() + 1;
    for d in diags {
        assert_eq!(d.file, "p.yaml");
        assert!(
            d.line >= 1 && d.line <= lines + 1,
            "line out of range: {d} ({lines} lines)"
        );
        assert!(d.column >= 1, "column out of range: {d}");
        assert!(!d.message.is_empty());
    }
}

fn load_never_panics(text: &str) {
    if let Err(diags) = load_str(text, "p.yaml") {
        assert!(
            !diags.is_empty(),
            "an error comes with at least one diagnostic"
        );
        check_positions(text, &diags);
    }
}

/// Replaces, removes or inserts text at char boundaries of `base`.
fn mutate(base: &str, edits: &[(usize, usize, &'static str)]) -> String {
    let mut s = base.to_string();
    for (at, len, insert) in edits {
        let bounds: Vec<usize> = s
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(s.len()))
            .collect();
        let start = bounds[at % bounds.len()];
        let end_idx = bounds
            .iter()
            .position(|b| *b == start)
            .map(|i| (i + len % 8).min(bounds.len() - 1))
            .unwrap_or(0);
        let end = bounds[end_idx].max(start);
        s.replace_range(start..end, insert);
    }
    s
}

fn config_value(key: &'static str, rf: i16) -> BoxedStrategy<String> {
    let long = |min: i64| (min..=i64::MAX).prop_map(|n| n.to_string()).boxed();
    let int = |min: i32| (min..=i32::MAX).prop_map(|n| n.to_string()).boxed();
    let boolean = || prop_oneof![Just("true".to_string()), Just("false".to_string())].boxed();
    match key {
        "cleanup.policy" => prop::sample::select(vec![
            "delete",
            "compact",
            "compact,delete",
            "delete,compact",
        ])
        .prop_map(str::to_string)
        .boxed(),
        "compression.type" => prop::sample::select(vec![
            "uncompressed",
            "zstd",
            "lz4",
            "snappy",
            "gzip",
            "producer",
        ])
        .prop_map(str::to_string)
        .boxed(),
        "message.timestamp.type" => prop::sample::select(vec!["CreateTime", "LogAppendTime"])
            .prop_map(str::to_string)
            .boxed(),
        "min.cleanable.dirty.ratio" => {
            prop::sample::select(vec!["0", "0.5", "0.01", "1", "1.0", ".25"])
                .prop_map(str::to_string)
                .boxed()
        }
        "min.insync.replicas" => (1..=i32::from(rf)).prop_map(|n| n.to_string()).boxed(),
        "follower.replication.throttled.replicas" | "leader.replication.throttled.replicas" => {
            prop::sample::select(vec!["*", "", "0:1", "0:101,1:102,2:103"])
                .prop_map(str::to_string)
                .boxed()
        }
        "message.format.version" => any::<String>().boxed(),
        "message.downconversion.enable"
        | "preallocate"
        | "remote.log.copy.disable"
        | "remote.log.delete.on.disable"
        | "remote.storage.enable"
        | "unclean.leader.election.enable" => boolean(),
        "index.interval.bytes" | "max.message.bytes" => int(0),
        "segment.bytes" => int(14),
        "segment.index.bytes" => int(4),
        "retention.ms" | "retention.bytes" => long(-1),
        "local.retention.ms" | "local.retention.bytes" => long(-2),
        "flush.messages" | "max.compaction.lag.ms" | "segment.ms" => long(1),
        _ => long(0),
    }
}

fn observed_topic() -> impl Strategy<Value = ObservedTopic> {
    let name = "[a-zA-Z0-9._-]{1,60}".prop_filter("a valid topic name", |n| {
        n != "." && n != ".." && !n.starts_with("__")
    });
    (name, 1..=10_000i32, 1..=7i16)
        .prop_flat_map(|(name, partitions, rf)| {
            let keys =
                prop::sample::subsequence(TOPIC_CONFIG_KEYS.to_vec(), 0..=TOPIC_CONFIG_KEYS.len());
            (Just(name), Just(partitions), Just(rf), keys)
        })
        .prop_flat_map(|(name, partitions, rf, keys)| {
            let values: Vec<BoxedStrategy<(String, String)>> = keys
                .into_iter()
                .map(|k| {
                    config_value(k, rf)
                        .prop_map(move |v| (k.to_string(), v))
                        .boxed()
                })
                .collect();
            (Just(name), Just(partitions), Just(rf), values)
        })
        .prop_map(
            |(name, partitions, replication_factor, configs)| ObservedTopic {
                name,
                partitions,
                replication_factor,
                configs: configs.into_iter().collect(),
                sensitive: Vec::new(),
                internal: false,
                inherited: BTreeMap::new(),
            },
        )
}

/// Topics whose names Kafka would accept together (no duplicates, no
/// '.'/'_' collisions).
fn observed_topics() -> impl Strategy<Value = Vec<ObservedTopic>> {
    prop::collection::vec(observed_topic(), 0..6).prop_map(|topics| {
        let mut by_metric: BTreeMap<String, ObservedTopic> = BTreeMap::new();
        for t in topics {
            by_metric.entry(t.name.replace('.', "_")).or_insert(t);
        }
        by_metric.into_values().collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        load_never_panics(&text);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        load_never_panics(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn token_soup_never_panics(tokens in prop::collection::vec(prop::sample::select(TOKENS), 0..80)) {
        load_never_panics(&tokens.concat());
    }

    #[test]
    fn mutated_manifests_never_panic(
        edits in prop::collection::vec((any::<usize>(), any::<usize>(), prop::sample::select(TOKENS)), 1..6)
    ) {
        load_never_panics(&mutate(VALID, &edits));
    }

    #[test]
    fn exported_topics_load_back_as_themselves(topics in observed_topics()) {
        let text = export_yaml(&topics);
        let set = match load_str(&text, "export.yaml") {
            Ok(set) => set,
            Err(diags) => {
                let lines: Vec<String> = diags.iter().map(ToString::to_string).collect();
                return Err(TestCaseError::fail(format!("{}\n---\n{text}", lines.join("\n"))));
            }
        };
        let mut expected = topics.clone();
        expected.sort_by(|a, b| a.name.cmp(&b.name));
        prop_assert_eq!(set.topics.len(), expected.len());
        for (got, want) in set.topics.iter().zip(&expected) {
            prop_assert_eq!(&got.name, &want.name);
            prop_assert_eq!(got.partitions, want.partitions);
            prop_assert_eq!(got.replication_factor, want.replication_factor);
            prop_assert_eq!(&got.configs, &want.configs, "\n{}", text);
        }
    }
}

#[test]
fn the_seed_manifest_is_valid() {
    let set = load_str(VALID, "p.yaml").unwrap_or_else(|d| {
        panic!(
            "{}",
            d.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert_eq!(set.topics.len(), 3);
}

#[test]
fn sensitive_configs_are_not_exported() {
    let t = ObservedTopic {
        name: "secret".into(),
        partitions: 1,
        replication_factor: 1,
        configs: BTreeMap::from([("message.format.version".to_string(), "hidden".to_string())]),
        sensitive: vec!["message.format.version".into()],
        internal: false,
        inherited: BTreeMap::new(),
    };
    let text = export_yaml(&[t]);
    assert!(!text.contains("hidden"), "{text}");
    let set = load_str(&text, "e.yaml").unwrap_or_else(|d| panic!("{d:?}\n{text}"));
    assert!(set.topics[0].configs.is_empty());
}
