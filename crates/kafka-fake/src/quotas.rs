//! Client quotas (DescribeClientQuotas, AlterClientQuotas) and SCRAM
//! credentials (DescribeUserScramCredentials, AlterUserScramCredentials),
//! kept and matched as a KRaft controller does (ClientQuotaControlManager,
//! ClientQuotasImage, ScramControlManager): entities of user, client-id or
//! both, or ip alone, with `None` for the default entity; describe filters
//! by exact name, default or any, strict or not; one change per user per
//! SCRAM request; iterations 4096..=16384. Credentials created here are the
//! ones SASL/SCRAM logins check, so a user created through the API can log
//! in.

use super::handlers::{default_message, s};
use super::model::*;
use super::sasl::ScramCredential;
use bytes::Bytes;
use kafka_protocol::messages::*;
use std::collections::{BTreeMap, HashMap};

const INVALID_REQUEST: i16 = 42;
const UNSUPPORTED_SASL_MECHANISM: i16 = 33;
const RESOURCE_NOT_FOUND: i16 = 91;
const DUPLICATE_RESOURCE: i16 = 92;
const UNACCEPTABLE_CREDENTIAL: i16 = 93;

const MIN_ITERATIONS: i32 = 4096;
const MAX_ITERATIONS: i32 = 16384;

/// The keys Kafka accepts per entity type, and whether a value must be a
/// whole number (Kafka's LONG and INT quota configs).
fn quota_key(entity_types: &[&str], key: &str) -> Option<bool> {
    if entity_types.contains(&"ip") {
        return (key == "connection_creation_rate").then_some(true);
    }
    match key {
        "producer_byte_rate" | "consumer_byte_rate" => Some(true),
        "request_percentage" | "controller_mutation_rate" => Some(false),
        _ => None,
    }
}

/// An entity: its components sorted by type, `None` naming the default.
pub type QuotaEntityKey = Vec<(String, Option<String>)>;

fn validate_entity(entity: &[(String, Option<String>)]) -> Result<QuotaEntityKey, (i16, String)> {
    if entity.is_empty() {
        return Err((INVALID_REQUEST, "Invalid empty client quota entity".into()));
    }
    let mut seen: BTreeMap<String, Option<String>> = BTreeMap::new();
    for (t, n) in entity {
        if !matches!(t.as_str(), "user" | "client-id" | "ip") {
            return Err((
                INVALID_REQUEST,
                format!("Unhandled client quota entity type: {t}"),
            ));
        }
        if seen.insert(t.clone(), n.clone()).is_some() {
            return Err((
                INVALID_REQUEST,
                format!("Invalid quota entity: duplicate entity type {t}"),
            ));
        }
    }
    if seen.contains_key("ip") && seen.len() > 1 {
        return Err((
            INVALID_REQUEST,
            // Kafka's own wording, missing space included.
            "Invalid quota entity combination, IP entity shouldnot be combined with User or ClientId".into(),
        ));
    }
    Ok(seen.into_iter().collect())
}

