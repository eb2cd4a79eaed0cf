//! The JSON Schema of every manifest kind, for editors (yaml-language-server
//! and friends). Built from the same field and config tables the validator
//! uses; a unit test keeps the two in step. Draft-07, the draft editors
//! support best.

use serde_json::{json, Map, Value};

use super::check::{
    operation_words, resource_type_words, ACL_BINDING_FIELDS, ACL_RESOURCE_FIELDS, ACL_SPEC_FIELDS,
    API_VERSION, CLIENT_AUTH_FIELDS, CLUSTER_SPEC_FIELDS, CONFIGURATION_FIELDS, DOC_FIELDS,
    ENCRYPTION_FIELDS, IN_TRANSIT_WORDS, MAX_BROKERS, MAX_CLUSTER_NAME_LEN, MAX_PARTITIONS,
    MAX_REPLICATION_FACTOR, MAX_TOPIC_NAME_LEN, METADATA_FIELDS, MONITORING_FIELDS,
    OWNERSHIP_SPEC_FIELDS, PATTERN_WORDS, PERMISSION_WORDS, QUOTA_ENTITY_FIELDS,
    QUOTA_ENTRY_FIELDS, QUOTA_SPEC_FIELDS, SET_DEFAULTS_FIELDS, SET_SPEC_FIELDS, SET_TOPIC_FIELDS,
    TOPIC_SPEC_FIELDS,
};
use super::configs::{ValueType, CONFIG_SPECS};
use crate::msk::rules::{ENHANCED_MONITORING_LEVELS, MAX_STORAGE_GIB, MIN_STORAGE_GIB};

const DURATION_PATTERN: &str =
    r"^(([0-9]+([mM][sS]|[sS]|m|[hH]|[dD]|[wW]))+|[0-9]+|-1|[Ii]nfinite|[Uu]nlimited|[Ff]orever)$";
const RATE_PATTERN: &str = r"^[0-9]+(\.[0-9]+)?\s*([KMGTkmgt][Ii]?[Bb]|[Bb])?(/s|/sec)?$";
const SIZE_PATTERN: &str =
    r"^([0-9]+(\.[0-9]+)?\s*([KMGTkmgt][Ii]?[Bb]|[Bb])?|-1|[Ii]nfinite|[Uu]nlimited|[Ff]orever)$";

/// The JSON Schema (draft-07) for every manifest kind, chosen by `kind`.
pub fn json_schema() -> Value {
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "mskctl manifest",
        "description": format!("A mskctl manifest (apiVersion {API_VERSION}): kind Topic declares one Kafka topic, kind TopicSet declares many topics sharing defaults, kind Acl declares ACL bindings, kind Cluster declares an Amazon MSK cluster, kind Ownership declares what plan/apply --prune may delete, kind Quota declares client quotas. Check with `mskctl validate -f FILE`."),
        "type": "object",
        "required": DOC_FIELDS,
        "properties": {
            "apiVersion": api_version(),
            "kind": {
                "description": "What the document declares",
                "enum": ["Topic", "TopicSet", "Acl", "Cluster", "Ownership", "Quota"]
            }
        },
        "oneOf": [
            {"$ref": "#/definitions/Topic"},
            {"$ref": "#/definitions/TopicSet"},
            {"$ref": "#/definitions/Acl"},
            {"$ref": "#/definitions/Cluster"},
            {"$ref": "#/definitions/Ownership"},
            {"$ref": "#/definitions/Quota"}
        ],
        "definitions": {
            "Topic": topic(),
            "TopicSet": topic_set(),
            "Acl": acl(),
            "Cluster": cluster(),
            "Ownership": ownership(),
            "Quota": quota(),
            "topicName": topic_name(),
            "labels": {
                "description": "Free-form key/value labels (kept in plans, not sent to Kafka)",
                "type": "object",
                "additionalProperties": {"type": ["string", "number", "boolean"]}
            },
            "partitions": {
                "description": "Number of partitions. Can be increased later (changes which partition a key maps to), never decreased.",
                "type": "integer",
                "minimum": 1,
                "maximum": MAX_PARTITIONS
            },
            "replicationFactor": {
                "description": "Copies of each partition, at most the number of brokers",
                "type": "integer",
                "minimum": 1,
                "maximum": MAX_REPLICATION_FACTOR
            },
            "retention": {
                "description": "Sugar for configs.retention.ms: a duration such as 7d, 36h, 1d12h, 90m, or infinite. Do not set both.",
                "anyOf": [
                    {"type": "string", "pattern": DURATION_PATTERN},
                    {"type": "integer", "minimum": -1}
                ]
            },
            "retentionBytes": {
                "description": "Sugar for configs.retention.bytes, per partition: a size such as 50GiB, 512MB, or infinite. Do not set both.",
                "anyOf": [
                    {"type": "string", "pattern": SIZE_PATTERN},
                    {"type": "integer", "minimum": -1}
                ]
            },
            "configs": configs()
        }
    })
}

