//! The JSON Schema of every manifest kind, for editors (yaml-language-server
//! and friends). Built from the same field and config tables the validator
//! uses; a unit test keeps the two in step. Draft-07, the draft editors
//! support best.

use serde_json::{json, Map, Value};

use super::check::{
    operation_words, resource_type_words, ACL_BINDING_FIELDS, ACL_RESOURCE_FIELDS, ACL_SPEC_FIELDS,
    API_VERSION, DOC_FIELDS, MAX_PARTITIONS, MAX_REPLICATION_FACTOR, MAX_TOPIC_NAME_LEN,
    METADATA_FIELDS, PATTERN_WORDS, PERMISSION_WORDS, SET_DEFAULTS_FIELDS, SET_SPEC_FIELDS,
    SET_TOPIC_FIELDS, TOPIC_SPEC_FIELDS,
};
use super::configs::{ValueType, CONFIG_SPECS};

const DURATION_PATTERN: &str =
    r"^(([0-9]+(ms|s|m|h|d|w))+|[0-9]+|-1|[Ii]nfinite|[Uu]nlimited|[Ff]orever)$";
const SIZE_PATTERN: &str =
    r"^([0-9]+(\.[0-9]+)?\s*([KMGT]i?B|[kmgt]i?b|B)?|-1|[Ii]nfinite|[Uu]nlimited|[Ff]orever)$";

/// The JSON Schema (draft-07) for `Topic` and `TopicSet` documents, chosen
/// by `kind`.
pub fn json_schema() -> Value {
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "mskctl manifest",
        "description": format!("A mskctl manifest (apiVersion {API_VERSION}): kind Topic declares one Kafka topic, kind TopicSet declares many topics sharing defaults, kind Acl declares ACL bindings. Check with `mskctl validate -f FILE`."),
        "type": "object",
        "required": DOC_FIELDS,
        "properties": {
            "apiVersion": api_version(),
            "kind": {
                "description": "What the document declares",
                "enum": ["Topic", "TopicSet", "Acl"]
            }
        },
        "oneOf": [
            {"$ref": "#/definitions/Topic"},
            {"$ref": "#/definitions/TopicSet"},
            {"$ref": "#/definitions/Acl"}
        ],
        "definitions": {
            "Topic": topic(),
            "TopicSet": topic_set(),
            "Acl": acl(),
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

fn acl() -> Value {
    let metadata = object(
        "A label for this document (not a Kafka name)",
        &["name"],
        METADATA_FIELDS,
        &[(
            "name",
            json!({"description": "Name of the document, for people", "type": "string", "minLength": 1}),
        )],
    );
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
        for ok in ["7d", "1d12h", "250ms", "1500", "infinite", "-1"] {
            assert!(d.is_match(ok), "{ok}");
            assert!(crate::units::parse_retention_time(ok).is_ok(), "{ok}");
        }
        assert!(!d.is_match("7 days"));
        let s = regex::Regex::new(SIZE_PATTERN).unwrap();
        for ok in ["50GiB", "512MB", "1.5KiB", "100", "infinite", "10gib"] {
            assert!(s.is_match(ok), "{ok}");
            assert!(crate::units::parse_retention_bytes(ok).is_ok(), "{ok}");
        }
    }
}