pub fn describe_client_quotas(
    m: &Model,
    req: DescribeClientQuotasRequest,
    inject: Option<i16>,
) -> DescribeClientQuotasResponse {
    let mut resp = DescribeClientQuotasResponse::default();
    if let Some(code) = inject {
        resp.error_code = code;
        resp.error_message = default_message(code);
        return resp;
    }
    // type -> Some(name or default) for exact/default, None for "any".
    let mut wanted: BTreeMap<String, Option<Option<String>>> = BTreeMap::new();
    for c in &req.components {
        let t = c.entity_type.to_string();
        let want = match c.match_type {
            0 => match &c._match {
                Some(n) => Some(Some(n.to_string())),
                None => {
                    resp.error_code = INVALID_REQUEST;
                    resp.error_message = Some(s("Invalid match type: exact match requires a name"));
                    return resp;
                }
            },
            1 => Some(None),
            2 => None,
            other => {
                resp.error_code = INVALID_REQUEST;
                resp.error_message = Some(s(format!("Unknown match type {other}")));
                return resp;
            }
        };
        if wanted.insert(t.clone(), want).is_some() {
            resp.error_code = INVALID_REQUEST;
            resp.error_message = Some(s(format!("Duplicate filter component entity type {t}")));
            return resp;
        }
    }
    let entries = m
        .quotas
        .iter()
        .filter(|(entity, values)| {
            if values.is_empty() {
                return false;
            }
            if req.strict && entity.len() != wanted.len() {
                return false;
            }
            wanted
                .iter()
                .all(|(t, want)| match entity.iter().find(|(et, _)| et == t) {
                    None => false,
                    Some((_, name)) => match want {
                        None => true,
                        Some(w) => w == name,
                    },
                })
        })
        .map(|(entity, values)| {
            let mut e = describe_client_quotas_response::EntryData::default();
            e.entity = entity
                .iter()
                .map(|(t, n)| {
                    let mut d = describe_client_quotas_response::EntityData::default();
                    d.entity_type = s(t.clone());
                    d.entity_name = n.clone().map(s);
                    d
                })
                .collect();
            e.values = values
                .iter()
                .map(|(k, v)| {
                    let mut d = describe_client_quotas_response::ValueData::default();
                    d.key = s(k.clone());
                    d.value = *v;
                    d
                })
                .collect();
            e
        })
        .collect();
    resp.entries = Some(entries);
    resp
}

pub fn alter_client_quotas(
    m: &mut Model,
    req: AlterClientQuotasRequest,
    inject: Option<i16>,
) -> AlterClientQuotasResponse {
    let mut resp = AlterClientQuotasResponse::default();
    for entry in req.entries {
        let raw: Vec<(String, Option<String>)> = entry
            .entity
            .iter()
            .map(|e| {
                (
                    e.entity_type.to_string(),
                    e.entity_name.as_ref().map(|n| n.to_string()),
                )
            })
            .collect();
        let mut out = alter_client_quotas_response::EntryData::default();
        out.entity = entry
            .entity
            .iter()
            .map(|e| {
                let mut d = alter_client_quotas_response::EntityData::default();
                d.entity_type = e.entity_type.clone();
                d.entity_name = e.entity_name.clone();
                d
            })
            .collect();
        let result = match inject {
            Some(code) => Err((code, String::new())),
            None => validate_entity(&raw).and_then(|key| {
                let types: Vec<&str> = key.iter().map(|(t, _)| t.as_str()).collect();
                let mut seen = Vec::new();
                for op in &entry.ops {
                    let k = op.key.to_string();
                    if seen.contains(&k) {
                        return Err((INVALID_REQUEST, format!("Duplicate quota key {k}")));
                    }
                    seen.push(k.clone());
                    let Some(whole) = quota_key(&types, &k) else {
                        return Err((INVALID_REQUEST, format!("Invalid configuration key {k}")));
                    };
                    if !op.remove {
                        if whole && op.value.fract() != 0.0 {
                            return Err((
                                INVALID_REQUEST,
                                format!("Configuration {k} must be a Long value"),
                            ));
                        }
                        if op.value.is_nan() || op.value.is_infinite() || op.value <= 0.0 {
                            return Err((
                                INVALID_REQUEST,
                                format!("Configuration {k} must be a positive value"),
                            ));
                        }
                    }
                }
                Ok(key)
            }),
        };
        match result {
            Ok(key) => {
                if !req.validate_only {
                    let values = m.quotas.entry(key.clone()).or_default();
                    for op in &entry.ops {
                        if op.remove {
                            values.remove(op.key.as_str());
                        } else {
                            values.insert(op.key.to_string(), op.value);
                        }
                    }
                    if values.is_empty() {
                        m.quotas.remove(&key);
                    }
                }
            }
            Err((code, message)) => {
                out.error_code = code;
                out.error_message = if message.is_empty() {
                    default_message(code)
                } else {
                    Some(s(message))
                };
            }
        }
        resp.entries.push(out);
    }
    // Kafka answers in an order of its own (KRaft: a hash map's), not the
    // request's; sorted by entity here, so clients must match by entity.
    resp.entries.sort_by_key(|e| {
        let mut k: Vec<(String, Option<String>)> = e
            .entity
            .iter()
            .map(|c| {
                (
                    c.entity_type.to_string(),
                    c.entity_name.as_ref().map(|n| n.to_string()),
                )
            })
            .collect();
        k.sort();
        std::cmp::Reverse(k)
    });
    resp
}