fn api_version() -> Value {
    json!({
        "description": "Manifest format version",
        "const": API_VERSION
    })
}

fn topic_name() -> Value {
    json!({
        "description": "Kafka topic name: letters, digits, '.', '_' and '-', at most 249 characters",
        "type": "string",
        "pattern": format!("^[a-zA-Z0-9._-]{{1,{MAX_TOPIC_NAME_LEN}}}$"),
        "not": {"enum": [".", ".."]}
    })
}

fn object(description: &str, required: &[&str], fields: &[&str], defs: &[(&str, Value)]) -> Value {
    let mut props = Map::new();
    for f in fields {
        let def = defs
            .iter()
            .find(|(name, _)| name == f)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| json!({"$ref": format!("#/definitions/{f}")}));
        props.insert((*f).to_string(), def);
    }
    json!({
        "description": description,
        "type": "object",
        "required": required,
        "additionalProperties": false,
        "properties": props
    })
}

fn topic() -> Value {
    let metadata = object(
        "The topic's name and labels",
        &["name"],
        METADATA_FIELDS,
        &[("name", json!({"$ref": "#/definitions/topicName"}))],
    );
    let spec = object(
        "What the topic should look like. configs (with retention/retentionBytes) is the complete set of explicit topic configs: a config set on the cluster but not listed here is removed by apply.",
        &["partitions", "replicationFactor"],
        TOPIC_SPEC_FIELDS,
        &[],
    );
    let mut o = object(
        "One Kafka topic",
        DOC_FIELDS,
        DOC_FIELDS,
        &[
            ("apiVersion", api_version()),
            ("kind", json!({"const": "Topic"})),
            ("metadata", metadata),
            ("spec", spec),
        ],
    );
    o["title"] = json!("Topic");
    o
}

fn topic_set() -> Value {
    let metadata = object(
        "The set's name (not a topic name) and labels given to every topic of the set",
        &["name"],
        METADATA_FIELDS,
        &[(
            "name",
            json!({"description": "Name of the set, for people", "type": "string", "minLength": 1}),
        )],
    );
    let defaults = object(
        "Settings every topic of the set starts from. A topic's own scalars replace these; its configs are merged over these key by key.",
        &[],
        SET_DEFAULTS_FIELDS,
        &[],
    );
    let entry = object(
        "One topic of the set; anything not given comes from spec.defaults",
        &["name"],
        SET_TOPIC_FIELDS,
        &[("name", json!({"$ref": "#/definitions/topicName"}))],
    );
    let spec = object(
        "Defaults and topics",
        &["topics"],
        SET_SPEC_FIELDS,
        &[
            ("defaults", defaults),
            (
                "topics",
                json!({
                    "description": "The topics: a name alone takes everything from spec.defaults",
                    "type": "array",
                    "minItems": 1,
                    "items": {"anyOf": [{"$ref": "#/definitions/topicName"}, entry]}
                }),
            ),
        ],
    );
    let mut o = object(
        "Many Kafka topics sharing defaults",
        DOC_FIELDS,
        DOC_FIELDS,
        &[
            ("apiVersion", api_version()),
            ("kind", json!({"const": "TopicSet"})),
            ("metadata", metadata),
            ("spec", spec),
        ],
    );
    o["title"] = json!("TopicSet");
    o
}

