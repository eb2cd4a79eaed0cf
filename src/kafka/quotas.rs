//! The admin facade's client-quota calls (KIP-546): DescribeClientQuotas and
//! AlterClientQuotas. An entity is a user, a client id, both, or Kafka's
//! "default" of either (a name of `null` on the wire); values are doubles
//! on the wire, though every byte-rate key Kafka defines is an integer.

use std::collections::BTreeMap;

use kafka_protocol::messages::{
    alter_client_quotas_request::{EntityData as AlterEntity, EntryData as AlterEntry, OpData},
    describe_client_quotas_request::ComponentData,
    AlterClientQuotasRequest, DescribeClientQuotasRequest,
};
use kafka_protocol::protocol::StrBytes;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::admin::{str_bytes, Admin};
use super::client::Target;
use super::error::KafkaError;

pub const PRODUCER_BYTE_RATE: &str = "producer_byte_rate";
pub const CONSUMER_BYTE_RATE: &str = "consumer_byte_rate";
pub const REQUEST_PERCENTAGE: &str = "request_percentage";
pub const CONTROLLER_MUTATION_RATE: &str = "controller_mutation_rate";

/// The client quota keys mskctl sets, as Kafka names them (QuotaConfig).
pub const QUOTA_KEYS: [&str; 4] = [
    PRODUCER_BYTE_RATE,
    CONSUMER_BYTE_RATE,
    REQUEST_PERCENTAGE,
    CONTROLLER_MUTATION_RATE,
];

const USER: &str = "user";
const CLIENT_ID: &str = "client-id";
const IP: &str = "ip";

/// What a quota applies to. Each component is absent (`None`), Kafka's
/// default for that component (`Some(None)`), or a name. Serialized as the
/// components present: `{"user": "alice"}`, `{"user": null}` (the default
/// user), `{"user": "alice", "client-id": "x"}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct QuotaEntity {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub user: Option<Option<String>>,
    #[serde(
        rename = "client-id",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub client_id: Option<Option<String>>,
    /// IP quotas (connection_creation_rate) are listed, never set here.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub ip: Option<Option<String>>,
}

/// A component written (`"user": null` is the default user); a missing one
/// stays `None` through `default`.
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

impl QuotaEntity {
    pub fn user(name: &str) -> QuotaEntity {
        QuotaEntity {
            user: Some(Some(name.to_string())),
            ..QuotaEntity::default()
        }
    }

    /// The entity as people read it: `user 'alice'`, `default user`,
    /// `user 'alice', client-id 'x'`.
    pub fn describe(&self) -> String {
        let one = |kind: &str, v: &Option<Option<String>>| {
            v.as_ref().map(|name| match name {
                Some(n) => format!("{kind} '{n}'"),
                None => format!("default {kind}"),
            })
        };
        let parts: Vec<String> = [
            one(USER, &self.user),
            one(CLIENT_ID, &self.client_id),
            one(IP, &self.ip),
        ]
        .into_iter()
        .flatten()
        .collect();
        if parts.is_empty() {
            "no entity".into()
        } else {
            parts.join(", ")
        }
    }

    /// The entity a broker names by its components (type, name or `None`
    /// for the default). A type this client does not know is left out.
    fn from_components(components: impl Iterator<Item = (StrBytes, Option<String>)>) -> Self {
        let mut entity = QuotaEntity::default();
        for (kind, name) in components {
            match kind.as_str() {
                USER => entity.user = Some(name),
                CLIENT_ID => entity.client_id = Some(name),
                IP => entity.ip = Some(name),
                _ => {}
            }
        }
        entity
    }

    fn components(&self) -> Vec<(&'static str, Option<String>)> {
        [
            (USER, &self.user),
            (CLIENT_ID, &self.client_id),
            (IP, &self.ip),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.clone().map(|n| (k, n)))
        .collect()
    }
}

/// One component of a describe filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuotaMatch {
    /// Exactly this name.
    Name(String),
    /// Kafka's default entity of this type.
    Default,
    /// Any entity that has this component, the default included.
    Any,
}

/// Which entities DescribeClientQuotas returns. Not strict: entities with
/// further components match too (`--user alice` lists alice's per-client
/// quotas as well); strict: only entities with exactly these components.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuotaFilter {
    pub user: Option<QuotaMatch>,
    pub client_id: Option<QuotaMatch>,
    pub strict: bool,
}

impl QuotaMatch {
    /// The match for one entity component: its name, or the default.
    pub fn of(component: &Option<Option<String>>) -> Option<QuotaMatch> {
        component.as_ref().map(|n| match n {
            Some(n) => QuotaMatch::Name(n.clone()),
            None => QuotaMatch::Default,
        })
    }
}

