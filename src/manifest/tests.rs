use super::*;

fn errors(text: &str) -> Vec<String> {
    match load_str(text, "t.yaml") {
        Ok(set) => panic!("expected errors, got {set:?}"),
        Err(diags) => diags.iter().map(ToString::to_string).collect(),
    }
}

fn topics(text: &str) -> Vec<DesiredTopic> {
    match load_str(text, "t.yaml") {
        Ok(set) => set.topics,
        Err(diags) => panic!(
            "unexpected errors:\n{}",
            diags
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

const TOPIC: &str = "\
apiVersion: mskctl/v1
kind: Topic
metadata:
  name: orders.created
  labels: {team: payments}
spec:
  partitions: 12
  replicationFactor: 3
  configs:
    retention.ms: 604800000
    cleanup.policy: delete
    min.cleanable.dirty.ratio: 0.5
    preallocate: false
";

#[test]
fn canonical_topic() {
    let t = topics(TOPIC);
    assert_eq!(t.len(), 1);
    let t = &t[0];
    assert_eq!(t.name, "orders.created");
    assert_eq!(t.partitions, 12);
    assert_eq!(t.replication_factor, 3);
    assert_eq!(t.configs["retention.ms"], "604800000");
    assert_eq!(t.configs["cleanup.policy"], "delete");
    assert_eq!(t.configs["min.cleanable.dirty.ratio"], "0.5");
    assert_eq!(t.configs["preallocate"], "false");
    assert_eq!(t.labels["team"], "payments");
    assert_eq!(t.source.to_string(), "t.yaml:4:9");
}

#[test]
fn diagnostics_display() {
    let d = Diagnostic {
        file: "a.yaml".into(),
        line: 3,
        column: 9,
        message: "m".into(),
    };
    assert_eq!(d.to_string(), "a.yaml:3:9: m");
    let d = Diagnostic {
        file: "a.yaml".into(),
        line: 0,
        column: 0,
        message: "m".into(),
    };
    assert_eq!(d.to_string(), "a.yaml: m");
}

#[test]
fn sugar_is_converted() {
    let t = topics(
        "apiVersion: mskctl/v1\nkind: Topic\nmetadata: {name: a}\nspec:\n  partitions: 1\n  replicationFactor: 1\n  retention: 7d\n  retentionBytes: 50GiB\n",
    );
    assert_eq!(t[0].configs["retention.ms"], "604800000");
    assert_eq!(t[0].configs["retention.bytes"], "53687091200");
    let t = topics(
        "apiVersion: mskctl/v1\nkind: Topic\nmetadata: {name: a}\nspec:\n  partitions: 1\n  replicationFactor: 1\n  retention: infinite\n  retentionBytes: infinite\n",
    );
    assert_eq!(t[0].configs["retention.ms"], "-1");
    assert_eq!(t[0].configs["retention.bytes"], "-1");
}

#[test]
fn sugar_and_raw_key_conflict_points_at_both() {
    let e = errors(
        "apiVersion: mskctl/v1\nkind: Topic\nmetadata: {name: a}\nspec:\n  partitions: 1\n  replicationFactor: 1\n  retention: 7d\n  configs:\n    retention.ms: 1000\n",
    );
    assert_eq!(
        e,
        ["t.yaml:7:3: 'retention' and configs key 'retention.ms' (at 9:5) both set retention.ms; keep one of them"]
    );
}

#[test]
fn every_error_is_reported() {
    let e = errors(
        "apiVersion: mskctl/v2\nkind: Topic\nmetadata:\n  name: bad name\nspec:\n  partitions: 0\n  replicationFactr: 3\n  configs:\n    retention.mss: 1\n    cleanup.policy: compacted\n",
    );
    assert_eq!(
        e,
        [
            "t.yaml:1:13: unsupported apiVersion 'mskctl/v2' (expected 'mskctl/v1')",
            "t.yaml:4:9: topic name 'bad name' contains ' '; Kafka allows only letters, digits, '.', '_' and '-'",
            "t.yaml:5:1: missing field 'replicationFactor' in spec",
            "t.yaml:6:15: partitions must be between 1 and 1000000, got 0",
            "t.yaml:7:3: unknown field 'replicationFactr' in spec (did you mean 'replicationFactor'?)",
            "t.yaml:9:5: unknown topic config 'retention.mss' (did you mean 'retention.ms'?)",
            "t.yaml:10:21: config 'cleanup.policy' must be delete, compact or compact,delete, got 'compacted'",
        ]
    );
}

#[test]
fn document_level_errors() {
    assert_eq!(
        errors("kind: Topik\n"),
        [
            "t.yaml:1:1: missing field 'apiVersion' (expected 'mskctl/v1')",
            "t.yaml:1:7: unknown kind 'Topik' (did you mean 'Topic'?); known kinds: Topic, TopicSet, Acl, Cluster, Ownership, Quota",
        ]
    );
    assert_eq!(
        errors("apiVersion: mskctl/v1\nkind: Cluster\n"),
        [
            "t.yaml:1:1: missing field 'metadata'",
            "t.yaml:1:1: missing field 'spec'"
        ]
    );
    assert_eq!(
        errors("- a\n- b\n"),
        ["t.yaml:1:1: a manifest must be a mapping with apiVersion, kind, metadata and spec, not a list"]
    );
    assert_eq!(
        errors("apiVersion: mskctl/v1\nkind: Topic\nspec: {partitions: 1, replicationFactor: 1}\n"),
        ["t.yaml:1:1: missing field 'metadata'"]
    );
    assert_eq!(
        errors("apiVersion: mskctl/v1\nkind: Topic\nmetadata: {labels: {}}\nspec: {partitions: 1, replicationFactor: 1}\n"),
        ["t.yaml:3:1: missing field 'name' in metadata"]
    );
}

#[test]
fn types_are_checked() {
    let e = errors(
        "apiVersion: mskctl/v1\nkind: Topic\nmetadata: {name: a}\nspec:\n  partitions: \"12\"\n  replicationFactor: 1.5\n  configs:\n    retention.ms: 7d\n    preallocate: yes\n    min.insync.replicas: 2\n    segment.bytes: {a: 1}\n    compression.type:\n",
    );
    assert_eq!(
        e,
        [
            "t.yaml:5:15: partitions must be an integer, not a string (remove the quotes around \"12\")",
            "t.yaml:6:22: replicationFactor must be an integer, not a floating-point number",
            "t.yaml:8:19: config 'retention.ms' must be an integer, got '7d' (for units, write 'retention: 7d' in spec instead)",
            "t.yaml:9:18: config 'preallocate' must be true or false, got 'yes'",
            "t.yaml:11:20: config 'segment.bytes' must be a string, number or boolean, not a mapping",
            "t.yaml:12:5: config 'compression.type' has no value (write \"\" for an empty value, or remove the key)",
        ]
    );
}

#[test]
fn min_insync_must_not_exceed_replication_factor() {
    let e = errors(
        "apiVersion: mskctl/v1\nkind: Topic\nmetadata: {name: a}\nspec:\n  partitions: 1\n  replicationFactor: 2\n  configs: {min.insync.replicas: 3}\n",
    );
    assert_eq!(
        e,
        ["t.yaml:7:34: min.insync.replicas (3) is greater than the replication factor (2) of topic 'a': acks=all writes would always fail"]
    );
}

#[test]
fn replication_factor_fits_i16() {
    let e = errors(
        "apiVersion: mskctl/v1\nkind: Topic\nmetadata: {name: a}\nspec:\n  partitions: 99999999999999999999999\n  replicationFactor: 40000\n",
    );
    assert_eq!(
        e,
        [
            "t.yaml:5:15: partitions must be between 1 and 1000000, got 99999999999999999999999",
            "t.yaml:6:22: replicationFactor must be between 1 and 32767, got 40000",
        ]
    );
}

const SET: &str = "\
apiVersion: mskctl/v1
kind: TopicSet
metadata:
  name: payments
  labels: {team: payments}
spec:
  defaults:
    partitions: 6
    replicationFactor: 3
    retention: 7d
    configs:
      cleanup.policy: delete
      min.insync.replicas: 2
    labels: {tier: gold}
  topics:
    - payments.authorized
    - name: payments.settled
      partitions: 12
      retention: 30d
      configs:
        compression.type: zstd
      labels: {tier: platinum}
    - name: payments.state
      configs:
        cleanup.policy: compact
";

#[test]
fn topic_set_merges_defaults() {
    let t = topics(SET);
    let names: Vec<&str> = t.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names,
        ["payments.authorized", "payments.settled", "payments.state"]
    );
    let a = &t[0];
    assert_eq!((a.partitions, a.replication_factor), (6, 3));
    assert_eq!(a.configs.len(), 3);
    assert_eq!(a.configs["retention.ms"], "604800000");
    assert_eq!(a.labels["team"], "payments");
    assert_eq!(a.labels["tier"], "gold");
    assert_eq!(a.source.to_string(), "t.yaml:16:7");
    let s = &t[1];
    assert_eq!(s.partitions, 12);
    assert_eq!(s.configs["retention.ms"], "2592000000");
    assert_eq!(s.configs["compression.type"], "zstd");
    assert_eq!(s.configs["cleanup.policy"], "delete");
    assert_eq!(s.labels["tier"], "platinum");
    let st = &t[2];
    assert_eq!(st.configs["cleanup.policy"], "compact");
    assert_eq!(st.configs["min.insync.replicas"], "2");
}

#[test]
fn topic_set_errors() {
    let e = errors(
        "apiVersion: mskctl/v1\nkind: TopicSet\nmetadata: {name: s}\nspec:\n  defaults: {partitions: 3}\n  topics:\n    - a\n    - name: b\n      partitons: 2\n    - {replicationFactor: 1}\n    - [x]\n",
    );
    assert_eq!(
        e,
        [
            "t.yaml:7:7: topic 'a' has no replicationFactor: set 'replicationFactor' on it or in spec.defaults",
            "t.yaml:8:13: topic 'b' has no replicationFactor: set 'replicationFactor' on it or in spec.defaults",
            "t.yaml:9:7: unknown field 'partitons' in spec.topics[1] (did you mean 'partitions'?)",
            "t.yaml:10:7: missing field 'name' in spec.topics[2]",
            "t.yaml:11:7: spec.topics[3] must be a mapping, not a list",
        ]
    );
    assert_eq!(
        errors("apiVersion: mskctl/v1\nkind: TopicSet\nmetadata: {name: s}\nspec:\n  topics: []\n"),
        ["t.yaml:5:11: spec.topics is empty"]
    );
}

#[test]
fn duplicates_and_collisions() {
    let e = errors(&format!(
        "{TOPIC}---\n{TOPIC}---\napiVersion: mskctl/v1\nkind: TopicSet\nmetadata: {{name: s}}\nspec:\n  defaults: {{partitions: 1, replicationFactor: 1}}\n  topics: [orders_created]\n"
    ));
    assert_eq!(
        e,
        [
            "t.yaml:18:9: topic 'orders.created' is defined twice: t.yaml:4:9 and t.yaml:18:9",
            "t.yaml:34:12: topic 'orders_created' collides with topic 'orders.created' (t.yaml:4:9): Kafka refuses names that differ only by '.' and '_'",
        ]
    );
}

#[test]
fn yaml_errors_and_empty_documents() {
    assert!(topics("").is_empty());
    assert!(topics("---\n# nothing\n---\n").is_empty());
    let e = errors(&format!("{TOPIC}---\nspec: [a\nb: c\n"));
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].starts_with("t.yaml:17:1: YAML syntax error"), "{e:?}");
    let e = errors("a: 1\na: 2\n");
    assert!(e.iter().any(|m| m.contains("duplicate key 'a'")), "{e:?}");
}