/// `metadata` of a document whose name is only a label (Acl, Ownership).
fn label_metadata() -> Value {
    object(
        "A label for this document (not a Kafka name)",
        &["name"],
        METADATA_FIELDS,
        &[(
            "name",
            json!({"description": "Name of the document, for people", "type": "string", "minLength": 1}),
        )],
    )
}

fn acl() -> Value {
    let metadata = label_metadata();
    let resource = object(
        "What the binding protects",
        &["type"],
        ACL_RESOURCE_FIELDS,
        &[
            ("type", json!({"enum": resource_type_words()})),
            (
                "name",
                json!({"description": "Resource name (the cluster resource is always kafka-cluster, the default for type cluster)", "type": "string", "minLength": 1}),
            ),
            (
                "patternType",
                json!({"description": "literal (default): this name; prefixed: every name starting with it", "enum": PATTERN_WORDS}),
            ),
        ],
    );
    let binding = object(
        "Who may (or may not) do which operations on one resource; one Kafka ACL binding per operation",
        &["principal", "operations", "resource"],
        ACL_BINDING_FIELDS,
        &[
            ("principal", json!({"description": "Type:name, e.g. User:alice", "type": "string", "pattern": "^[^:]+:.+$"})),
            ("permission", json!({"description": "allow (default) or deny", "enum": PERMISSION_WORDS})),
            ("operations", json!({"anyOf": [
                {"type": "array", "minItems": 1, "items": {"enum": operation_words()}},
                {"enum": operation_words()}
            ]})),
            ("resource", resource),
            ("host", json!({"description": "Client host the binding applies to; * (default) for any", "type": "string", "minLength": 1})),
        ],
    );
    let spec = object(
        "The bindings. With at least one Acl document, plan compares every live ACL binding with these; plan --prune deletes the live ones no document declares.",
        &["bindings"],
        ACL_SPEC_FIELDS,
        &[(
            "bindings",
            json!({"type": ["array", "null"], "items": binding}),
        )],
    );
    let mut o = object(
        "Kafka ACL bindings",
        DOC_FIELDS,
        DOC_FIELDS,
        &[
            ("apiVersion", api_version()),
            ("kind", json!({"const": "Acl"})),
            ("metadata", metadata),
            ("spec", spec),
        ],
    );
    o["title"] = json!("Acl");
    o
}

fn ownership() -> Value {
    let metadata = label_metadata();
    let list = |description: &str, item: Value| {
        json!({"description": description, "anyOf": [
            {"type": "array", "items": item},
            item,
            {"type": "null"}
        ]})
    };
    let spec = object(
        "What this manifest set owns. plan/apply --prune delete only owned topics and ACL bindings that no manifest declares; without an Ownership document --prune is refused.",
        &[],
        OWNERSHIP_SPEC_FIELDS,
        &[
            (
                "topics",
                list(
                    "Regular expressions, each matched against the whole topic name (e.g. '^payments\\.' owns every topic starting with 'payments.')",
                    json!({"type": "string", "minLength": 1}),
                ),
            ),
            (
                "principals",
                list(
                    "Principals (Type:name, e.g. User:payments-svc) whose ACL bindings this set owns",
                    json!({"type": "string", "pattern": "^[^:]+:.+$"}),
                ),
            ),
        ],
    );
    let mut o = object(
        "What plan/apply --prune may delete",
        DOC_FIELDS,
        DOC_FIELDS,
        &[
            ("apiVersion", api_version()),
            ("kind", json!({"const": "Ownership"})),
            ("metadata", metadata),
            ("spec", spec),
        ],
    );
    o["title"] = json!("Ownership");
    o
}