impl QuotaFilter {
    /// The filter that returns exactly this entity's quotas.
    pub fn exactly(entity: &QuotaEntity) -> QuotaFilter {
        QuotaFilter {
            user: QuotaMatch::of(&entity.user),
            client_id: QuotaMatch::of(&entity.client_id),
            strict: true,
        }
    }
}

/// An entity's quotas. Values print as integers when they are whole.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuotaEntry {
    pub entity: QuotaEntity,
    #[serde(serialize_with = "whole_numbers")]
    pub values: BTreeMap<String, f64>,
}

fn whole_numbers<S: Serializer>(v: &BTreeMap<String, f64>, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(Some(v.len()))?;
    for (k, x) in v {
        m.serialize_entry(k, &quota_number(*x))?;
    }
    m.end()
}

/// A quota value as JSON: an integer when it is one (`1048576`, not
/// `1048576.0`), else the double.
pub fn quota_number(x: f64) -> serde_json::Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        serde_json::Value::from(x as i64)
    } else {
        serde_json::Number::from_f64(x)
            .map(serde_json::Value::Number)
            .unwrap_or(serde_json::Value::Null)
    }
}

/// One entity's change: keys to set and keys to remove.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotaAlteration {
    pub entity: QuotaEntity,
    pub set: Vec<(String, f64)>,
    pub remove: Vec<String>,
}

impl Admin {
    /// The quotas of the entities the filter matches, sorted by entity.
    pub async fn describe_client_quotas(
        &self,
        filter: &QuotaFilter,
    ) -> Result<Vec<QuotaEntry>, KafkaError> {
        self.describe_client_quotas_at(Target::Any, filter).await
    }

    async fn describe_client_quotas_at(
        &self,
        target: Target,
        filter: &QuotaFilter,
    ) -> Result<Vec<QuotaEntry>, KafkaError> {
        let component = |kind: &str, m: &QuotaMatch| {
            let c = ComponentData::default().with_entity_type(str_bytes(kind));
            match m {
                QuotaMatch::Name(n) => c.with_match_type(0).with_match(Some(str_bytes(n))),
                QuotaMatch::Default => c.with_match_type(1).with_match(None),
                QuotaMatch::Any => c.with_match_type(2).with_match(None),
            }
        };
        let mut components = Vec::new();
        if let Some(m) = &filter.user {
            components.push(component(USER, m));
        }
        if let Some(m) = &filter.client_id {
            components.push(component(CLIENT_ID, m));
        }
        let req = DescribeClientQuotasRequest::default()
            .with_components(components)
            .with_strict(filter.strict);
        let (resp, _) = self.client().send(target, &req, true).await?;
        if resp.error_code != 0 {
            return Err(KafkaError::broker(
                "DescribeClientQuotas",
                resp.error_code,
                resp.error_message.map(|m| m.to_string()),
            ));
        }
        let mut out: Vec<QuotaEntry> = resp
            .entries
            .unwrap_or_default()
            .into_iter()
            .map(|e| {
                let entity = QuotaEntity::from_components(
                    e.entity
                        .into_iter()
                        .map(|c| (c.entity_type, c.entity_name.map(|n| n.to_string()))),
                );
                let values = e
                    .values
                    .into_iter()
                    .map(|v| (v.key.to_string(), v.value))
                    .collect();
                QuotaEntry { entity, values }
            })
            .collect();
        out.sort_by(|a, b| a.entity.cmp(&b.entity));
        Ok(out)
    }