#[test]
fn numbers_keep_their_written_form() {
    let t = topics(
        "apiVersion: mskctl/v1\nkind: Topic\nmetadata: {name: '123'}\nspec:\n  partitions: 0x10\n  replicationFactor: +1\n  configs:\n    retention.bytes: 1073741824000\n    min.cleanable.dirty.ratio: 0.10\n    cleanup.policy: [compact, delete]\n    unclean.leader.election.enable: True\n",
    );
    let t = &t[0];
    assert_eq!(t.name, "123");
    assert_eq!(t.partitions, 16);
    assert_eq!(t.configs["retention.bytes"], "1073741824000");
    assert_eq!(t.configs["min.cleanable.dirty.ratio"], "0.10");
    assert_eq!(t.configs["cleanup.policy"], "compact,delete");
    assert_eq!(t.configs["unclean.leader.election.enable"], "true");
}

#[test]
fn anchors_share_settings() {
    let t = topics(
        "apiVersion: mskctl/v1\nkind: Topic\nmetadata: {name: a}\nspec:\n  partitions: 1\n  replicationFactor: 1\n  configs: &c\n    retention.ms: 1000\n---\napiVersion: mskctl/v1\nkind: Topic\nmetadata: {name: b}\nspec:\n  partitions: 1\n  replicationFactor: 1\n  configs:\n    <<: {retention.ms: 5, segment.ms: 10}\n    retention.ms: 2000\n",
    );
    assert_eq!(t[1].configs["retention.ms"], "2000");
    assert_eq!(t[1].configs["segment.ms"], "10");
}