fn quota() -> Value {
    let name = |what: &str| {
        json!({"description": format!("A {what}, or null for Kafka's default {what} entity"), "anyOf": [
            {"type": "string", "minLength": 1},
            {"type": "null"}
        ]})
    };
    let entity = object(
        "Who the quotas apply to: a user, a client id, or both; null names Kafka's default entity",
        &[],
        QUOTA_ENTITY_FIELDS,
        &[("user", name("user")), ("client-id", name("client-id"))],
    );
    let rate = json!({"description": "Bytes per second: 10MB/s, 1MiB/s or a number", "anyOf": [
        {"type": "integer", "exclusiveMinimum": 0},
        {"type": "string", "pattern": RATE_PATTERN}
    ]});
    let entry = object(
        "One entity's quotas: all it should have (live quota keys not declared are removed)",
        &["entity"],
        QUOTA_ENTRY_FIELDS,
        &[
            ("entity", entity),
            ("producerByteRate", rate.clone()),
            ("consumerByteRate", rate),
            (
                "requestPercentage",
                json!({"description": "Percentage of one request-handler thread's time (above 100 for several threads): 50 or '50%'", "anyOf": [
                    {"type": "number", "exclusiveMinimum": 0},
                    {"type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?%?$"}
                ]}),
            ),
            (
                "controllerMutationRate",
                json!({"description": "Partition mutations (create, add, delete) per second", "type": "number", "exclusiveMinimum": 0}),
            ),
        ],
    );
    let spec = object(
        "Client quotas. plan/apply --prune also removes the quotas of users named in an Ownership's principals (User:NAME) that no Quota declares.",
        &["quotas"],
        QUOTA_SPEC_FIELDS,
        &[("quotas", json!({"type": "array", "items": entry}))],
    );
    let mut o = object(
        "Kafka client quotas (DescribeClientQuotas / AlterClientQuotas)",
        DOC_FIELDS,
        DOC_FIELDS,
        &[
            ("apiVersion", api_version()),
            ("kind", json!({"const": "Quota"})),
            ("metadata", label_metadata()),
            ("spec", spec),
        ],
    );
    o["title"] = json!("Quota");
    o
}

