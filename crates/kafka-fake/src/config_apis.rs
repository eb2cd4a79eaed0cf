//! DescribeConfigs, IncrementalAlterConfigs and the legacy AlterConfigs, for
//! topic and broker resources.

use super::configs::{self, Type};
use super::handlers::{default_message, duplicates, msg, s};
use super::model::*;
use kafka_protocol::messages::*;
use std::collections::{BTreeMap, HashSet};

const RESOURCE_TOPIC: i8 = 2;
const RESOURCE_BROKER: i8 = 4;

fn config_entry(
    name: &str,
    value: Option<String>,
    source: i8,
    ty: Type,
    read_only: bool,
) -> describe_configs_response::DescribeConfigsResourceResult {
    let mut c = describe_configs_response::DescribeConfigsResourceResult::default();
    c.name = s(name);
    c.value = value.map(s);
    c.config_source = source;
    c.read_only = read_only;
    c.is_sensitive = false;
    c.config_type = ty.wire();
    c.documentation = None;
    c
}

fn synonym(
    name: &str,
    value: Option<String>,
    source: i8,
) -> describe_configs_response::DescribeConfigsSynonym {
    let mut x = describe_configs_response::DescribeConfigsSynonym::default();
    x.name = s(name);
    x.value = value.map(s);
    x.source = source;
    x
}

/// A topic's config entries; with synonyms they list, like Kafka, the topic
/// override first and then the broker-level values it would fall back to.
fn topic_config_entries(
    m: &Model,
    topic: &Topic,
    broker: i32,
    with_synonyms: bool,
) -> Vec<describe_configs_response::DescribeConfigsResourceResult> {
    configs::TOPIC_CONFIGS
        .iter()
        .map(|def| {
            let (value, source) = m.topic_config_value(&topic.configs, def, broker);
            let mut entry = config_entry(def.name, value, source, def.ty, false);
            if with_synonyms {
                if let Some(v) = topic.configs.get(def.name) {
                    entry.synonyms.push(synonym(
                        def.name,
                        Some(v.clone()),
                        configs::SOURCE_DYNAMIC_TOPIC,
                    ));
                }
                if let Some(syn) = def.broker_synonym {
                    let levels = [
                        (broker.to_string(), configs::SOURCE_DYNAMIC_BROKER),
                        (String::new(), configs::SOURCE_DYNAMIC_DEFAULT_BROKER),
                    ];
                    for (resource, src) in levels {
                        if let Some(v) = m.broker_configs.get(&resource).and_then(|c| c.get(syn)) {
                            entry.synonyms.push(synonym(syn, Some(v.clone()), src));
                        }
                    }
                    if let Some(v) = m.static_broker_configs.get(syn) {
                        entry.synonyms.push(synonym(
                            syn,
                            Some(v.clone()),
                            configs::SOURCE_STATIC_BROKER,
                        ));
                    }
                }
                let default_name = def.broker_synonym.unwrap_or(def.name);
                entry.synonyms.push(synonym(
                    default_name,
                    def.default.map(str::to_string),
                    configs::SOURCE_DEFAULT,
                ));
            }
            entry
        })
        .collect()
}

fn parse_broker_resource(name: &str) -> Result<Option<i32>, ApiError> {
    if name.is_empty() {
        return Ok(None);
    }
    name.parse::<i32>().map(Some).map_err(|_| {
        err(
            INVALID_REQUEST,
            format!("Broker id must be an integer, but it is: {name}"),
        )
    })
}

pub fn describe_configs(
    m: &Model,
    broker: i32,
    req: DescribeConfigsRequest,
    inject: Option<i16>,
) -> DescribeConfigsResponse {
    let mut resp = DescribeConfigsResponse::default();
    for res in &req.resources {
        let mut r = describe_configs_response::DescribeConfigsResult::default();
        r.resource_type = res.resource_type;
        r.resource_name = res.resource_name.clone();
        r.error_message = None;
        let name = res.resource_name.to_string();
        let entries = if let Some(code) = inject {
            Err((
                code,
                default_message(code)
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
            ))
        } else {
            match res.resource_type {
                RESOURCE_TOPIC => validate_topic_name(&name).and_then(|()| {
                    m.topics
                        .get(&name)
                        .map(|t| topic_config_entries(m, t, broker, req.include_synonyms))
                        .ok_or_else(|| err(UNKNOWN_TOPIC_OR_PARTITION, format!("The topic '{name}' does not exist.")))
                }),
                RESOURCE_BROKER => parse_broker_resource(&name).and_then(|id| match id {
                    None => Ok(m
                        .broker_configs
                        .get("")
                        .into_iter()
                        .flatten()
                        .map(|(k, v)| {
                            let def = configs::broker_def(k);
                            config_entry(
                                k,
                                Some(v.clone()),
                                configs::SOURCE_DYNAMIC_DEFAULT_BROKER,
                                def.map(|d| d.ty).unwrap_or(Type::String),
                                def.map(|d| d.read_only).unwrap_or(false),
                            )
                        })
                        .collect()),
                    // Broker configs are answered only by the broker itself,
                    // which makes the client's routing observable.
                    Some(id) if id != broker => Err(err(
                        INVALID_REQUEST,
                        format!("Unexpected broker id, expected {broker} or empty string, but received {name}"),
                    )),
                    Some(id) => {
                        let b = m.brokers.iter().find(|b| b.id == id);
                        Ok(b.map(|b| m.broker_config_entries(b))
                            .unwrap_or_default()
                            .into_iter()
                            .map(|e| {
                                let mut c = config_entry(&e.name, e.value.clone(), e.source, e.ty, e.read_only);
                                if req.include_synonyms {
                                    c.synonyms.push(synonym(&e.name, e.value, e.source));
                                }
                                c
                            })
                            .collect())
                    }
                }),
                other => Err(err(INVALID_REQUEST, format!("Unsupported resource type: {other}"))),
            }
        };
        match entries {
            Ok(mut list) => {
                if let Some(keys) = res.configuration_keys.as_ref().filter(|k| !k.is_empty()) {
                    list.retain(|c| keys.iter().any(|k| k.as_str() == c.name.as_str()));
                }
                r.configs = list;
            }
            Err(e) => {
                r.error_code = e.0;
                r.error_message = msg(&e);
            }
        }
        resp.results.push(r);
    }
    resp
}