#[test]
fn invalid_utf8_names_the_file() {
    let mut loader = Loader::default();
    loader.add_bytes(b"apiVersion: mskctl/v1\nkind: \xff\n", "bad.yaml");
    let e = loader.finish().unwrap_err();
    assert_eq!(
        e[0].to_string(),
        "bad.yaml:2:7: not valid UTF-8 (manifests must be UTF-8 text)"
    );
}

#[test]
fn export_round_trips() {
    use crate::plan::ObservedTopic;
    use std::collections::BTreeMap;
    let observed = vec![
        ObservedTopic {
            name: "orders".into(),
            partitions: 3,
            replication_factor: 1,
            configs: BTreeMap::from([
                ("retention.ms".to_string(), "604800000".to_string()),
                ("cleanup.policy".to_string(), "compact,delete".to_string()),
                ("min.cleanable.dirty.ratio".to_string(), "0.5".to_string()),
                (
                    "leader.replication.throttled.replicas".to_string(),
                    "0:1,1:2".to_string(),
                ),
            ]),
            sensitive: vec![],
            internal: false,
            inherited: BTreeMap::new(),
        },
        ObservedTopic {
            name: "1e5".into(),
            partitions: 1,
            replication_factor: 1,
            configs: BTreeMap::new(),
            sensitive: vec![],
            internal: false,
            inherited: BTreeMap::new(),
        },
    ];
    let text = export_yaml(&observed);
    assert!(text.contains("retention.ms: 604800000  # 1w"), "{text}");
    let loaded = topics(&text);
    let by_name: BTreeMap<&str, &DesiredTopic> =
        loaded.iter().map(|t| (t.name.as_str(), t)).collect();
    for o in &observed {
        let d = by_name[o.name.as_str()];
        assert_eq!(
            (d.partitions, d.replication_factor),
            (o.partitions, o.replication_factor)
        );
        assert_eq!(d.configs, o.configs);
    }
}