fn cluster() -> Value {
    let metadata = object(
        "The cluster's name and labels",
        &["name"],
        METADATA_FIELDS,
        &[(
            "name",
            json!({
                "description": "MSK cluster name: letters, digits and '-', starting with a letter or digit",
                "type": "string",
                "pattern": format!("^[a-zA-Z0-9][a-zA-Z0-9-]{{0,{}}}$", MAX_CLUSTER_NAME_LEN - 1)
            }),
        )],
    );
    let strings = |description: &str| json!({"description": description, "type": "array", "uniqueItems": true, "items": {"type": "string", "minLength": 1}});
    let client_auth = object(
        "How clients authenticate; at least one must be enabled. Changes are applied with UpdateSecurity (risky: rolling restart); combinations MSK forbids are refused.",
        &[],
        CLIENT_AUTH_FIELDS,
        &[
            ("iam", json!({"description": "IAM access control (SASL/OAUTHBEARER, AWS_MSK_IAM)", "type": "boolean"})),
            ("scram", json!({
                "description": "SASL/SCRAM with secrets in AWS Secrets Manager (needs TLS in transit): true, or {secrets: [ARN...]} to manage which secrets (users) are associated",
                "anyOf": [
                    {"type": "boolean"},
                    {"type": "object", "required": ["secrets"], "additionalProperties": false, "properties": {
                        "secrets": {"type": "array", "uniqueItems": true, "items": {"type": "string", "pattern": "^arn:[^:]+:secretsmanager:[^:]*:[^:]*:secret:AmazonMSK_"}}
                    }}
                ]
            })),
            ("tls", strings("Mutual TLS: ARNs of the ACM Private CAs whose client certificates are trusted")),
            ("unauthenticated", json!({"description": "Allow clients without authentication", "type": "boolean"})),
        ],
    );
    let encryption = object(
        "Encryption; fixed at creation except inTransit (UpdateSecurity). Leave out for MSK's defaults (TLS, in-cluster on, AWS-managed key).",
        &[],
        ENCRYPTION_FIELDS,
        &[
            ("inTransit", json!({"description": "Between clients and brokers (default TLS)", "enum": IN_TRANSIT_WORDS})),
            ("inCluster", json!({"description": "TLS between brokers (default true)", "type": "boolean"})),
            ("atRestKmsKey", json!({"description": "KMS key ARN for data at rest; leave out for the AWS-managed key", "type": "string", "pattern": "^arn:"})),
        ],
    );
    let configuration = object(
        "The MSK configuration (server.properties) and the revision the brokers use. Leave out to keep whatever the cluster has.",
        &["arn", "revision"],
        CONFIGURATION_FIELDS,
        &[
            ("arn", json!({"type": "string", "pattern": "^arn:"})),
            ("revision", json!({"type": "integer", "minimum": 1})),
        ],
    );
    let monitoring = object(
        "CloudWatch and Prometheus monitoring. Leave out to keep whatever the cluster has.",
        &[],
        MONITORING_FIELDS,
        &[
            (
                "enhanced",
                json!({"description": "CloudWatch metrics level (default DEFAULT)", "enum": ENHANCED_MONITORING_LEVELS}),
            ),
            (
                "jmxExporter",
                json!({"description": "Open monitoring with Prometheus: JMX exporter", "type": "boolean"}),
            ),
            (
                "nodeExporter",
                json!({"description": "Open monitoring with Prometheus: node exporter", "type": "boolean"}),
            ),
        ],
    );
    let mut spec = object(
        "An Amazon MSK cluster, provisioned or (with serverless) Serverless. plan/apply create it when missing, or turn differences into single updates run one at a time.",
        &[],
        CLUSTER_SPEC_FIELDS,
        &[
            ("kafkaVersion", json!({"description": "MSK Kafka version, e.g. \"3.6.0\" (quote it); upgrades only to versions MSK lists as compatible", "type": ["string", "number"]})),
            ("brokers", json!({"description": "Number of brokers: a multiple of the number of subnets (zones)", "type": "integer", "minimum": 1, "maximum": MAX_BROKERS})),
            ("instanceType", json!({"description": "Broker type: kafka.<family>.<size> (Standard) or express.<family>.<size> (Express)", "type": "string", "pattern": "^(kafka|express)\\.[a-z0-9]+\\.[a-z0-9]+$"})),
            ("storage", json!({
                "description": "EBS storage per broker in GiB, or a size such as 1000GiB or 1TiB; only grows. Required for Standard brokers, not allowed for Express",
                "anyOf": [
                    {"type": "integer", "minimum": MIN_STORAGE_GIB, "maximum": MAX_STORAGE_GIB},
                    {"type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?\\s*([KMGT]i?B|[kmgt]i?b|B)?$"}
                ]
            })),
            ("subnets", json!({"description": "Client subnets, one per Availability Zone (2 or 3); fixed at creation", "type": "array", "minItems": 2, "maxItems": 3, "uniqueItems": true, "items": {"type": "string", "minLength": 1}})),
            ("securityGroups", strings("Security groups of the brokers' network interfaces; fixed at creation. Leave out for the VPC's default")),
            ("clientAuth", client_auth),
            ("encryption", encryption),
            ("configuration", configuration),
            ("monitoring", monitoring),
            ("tags", json!({"description": "AWS tags; when given, undeclared tags are removed (AWS's own aws: tags excepted)", "type": "object", "additionalProperties": {"type": ["string", "number", "boolean"]}})),
            ("serverless", json!({
                "description": "An MSK Serverless cluster (IAM only) instead of a provisioned one: then only clientAuth {iam: true} and tags may accompany it",
                "type": "object", "required": ["subnets"], "additionalProperties": false,
                "properties": {
                    "subnets": {"type": "array", "minItems": 2, "maxItems": 5, "uniqueItems": true, "items": {"type": "string", "minLength": 1}},
                    "securityGroups": {"type": "array", "items": {"type": "string", "minLength": 1}}
                }
            })),
            ("storageMode", json!({"description": "LOCAL (EBS only) or TIERED (EBS and MSK's tiered storage: Kafka 2.8.2.tiered or 3.6.0+, not T3); TIERED -> LOCAL deletes the tier's data. Leave out to keep what the cluster has", "enum": ["LOCAL", "TIERED"]})),
            ("provisionedThroughput", json!({
                "description": "Provisioned EBS throughput (kafka.m5.4xlarge / kafka.m7g.2xlarge and larger, 10 GiB+ volumes, 250 MiB/s up to the size's limit). Leave out to keep what the cluster has",
                "type": "object", "required": ["enabled"], "additionalProperties": false,
                "properties": {"enabled": {"type": "boolean"}, "volumeThroughput": {"type": "integer", "minimum": 250, "maximum": 1000}}
            })),
            ("publicAccess", json!({"description": "Public access through MSK-provided Elastic IPs (UpdateConnectivity); needs Kafka 2.6.0+, authentication, no unauthenticated access, TLS in transit. Leave out to keep what the cluster has", "type": "boolean"})),
        ],
    );
    // A provisioned cluster needs its shape; a Serverless one only its VPC.
    spec["oneOf"] = json!([
        {"required": ["serverless"]},
        {
            "required": ["kafkaVersion", "brokers", "instanceType", "subnets", "clientAuth"],
            "not": {"required": ["serverless"]}
        }
    ]);
    let mut o = object(
        "An Amazon MSK cluster",
        DOC_FIELDS,
        DOC_FIELDS,
        &[
            ("apiVersion", api_version()),
            ("kind", json!({"const": "Cluster"})),
            ("metadata", metadata),
            ("spec", spec),
        ],
    );
    o["title"] = json!("Cluster");
    o
}