/// One requested change, already in wire terms (operation 0..=3).
struct Change {
    key: String,
    op: i8,
    value: Option<String>,
}

const OP_SET: i8 = 0;
const OP_DELETE: i8 = 1;
const OP_APPEND: i8 = 2;
const OP_SUBTRACT: i8 = 3;

enum Target {
    Topic(String),
    /// "" for the cluster-wide default, otherwise a broker id.
    Broker(String),
}

fn resolve_target(m: &Model, resource_type: i8, name: &str) -> Result<Target, ApiError> {
    match resource_type {
        RESOURCE_TOPIC => {
            validate_topic_name(name)?;
            if !m.topics.contains_key(name) {
                return Err(err(
                    UNKNOWN_TOPIC_OR_PARTITION,
                    format!("The topic '{name}' does not exist."),
                ));
            }
            Ok(Target::Topic(name.to_string()))
        }
        RESOURCE_BROKER => {
            parse_broker_resource(name)?;
            Ok(Target::Broker(name.to_string()))
        }
        other => Err(err(
            INVALID_REQUEST,
            format!("Unsupported resource type: {other}"),
        )),
    }
}

fn current_configs(m: &Model, target: &Target) -> BTreeMap<String, String> {
    match target {
        Target::Topic(t) => m
            .topics
            .get(t)
            .map(|t| t.configs.clone())
            .unwrap_or_default(),
        Target::Broker(b) => m.broker_configs.get(b).cloned().unwrap_or_default(),
    }
}

fn store_configs(m: &mut Model, target: &Target, configs: BTreeMap<String, String>) {
    match target {
        Target::Topic(t) => {
            if let Some(topic) = m.topics.get_mut(t) {
                topic.configs = configs;
            }
        }
        Target::Broker(b) => {
            if configs.is_empty() {
                m.broker_configs.remove(b);
            } else {
                m.broker_configs.insert(b.clone(), configs);
            }
        }
    }
}

/// Looks a key up for a target; unknown broker keys are allowed because Kafka
/// stores custom dynamic broker configs verbatim.
fn lookup_def(target: &Target, key: &str) -> Result<Option<&'static configs::Def>, ApiError> {
    match target {
        Target::Topic(_) => configs::topic_def(key)
            .map(Some)
            .ok_or_else(|| err(INVALID_CONFIG, format!("Unknown topic config name: {key}"))),
        Target::Broker(_) => match configs::broker_def(key) {
            Some(def) if def.read_only => Err(err(
                INVALID_REQUEST,
                format!("Cannot update these configs dynamically: Set({key})"),
            )),
            other => Ok(other),
        },
    }
}

fn apply_changes(
    target: &Target,
    mut configs: BTreeMap<String, String>,
    changes: &[Change],
) -> Result<BTreeMap<String, String>, ApiError> {
    let keys = duplicates(changes.iter().map(|c| c.key.as_str()));
    if !keys.is_empty() {
        return Err(err(INVALID_REQUEST, "Error due to duplicate config keys"));
    }
    for c in changes {
        let def = lookup_def(target, &c.key)?;
        let is_list = def.is_none_or(|d| d.ty == Type::List);
        let op_name = match c.op {
            OP_APPEND => "APPEND",
            OP_SUBTRACT => "SUBTRACT",
            _ => "",
        };
        let new_value = match c.op {
            OP_DELETE => {
                configs.remove(&c.key);
                continue;
            }
            OP_SET => c.value.clone(),
            OP_APPEND | OP_SUBTRACT if !is_list => {
                return Err(err(
                    INVALID_CONFIG,
                    format!(
                        "Can't {op_name} to key {} because its type is not LIST.",
                        c.key
                    ),
                ));
            }
            OP_APPEND | OP_SUBTRACT => c.value.as_ref().map(|v| {
                let current = configs
                    .get(&c.key)
                    .cloned()
                    .or_else(|| def.and_then(|d| d.default.map(str::to_string)))
                    .unwrap_or_default();
                let mut items = configs::split_list(&current);
                for item in configs::split_list(v) {
                    if c.op == OP_APPEND && !items.contains(&item) {
                        items.push(item);
                    } else if c.op == OP_SUBTRACT {
                        items.retain(|x| *x != item);
                    }
                }
                items.join(",")
            }),
            other => {
                return Err(err(
                    INVALID_REQUEST,
                    format!("Unknown alter config operation type {other}"),
                ));
            }
        };
        let Some(value) = new_value else {
            return Err(err(
                INVALID_REQUEST,
                format!("Null value not supported for : {}", c.key),
            ));
        };
        if let Some(def) = def {
            configs::validate(def, &value).map_err(|m| err(INVALID_CONFIG, m))?;
        }
        configs.insert(c.key.clone(), value);
    }
    Ok(configs)
}