#[test]
fn exported_acls_load_back_as_the_same_bindings() {
    use crate::kafka::acls::{AclBinding, AclOperation, AclPermission, PatternType, ResourceType};
    let b = |rt, name: &str, pt, principal: &str, host: &str, op, perm| AclBinding {
        resource_type: rt,
        resource_name: name.into(),
        pattern_type: pt,
        principal: principal.into(),
        host: host.into(),
        operation: op,
        permission: perm,
    };
    let mut live = vec![
        b(
            ResourceType::Topic,
            "orders",
            PatternType::Literal,
            "User:a",
            "*",
            AclOperation::Read,
            AclPermission::Allow,
        ),
        b(
            ResourceType::Topic,
            "orders",
            PatternType::Literal,
            "User:a",
            "*",
            AclOperation::Describe,
            AclPermission::Allow,
        ),
        b(
            ResourceType::Group,
            "app-",
            PatternType::Prefixed,
            "User:a",
            "10.0.0.1",
            AclOperation::Read,
            AclPermission::Deny,
        ),
        b(
            ResourceType::Cluster,
            "kafka-cluster",
            PatternType::Literal,
            "User:b",
            "*",
            AclOperation::IdempotentWrite,
            AclPermission::Allow,
        ),
        b(
            ResourceType::TransactionalId,
            "tx: 1",
            PatternType::Literal,
            "User:weird name",
            "*",
            AclOperation::Write,
            AclPermission::Allow,
        ),
    ];
    live.sort();
    let text = super::export_acls_yaml("acls", &live);
    let set = load_str(&text, "acls.yaml").unwrap_or_else(|d| panic!("{d:?}\n{text}"));
    assert_eq!(set.acl_documents, 1);
    let got: Vec<AclBinding> = set.acls.into_iter().map(|a| a.binding).collect();
    assert_eq!(got, live, "{text}");

    let empty = super::export_acls_yaml("acls", &[]);
    let set = load_str(&empty, "e.yaml").unwrap_or_else(|d| panic!("{d:?}\n{empty}"));
    assert_eq!((set.acl_documents, set.acls.len()), (1, 0));
}