    /// Changes quotas, one request for all entities; the result is per
    /// entity, in order. Any broker takes it (ZooKeeper brokers write it
    /// themselves, KRaft brokers forward it to the controller), so it is
    /// sent like Kafka's admin client sends it, to any broker.
    pub async fn alter_client_quotas(
        &self,
        changes: &[QuotaAlteration],
        validate_only: bool,
    ) -> Result<Vec<(QuotaEntity, Result<(), KafkaError>)>, KafkaError> {
        let entries =
            changes
                .iter()
                .map(|c| {
                    let entity = c
                        .entity
                        .components()
                        .into_iter()
                        .map(|(k, n)| {
                            AlterEntity::default()
                                .with_entity_type(str_bytes(k))
                                .with_entity_name(n.as_deref().map(str_bytes))
                        })
                        .collect();
                    let ops =
                        c.set
                            .iter()
                            .map(|(k, v)| OpData::default().with_key(str_bytes(k)).with_value(*v))
                            .chain(c.remove.iter().map(|k| {
                                OpData::default().with_key(str_bytes(k)).with_remove(true)
                            }))
                            .collect();
                    AlterEntry::default().with_entity(entity).with_ops(ops)
                })
                .collect();
        let req = AlterClientQuotasRequest::default()
            .with_entries(entries)
            .with_validate_only(validate_only);
        // Setting a value twice leaves it set, so a broken connection is
        // retried.
        let (resp, _) = self.client().send(Target::Any, &req, true).await?;
        if resp.entries.len() != changes.len() {
            return Err(KafkaError::Other(format!(
                "AlterClientQuotas: the broker answered for {} of {} entities",
                resp.entries.len(),
                changes.len()
            )));
        }
        // Kafka answers once per entity, in an order of its own (KRaft
        // brokers from a hash map), so answers are matched by entity.
        let mut answers: Vec<(QuotaEntity, i16, Option<String>)> = resp
            .entries
            .into_iter()
            .map(|r| {
                let entity = QuotaEntity::from_components(
                    r.entity
                        .into_iter()
                        .map(|c| (c.entity_type, c.entity_name.map(|n| n.to_string()))),
                );
                (entity, r.error_code, r.error_message.map(|m| m.to_string()))
            })
            .collect();
        let results: Vec<(QuotaEntity, Result<(), KafkaError>)> = changes
            .iter()
            .map(|c| {
                let res = match answers.iter().position(|(e, _, _)| *e == c.entity) {
                    Some(i) => {
                        let (_, code, message) = answers.swap_remove(i);
                        if code == 0 {
                            Ok(())
                        } else {
                            Err(KafkaError::broker(
                                format!("quota of {}", c.entity.describe()),
                                code,
                                message,
                            ))
                        }
                    }
                    None => Err(KafkaError::Other(format!(
                        "quota of {}: the broker did not answer for it",
                        c.entity.describe()
                    ))),
                };
                (c.entity.clone(), res)
            })
            .collect();
        if !validate_only {
            let done: Vec<&QuotaAlteration> = changes
                .iter()
                .zip(&results)
                .filter(|(_, (_, r))| r.is_ok())
                .map(|(c, _)| c)
                .collect();
            self.await_quotas_everywhere(&done).await;
        }
        Ok(results)
    }

    /// KRaft brokers answer DescribeClientQuotas from their copy of the
    /// metadata log, which learns of a change a moment after the
    /// controller accepted it: waits until every broker describes each
    /// entity as changed, so the next command sees the change.
    async fn await_quotas_everywhere(&self, done: &[&QuotaAlteration]) {
        if done.is_empty() {
            return;
        }
        // One describe of everything per broker and round, however many
        // entities changed.
        let all = &QuotaFilter::default();
        self.poll_every_broker("quota", self.client().timeout(), |id| async move {
            let live = self
                .describe_client_quotas_at(Target::Broker(id), all)
                .await?;
            let by_entity: std::collections::HashMap<&QuotaEntity, &BTreeMap<String, f64>> =
                live.iter().map(|e| (&e.entity, &e.values)).collect();
            Ok(done.iter().all(|c| {
                let values = by_entity.get(&c.entity).copied();
                let set_ok = c
                    .set
                    .iter()
                    .all(|(k, v)| values.and_then(|m| m.get(k)) == Some(v));
                let removed_ok = c
                    .remove
                    .iter()
                    .all(|k| values.is_none_or(|m| !m.contains_key(k)));
                set_ok && removed_ok
            }))
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_serialize_as_the_components_present() {
        let alice = QuotaEntity::user("alice");
        assert_eq!(
            serde_json::to_string(&alice).unwrap(),
            r#"{"user":"alice"}"#
        );
        let default_user = QuotaEntity {
            user: Some(None),
            ..QuotaEntity::default()
        };
        assert_eq!(
            serde_json::to_string(&default_user).unwrap(),
            r#"{"user":null}"#
        );
        let both = QuotaEntity {
            user: Some(Some("alice".into())),
            client_id: Some(Some("x".into())),
            ip: None,
        };
        assert_eq!(
            serde_json::to_string(&both).unwrap(),
            r#"{"user":"alice","client-id":"x"}"#
        );
        assert_eq!(both.describe(), "user 'alice', client-id 'x'");
        assert_eq!(default_user.describe(), "default user");
    }

    #[test]
    fn whole_values_print_as_integers() {
        let e = QuotaEntry {
            entity: QuotaEntity::user("a"),
            values: [
                (PRODUCER_BYTE_RATE.to_string(), 1048576.0),
                (REQUEST_PERCENTAGE.to_string(), 12.5),
            ]
            .into(),
        };
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"entity":{"user":"a"},"values":{"producer_byte_rate":1048576,"request_percentage":12.5}}"#
        );
    }
}