fn alter_resource(
    m: &mut Model,
    resource_type: i8,
    name: &str,
    changes: &[Change],
    replace: bool,
    validate_only: bool,
) -> Result<(), ApiError> {
    let target = resolve_target(m, resource_type, name)?;
    let base = if replace {
        BTreeMap::new()
    } else {
        current_configs(m, &target)
    };
    let updated = apply_changes(&target, base, changes)?;
    if !validate_only {
        store_configs(m, &target, updated);
    }
    Ok(())
}

fn resource_duplicates<'a>(keys: impl Iterator<Item = (i8, &'a str)>) -> HashSet<(i8, String)> {
    let mut seen = HashSet::new();
    let mut dups = HashSet::new();
    for (t, n) in keys {
        if !seen.insert((t, n)) {
            dups.insert((t, n.to_string()));
        }
    }
    dups
}

pub fn incremental_alter_configs(
    m: &mut Model,
    req: IncrementalAlterConfigsRequest,
    inject: Option<i16>,
) -> IncrementalAlterConfigsResponse {
    let dups = resource_duplicates(
        req.resources
            .iter()
            .map(|r| (r.resource_type, r.resource_name.as_str())),
    );
    let mut resp = IncrementalAlterConfigsResponse::default();
    for res in &req.resources {
        let name = res.resource_name.to_string();
        let changes: Vec<Change> = res
            .configs
            .iter()
            .map(|c| Change {
                key: c.name.to_string(),
                op: c.config_operation,
                value: c.value.as_ref().map(|v| v.to_string()),
            })
            .collect();
        let duplicate = dups.contains(&(res.resource_type, name.clone()));
        let result = alter_one(
            m,
            (res.resource_type, &name),
            &changes,
            duplicate,
            inject,
            false,
            req.validate_only,
        );
        let mut r = incremental_alter_configs_response::AlterConfigsResourceResponse::default();
        r.resource_type = res.resource_type;
        r.resource_name = res.resource_name.clone();
        r.error_message = None;
        if let Err(e) = result {
            r.error_code = e.0;
            r.error_message = msg(&e);
        }
        resp.responses.push(r);
    }
    resp
}

/// One resource of either alter API: a duplicate in the request or an
/// injected fault answers for it, otherwise the change is applied (`replace`:
/// the legacy API's whole-config semantics).
fn alter_one(
    m: &mut Model,
    (resource_type, name): (i8, &str),
    changes: &[Change],
    duplicate: bool,
    inject: Option<i16>,
    replace: bool,
    validate_only: bool,
) -> Result<(), (i16, String)> {
    if duplicate {
        return Err(err(INVALID_REQUEST, "Duplicate resource."));
    }
    if let Some(code) = inject {
        return Err((
            code,
            default_message(code)
                .map(|m| m.to_string())
                .unwrap_or_default(),
        ));
    }
    alter_resource(m, resource_type, name, changes, replace, validate_only)
}

/// The legacy API: the given entries become the resource's whole dynamic
/// config, dropping every override not listed.
pub fn alter_configs(
    m: &mut Model,
    req: AlterConfigsRequest,
    inject: Option<i16>,
) -> AlterConfigsResponse {
    let dups = resource_duplicates(
        req.resources
            .iter()
            .map(|r| (r.resource_type, r.resource_name.as_str())),
    );
    let mut resp = AlterConfigsResponse::default();
    for res in &req.resources {
        let name = res.resource_name.to_string();
        let changes: Vec<Change> = res
            .configs
            .iter()
            .map(|c| Change {
                key: c.name.to_string(),
                op: OP_SET,
                value: c.value.as_ref().map(|v| v.to_string()),
            })
            .collect();
        let duplicate = dups.contains(&(res.resource_type, name.clone()));
        let result = alter_one(
            m,
            (res.resource_type, &name),
            &changes,
            duplicate,
            inject,
            true,
            req.validate_only,
        );
        let mut r = alter_configs_response::AlterConfigsResourceResponse::default();
        r.resource_type = res.resource_type;
        r.resource_name = res.resource_name.clone();
        r.error_message = None;
        if let Err(e) = result {
            r.error_code = e.0;
            r.error_message = msg(&e);
        }
        resp.responses.push(r);
    }
    resp
}