fn configs() -> Value {
    let mut props = Map::new();
    for s in CONFIG_SPECS {
        let mut v = value_schema(s.ty);
        v["description"] = json!(s.description);
        props.insert(s.key.to_string(), v);
    }
    json!({
        "description": "Raw Kafka topic configs; values may be strings, numbers or booleans. Together with retention/retentionBytes this is the complete set of the topic's explicit configs: empty means all cluster defaults.",
        "type": ["object", "null"],
        "additionalProperties": false,
        "properties": props
    })
}

fn value_schema(ty: ValueType) -> Value {
    match ty {
        ValueType::Long { min } => json!({"anyOf": [
            {"type": "integer", "minimum": min},
            {"type": "string", "pattern": "^\\s*-?[0-9]+\\s*$"}
        ]}),
        ValueType::Int { min } => json!({"anyOf": [
            {"type": "integer", "minimum": min, "maximum": i32::MAX},
            {"type": "string", "pattern": "^\\s*-?[0-9]+\\s*$"}
        ]}),
        ValueType::Bool => json!({"anyOf": [
            {"type": "boolean"},
            {"type": "string", "enum": ["true", "false"]}
        ]}),
        ValueType::Ratio => json!({"anyOf": [
            {"type": "number", "minimum": 0, "maximum": 1},
            {"type": "string", "pattern": "^\\s*(0(\\.[0-9]*)?|1(\\.0*)?|\\.[0-9]+)\\s*$"}
        ]}),
        ValueType::OneOf(words) => json!({"type": "string", "enum": words}),
        ValueType::CleanupPolicy => json!({"anyOf": [
            {"type": "string", "pattern": "^\\s*(delete|compact)\\s*(,\\s*(delete|compact)\\s*)?$"},
            {"type": "array", "minItems": 1, "items": {"enum": ["delete", "compact"]}}
        ]}),
        ValueType::ThrottledReplicas => json!({"anyOf": [
            {"type": "string", "pattern": "^(\\*|\\s*|([0-9]+:[0-9]+\\s*)(,\\s*[0-9]+:[0-9]+\\s*)*)$"},
            {"type": "array", "items": {"type": "string", "pattern": "^[0-9]+:[0-9]+$"}}
        ]}),
        ValueType::Text => json!({"type": ["string", "number"]}),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manifest::TOPIC_CONFIG_KEYS;

    #[test]
    fn schema_covers_every_field_the_validator_knows() {
        let s = json_schema();
        let defs = &s["definitions"];
        let topic_spec = &defs["Topic"]["properties"]["spec"]["properties"];
        for f in TOPIC_SPEC_FIELDS {
            assert!(topic_spec.get(f).is_some(), "Topic spec lacks {f}");
        }
        let set_spec = &defs["TopicSet"]["properties"]["spec"]["properties"];
        for f in SET_DEFAULTS_FIELDS {
            assert!(
                set_spec["defaults"]["properties"].get(f).is_some(),
                "defaults lacks {f}"
            );
        }
        let entry = &set_spec["topics"]["items"]["anyOf"][1]["properties"];
        for f in SET_TOPIC_FIELDS {
            assert!(entry.get(f).is_some(), "set entry lacks {f}");
        }
        for k in TOPIC_CONFIG_KEYS {
            assert!(
                defs["configs"]["properties"].get(*k).is_some(),
                "configs lacks {k}"
            );
        }
        let owned = &defs["Ownership"]["properties"]["spec"]["properties"];
        for f in OWNERSHIP_SPEC_FIELDS {
            assert!(owned.get(f).is_some(), "Ownership spec lacks {f}");
        }
        let quota = &defs["Quota"]["properties"]["spec"]["properties"];
        for f in QUOTA_SPEC_FIELDS {
            assert!(quota.get(f).is_some(), "Quota spec lacks {f}");
        }
        for f in QUOTA_ENTRY_FIELDS {
            assert!(
                quota["quotas"]["items"]["properties"].get(f).is_some(),
                "Quota entry lacks {f}"
            );
        }
        let r = regex::Regex::new(RATE_PATTERN).unwrap();
        for ok in ["10MB/s", "1MiB/s", "1048576", "1.5MB"] {
            assert!(r.is_match(ok), "{ok}");
            assert!(
                crate::plan::quota::parse_quota_value("producer_byte_rate", ok).is_ok(),
                "{ok}"
            );
        }
        let cluster = &defs["Cluster"]["properties"]["spec"]["properties"];
        for f in CLUSTER_SPEC_FIELDS {
            assert!(cluster.get(f).is_some(), "Cluster spec lacks {f}");
        }
        for (field, fields) in [
            ("clientAuth", CLIENT_AUTH_FIELDS),
            ("encryption", ENCRYPTION_FIELDS),
            ("configuration", CONFIGURATION_FIELDS),
            ("monitoring", MONITORING_FIELDS),
        ] {
            for f in fields {
                assert!(
                    cluster[field]["properties"].get(f).is_some(),
                    "Cluster {field} lacks {f}"
                );
            }
        }
        for r in [
            "partitions",
            "replicationFactor",
            "retention",
            "retentionBytes",
            "labels",
            "topicName",
        ] {
            assert!(defs.get(r).is_some(), "no definition for {r}");
        }
    }

    #[test]
    fn patterns_compile_and_match_what_the_units_parser_accepts() {
        let d = regex::Regex::new(DURATION_PATTERN).unwrap();
        for ok in [
            "7d", "1d12h", "250ms", "1500", "infinite", "-1", "7D", "36H", "5m",
        ] {
            assert!(d.is_match(ok), "{ok}");
            assert!(crate::units::parse_retention_time(ok).is_ok(), "{ok}");
        }
        assert!(!d.is_match("7 days"));
        // Rejected by the parser, so rejected by editors too.
        for bad in ["5M", "1.5h"] {
            assert!(!d.is_match(bad), "{bad}");
            assert!(crate::units::parse_retention_time(bad).is_err(), "{bad}");
        }
        let s = regex::Regex::new(SIZE_PATTERN).unwrap();
        for ok in [
            "50GiB", "512MB", "1.5KiB", "100", "infinite", "10gib", "10Gb",
        ] {
            assert!(s.is_match(ok), "{ok}");
            assert!(crate::units::parse_retention_bytes(ok).is_ok(), "{ok}");
        }
    }
}