fn mechanism_name(code: i8) -> Option<&'static str> {
    match code {
        1 => Some("SCRAM-SHA-256"),
        2 => Some("SCRAM-SHA-512"),
        _ => None,
    }
}

fn mechanism_code(name: &str) -> i8 {
    match name {
        "SCRAM-SHA-256" => 1,
        "SCRAM-SHA-512" => 2,
        _ => 0,
    }
}

pub fn describe_user_scram_credentials(
    m: &Model,
    req: DescribeUserScramCredentialsRequest,
    inject: Option<i16>,
) -> DescribeUserScramCredentialsResponse {
    let mut resp = DescribeUserScramCredentialsResponse::default();
    if let Some(code) = inject {
        resp.error_code = code;
        resp.error_message = default_message(code);
        return resp;
    }
    let store = m.scram.lock().unwrap_or_else(|e| e.into_inner());
    let mut by_user: BTreeMap<&str, Vec<(i8, i32)>> = BTreeMap::new();
    for ((mech, user), cred) in store.iter() {
        by_user
            .entry(user.as_str())
            .or_default()
            .push((mechanism_code(mech), cred.iterations as i32));
    }
    let result = |user: &str, creds: &[(i8, i32)]| {
        let mut r =
            describe_user_scram_credentials_response::DescribeUserScramCredentialsResult::default();
        r.user = s(user.to_string());
        r.credential_infos = creds
            .iter()
            .map(|(mech, it)| {
                let mut c = describe_user_scram_credentials_response::CredentialInfo::default();
                c.mechanism = *mech;
                c.iterations = *it;
                c
            })
            .collect();
        r
    };
    match req.users {
        None => {
            resp.results = by_user.iter().map(|(u, c)| result(u, c)).collect();
        }
        Some(users) if users.is_empty() => {
            resp.results = by_user.iter().map(|(u, c)| result(u, c)).collect();
        }
        Some(users) => {
            let mut count: HashMap<String, usize> = HashMap::new();
            for u in &users {
                *count.entry(u.name.to_string()).or_default() += 1;
            }
            let mut done: Vec<String> = Vec::new();
            for u in users {
                let name = u.name.to_string();
                if done.contains(&name) {
                    continue;
                }
                done.push(name.clone());
                let mut r = match by_user.get(name.as_str()) {
                    Some(c) => result(&name, c),
                    None => {
                        let mut r = result(&name, &[]);
                        r.error_code = RESOURCE_NOT_FOUND;
                        r.error_message = Some(s(format!(
                            "Attempt to describe a user credential that does not exist: {name}"
                        )));
                        r
                    }
                };
                if count.get(&name).copied().unwrap_or(0) > 1 {
                    r = result(&name, &[]);
                    r.error_code = DUPLICATE_RESOURCE;
                    r.error_message = Some(s(format!(
                        "Cannot describe SCRAM credentials for the same user twice in a single request: {name}"
                    )));
                }
                resp.results.push(r);
            }
        }
    }
    resp
}