// ------------------------------------------------------------ Cluster

const CLUSTER: &str = "\
apiVersion: mskctl/v1
kind: Cluster
metadata:
  name: orders-prod
spec:
  kafkaVersion: 3.6.0
  brokers: 6
  instanceType: kafka.m7g.large
  storage: 1TiB
  subnets: [subnet-a, subnet-b, subnet-c]
  securityGroups: [sg-1]
  clientAuth:
    iam: true
    tls: [arn:aws:acm-pca:eu-west-1:1:certificate-authority/x]
  encryption:
    inTransit: tls
    inCluster: true
    atRestKmsKey: arn:aws:kms:eu-west-1:1:key/k
  configuration:
    arn: arn:aws:kafka:eu-west-1:1:configuration/base/x
    revision: 3
  monitoring:
    enhanced: per-broker
    jmxExporter: true
  tags:
    team: payments
";

fn with(replace: &str, by: &str) -> String {
    assert!(CLUSTER.contains(replace), "{replace}");
    CLUSTER.replace(replace, by)
}

fn clusters(text: &str) -> Vec<crate::msk::plan::DesiredCluster> {
    match load_str(text, "t.yaml") {
        Ok(set) => set.clusters,
        Err(diags) => panic!(
            "unexpected errors:\n{}",
            diags
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

#[test]
fn canonical_cluster() {
    use crate::msk::model::ClientBrokerEncryption;
    let c = clusters(CLUSTER);
    assert_eq!(c.len(), 1);
    let (s, src) = (&c[0].spec, &c[0].source);
    assert_eq!(s.name, "orders-prod");
    assert_eq!(s.kafka_version, "3.6.0");
    assert_eq!(s.broker_count, 6);
    assert_eq!(s.instance_type, "kafka.m7g.large");
    assert_eq!(s.storage_gib, 1024);
    assert_eq!(s.client_subnets.len(), 3);
    assert_eq!(s.security_groups, ["sg-1"]);
    assert!(s.client_auth.iam && !s.client_auth.scram && !s.client_auth.unauthenticated);
    assert_eq!(s.client_auth.tls_certificate_authority_arns.len(), 1);
    let e = s.encryption.clone().unwrap_or_default();
    assert_eq!(e.client_broker, ClientBrokerEncryption::Tls);
    assert_eq!(
        e.at_rest_kms_key.as_deref(),
        Some("arn:aws:kms:eu-west-1:1:key/k")
    );
    assert_eq!(s.configuration.as_ref().map(|c| c.revision), Some(3));
    let m = s.monitoring.clone().unwrap_or_default();
    assert_eq!(m.enhanced, "PER_BROKER");
    assert!(m.jmx_exporter && !m.node_exporter);
    assert_eq!(s.tags["team"], "payments");
    assert_eq!(src.to_string(), "t.yaml:4:9");
}

#[test]
fn cluster_with_topics_in_one_file() {
    let text = format!("{CLUSTER}---\n{TOPIC}");
    let set = load_str(&text, "t.yaml").unwrap_or_else(|d| panic!("{d:?}"));
    assert_eq!(set.clusters.len(), 1);
    assert_eq!(set.topics.len(), 1);
}

#[test]
fn cluster_minimal_and_defaults() {
    let text = "apiVersion: mskctl/v1\nkind: Cluster\nmetadata: {name: c1}\nspec:\n  kafkaVersion: '3.7.x.kraft'\n  brokers: 3\n  instanceType: express.m7g.large\n  subnets: [a, b, c]\n  clientAuth: {unauthenticated: true}\n";
    let c = clusters(text);
    let s = &c[0].spec;
    assert_eq!(s.storage_gib, 0);
    assert!(s.security_groups.is_empty());
    assert_eq!(s.encryption, None);
    assert_eq!(s.monitoring, None);
    assert_eq!(s.configuration, None);
    // Plain integers are GiB.
    let c = clusters(&with("storage: 1TiB", "storage: 500"));
    assert_eq!(c[0].spec.storage_gib, 500);
    // An unquoted short version is still the version written.
    let c = clusters(&with("kafkaVersion: 3.6.0", "kafkaVersion: 3.9"));
    assert_eq!(c[0].spec.kafka_version, "3.9");
}

#[test]
fn cluster_shape_errors() {
    assert_eq!(
        errors(&with("brokers: 6", "brokers: 4")),
        ["t.yaml:7:12: brokers must be a multiple of the number of subnets (3): MSK puts the same number of brokers in each zone; try 3 or 6"]
    );
    assert_eq!(
        errors(&with("[subnet-a, subnet-b, subnet-c]", "[subnet-a]")),
        ["t.yaml:10:12: MSK needs 2 or 3 subnets, each in its own Availability Zone; got 1"]
    );
    let express = "apiVersion: mskctl/v1\nkind: Cluster\nmetadata: {name: c1}\nspec:\n  kafkaVersion: '3.7.x.kraft'\n  brokers: 2\n  instanceType: express.m7g.large\n  subnets: [a, b]\n  clientAuth: {unauthenticated: true}\n";
    assert_eq!(
        errors(express),
        ["t.yaml:8:12: MSK runs Express brokers only over 3 Availability Zones: give 3 subnets, each in its own zone; got 2"]
    );
    assert_eq!(
        errors(&with(
            "[subnet-a, subnet-b, subnet-c]",
            "[subnet-a, subnet-a, subnet-c]"
        )),
        ["t.yaml:10:23: 'subnet-a' is listed twice in subnets"]
    );
    assert_eq!(
        errors(&with("brokers: 6", "brokers: 0")),
        ["t.yaml:7:12: brokers must be between 1 and 10000, got 0"]
    );
}

#[test]
fn cluster_storage_errors() {
    assert_eq!(
        errors(&with("storage: 1TiB", "storage: 20TiB")),
        ["t.yaml:9:12: storage per broker must be between 1 GiB and 16384 GiB (16TiB), got 20480 GiB"]
    );
    assert_eq!(
        errors(&with("storage: 1TiB", "storage: 1TB")),
        ["t.yaml:9:12: storage '1TB' is not a whole number of GiB (MSK sizes volumes in GiB; 1TB is not 1TiB)"]
    );
    assert_eq!(
        errors(&with("storage: 1TiB", "storage: 0")),
        ["t.yaml:9:12: storage per broker must be between 1 GiB and 16384 GiB (16TiB), got 0 GiB"]
    );
    assert!(errors(&with("storage: 1TiB", "storage: lots"))[0]
        .starts_with("t.yaml:9:12: storage: invalid size 'lots'"));
    assert_eq!(
        errors(&with("  storage: 1TiB\n", "")),
        ["t.yaml:5:1: missing field 'storage' in spec (EBS storage per broker, such as 1000GiB)"]
    );
    assert_eq!(
        errors(&with("kafka.m7g.large", "express.m7g.large")),
        ["t.yaml:9:12: Express brokers manage their storage themselves: remove 'storage'"]
    );
}

#[test]
fn cluster_value_errors() {
    assert_eq!(
        errors(&with("kafka.m7g.large", "m7g.large")),
        ["t.yaml:8:17: instance type 'm7g.large' is not an MSK broker type (did you mean 'kafka.m7g.large'?); expected kafka.<family>.<size> (kafka.m7g.large) or express.<family>.<size> (express.m7g.large)"]
    );
    assert_eq!(
        errors(&with("inTransit: tls", "inTransit: TLS_PLAINTXT")),
        ["t.yaml:16:16: unknown inTransit 'TLS_PLAINTXT' (did you mean 'TLS_PLAINTEXT'?); expected one of TLS, TLS_PLAINTEXT, PLAINTEXT"]
    );
    assert_eq!(
        errors(&with("enhanced: per-broker", "enhanced: PER_BROKR")),
        ["t.yaml:23:15: unknown monitoring.enhanced 'PER_BROKR' (did you mean 'PER_BROKER'?); expected one of DEFAULT, PER_BROKER, PER_TOPIC_PER_BROKER, PER_TOPIC_PER_PARTITION"]
    );
    assert_eq!(
        errors(&with("jmxExporter: true", "jmxExportr: true")),
        ["t.yaml:24:5: unknown field 'jmxExportr' in spec.monitoring (did you mean 'jmxExporter'?)"]
    );
    assert_eq!(
        errors(&with("iam: true", "iam: yes")),
        ["t.yaml:13:10: clientAuth.iam must be true or false, not a string"]
    );
    assert_eq!(
        errors(&with("name: orders-prod", "name: orders_prod")),
        ["t.yaml:4:9: cluster name 'orders_prod' must start with a letter or digit and contain only letters, digits and '-'"]
    );
    assert_eq!(
        errors(&with("revision: 3", "revision: 0")),
        ["t.yaml:21:15: configuration.revision must be between 1 and 9223372036854775807, got 0"]
    );
    assert_eq!(
        errors(&with("inTransit: tls", "inTransit: plaintext")),
        ["t.yaml:12:3: MSK allows IAM and SASL/SCRAM authentication only with client-broker encryption TLS, not PLAINTEXT"]
    );
    assert_eq!(
        errors(&with("    iam: true\n    tls: [arn:aws:acm-pca:eu-west-1:1:certificate-authority/x]\n", "    iam: false\n")),
        ["t.yaml:12:3: clientAuth enables no authentication: set at least one of iam, scram, tls or unauthenticated"]
    );
}

#[test]
fn duplicate_clusters() {
    let text = format!("{CLUSTER}---\n{CLUSTER}");
    assert_eq!(
        errors(&text),
        ["t.yaml:31:9: cluster 'orders-prod' is declared twice: t.yaml:4:9 and t.yaml:31:9"]
    );
}