pub fn alter_user_scram_credentials(
    m: &mut Model,
    req: AlterUserScramCredentialsRequest,
    inject: Option<i16>,
) -> AlterUserScramCredentialsResponse {
    let mut resp = AlterUserScramCredentialsResponse::default();
    let mut errors: BTreeMap<String, (i16, String)> = BTreeMap::new();
    let mut deletions: BTreeMap<String, &'static str> = BTreeMap::new();
    let mut upserts: BTreeMap<String, (&'static str, i32, Bytes, Bytes)> = BTreeMap::new();
    let dup = || {
        (
            DUPLICATE_RESOURCE,
            "A user credential cannot be altered twice in the same request".to_string(),
        )
    };
    let user_and_mechanism = |name: &str, mech: i8| {
        if name.is_empty() {
            return Err((
                UNACCEPTABLE_CREDENTIAL,
                "Username must not be empty".to_string(),
            ));
        }
        mechanism_name(mech).ok_or((
            UNSUPPORTED_SASL_MECHANISM,
            "Unknown SCRAM mechanism".to_string(),
        ))
    };
    {
        let store = m.scram.lock().unwrap_or_else(|e| e.into_inner());
        for d in &req.deletions {
            let name = d.name.to_string();
            if errors.contains_key(&name) {
                continue;
            }
            if deletions.remove(&name).is_some() {
                errors.insert(name, dup());
                continue;
            }
            match user_and_mechanism(&name, d.mechanism) {
                Err(e) => {
                    errors.insert(name, e);
                }
                Ok(mech) if !store.contains_key(&(mech, name.clone())) => {
                    errors.insert(
                        name,
                        (
                            RESOURCE_NOT_FOUND,
                            "Attempt to delete a user credential that does not exist".into(),
                        ),
                    );
                }
                Ok(mech) => {
                    deletions.insert(name, mech);
                }
            }
        }
        for u in &req.upsertions {
            let name = u.name.to_string();
            if errors.contains_key(&name) {
                continue;
            }
            if deletions.remove(&name).is_some() || upserts.remove(&name).is_some() {
                errors.insert(name, dup());
                continue;
            }
            match user_and_mechanism(&name, u.mechanism) {
                Err(e) => {
                    errors.insert(name, e);
                }
                Ok(_) if u.iterations < MIN_ITERATIONS => {
                    errors.insert(name, (UNACCEPTABLE_CREDENTIAL, "Too few iterations".into()));
                }
                Ok(_) if u.iterations > MAX_ITERATIONS => {
                    errors.insert(
                        name,
                        (UNACCEPTABLE_CREDENTIAL, "Too many iterations".into()),
                    );
                }
                Ok(mech) => {
                    upserts.insert(
                        name,
                        (
                            mech,
                            u.iterations,
                            u.salt.clone(),
                            u.salted_password.clone(),
                        ),
                    );
                }
            }
        }
    }
    let result = |user: &str, code: i16, message: Option<String>| {
        let mut r =
            alter_user_scram_credentials_response::AlterUserScramCredentialsResult::default();
        r.user = s(user.to_string());
        r.error_code = code;
        r.error_message = message.map(s);
        r
    };
    if let Some(code) = inject {
        let users = deletions.keys().chain(upserts.keys()).chain(errors.keys());
        resp.results = users
            .map(|u| result(u, code, default_message(code).map(|m| m.to_string())))
            .collect();
        return resp;
    }
    let mut store = m.scram.lock().unwrap_or_else(|e| e.into_inner());
    for (user, mech) in &deletions {
        store.remove(&(mech, user.clone()));
        resp.results.push(result(user, 0, None));
    }
    for (user, (mech, iterations, salt, salted)) in upserts {
        store.insert(
            (mech, user.clone()),
            ScramCredential::from_salted(mech, &salt, &salted, iterations as u32),
        );
        resp.results.push(result(&user, 0, None));
    }
    for (user, (code, message)) in errors {
        resp.results.push(result(&user, code, Some(message)));
    }
    resp
}
