//! `kind: Quota`: client quotas of users, client ids or both. A declared
//! entity's values are all it should have: live keys it does not declare
//! are planned for removal.

use std::collections::BTreeMap;

use crate::kafka::quotas::{
    QuotaEntity, CONSUMER_BYTE_RATE, CONTROLLER_MUTATION_RATE, PRODUCER_BYTE_RATE,
    REQUEST_PERCENTAGE,
};
use crate::plan::quota::{parse_quota_value, QuotaValue};
use crate::plan::{DesiredQuota, SourceRef};

use super::super::yaml::{Node, Pos};
use super::{shorten, Checker, Fields};

pub const QUOTA_SPEC_FIELDS: &[&str] = &["quotas"];
pub const QUOTA_ENTRY_FIELDS: &[&str] = &[
    "entity",
    "producerByteRate",
    "consumerByteRate",
    "requestPercentage",
    "controllerMutationRate",
];
pub const QUOTA_ENTITY_FIELDS: &[&str] = &["user", "client-id"];

/// Manifest field -> Kafka quota key.
pub const QUOTA_VALUE_FIELDS: &[(&str, &str)] = &[
    ("producerByteRate", PRODUCER_BYTE_RATE),
    ("consumerByteRate", CONSUMER_BYTE_RATE),
    ("requestPercentage", REQUEST_PERCENTAGE),
    ("controllerMutationRate", CONTROLLER_MUTATION_RATE),
];

/// One declared entity with where its `entity` was written.
#[derive(Debug, Clone)]
pub struct QuotaDecl {
    pub pos: Pos,
    pub quota: DesiredQuota,
}

impl Checker<'_> {
    pub(super) fn quota(&mut self, metadata: Option<&Fields<'_>>, spec: Option<&Node>, owner: Pos) {
        if let Some(m) = metadata {
            self.document_name(m);
        }
        self.quota_documents += 1;
        let Some(spec) =
            spec.and_then(|s| self.fields(s, owner, "spec", "in spec", QUOTA_SPEC_FIELDS))
        else {
            return;
        };
        let Some(list) = spec.get("quotas") else {
            self.err(
                spec.owner,
                "missing field 'quotas' in spec (a list of entities and their quotas)",
            );
            return;
        };
        let Some(items) = list.as_seq() else {
            self.err(
                list.pos,
                format!("spec.quotas must be a list, not {}", list.type_name()),
            );
            return;
        };
        for item in items {
            self.quota_entry(item);
        }
    }

    fn quota_entry(&mut self, item: &Node) {
        let Some(f) = self.fields(
            item,
            item.pos,
            "each entry of spec.quotas",
            "in a spec.quotas entry",
            QUOTA_ENTRY_FIELDS,
        ) else {
            return;
        };
        let entity = match f.get("entity") {
            None => {
                self.err(
                    item.pos,
                    "missing field 'entity' (e.g. {user: payments-svc}, {client-id: x}, {user: null} for the default user)",
                );
                None
            }
            Some(e) => self.quota_entity(e, f.key_pos("entity").unwrap_or(e.pos)),
        };
        let mut values = BTreeMap::new();
        for (field, key) in QUOTA_VALUE_FIELDS {
            let Some(v) = f.get(field) else {
                continue;
            };
            let Some(text) = v.scalar_text() else {
                self.err(
                    v.pos,
                    format!(
                        "{field} must be a number or a string such as 10MB/s or 50%, not {}",
                        v.type_name()
                    ),
                );
                continue;
            };
            match parse_quota_value(key, text) {
                Ok(x) => {
                    values.insert(key.to_string(), QuotaValue(x));
                }
                Err(e) => self.err(v.pos, format!("{field}: {}", shorten(&e))),
            }
        }
        let declared_any = QUOTA_VALUE_FIELDS
            .iter()
            .any(|(field, _)| f.get(field).is_some());
        if !declared_any {
            self.err(
                item.pos,
                "a quota entry must set at least one of producerByteRate, consumerByteRate, requestPercentage, controllerMutationRate",
            );
        }
        if let Some((entity, pos)) = entity {
            self.quotas.push(QuotaDecl {
                pos,
                quota: DesiredQuota {
                    entity,
                    values,
                    source: SourceRef {
                        file: self.file.to_string(),
                        line: pos.line,
                        column: pos.col,
                    },
                },
            });
        }
    }

    fn quota_entity(&mut self, node: &Node, pos: Pos) -> Option<(QuotaEntity, Pos)> {
        let f = self.fields(node, pos, "entity", "in entity", QUOTA_ENTITY_FIELDS)?;
        let mut bad = false;
        let mut component = |this: &mut Self, field: &str| -> Option<Option<String>> {
            let v = f.get(field)?;
            if v.is_null() {
                return Some(None);
            }
            match v.scalar_text() {
                Some(s) if !s.is_empty() && !s.chars().any(char::is_control) => {
                    Some(Some(s.to_string()))
                }
                _ => {
                    this.err(
                        v.pos,
                        format!("entity.{field} must be a non-empty name, or null for Kafka's default {field}"),
                    );
                    bad = true;
                    None
                }
            }
        };
        let user = component(self, "user");
        let client_id = component(self, "client-id");
        if bad {
            return None;
        }
        if user.is_none() && client_id.is_none() {
            self.err(
                node.pos,
                "entity must name a user, a client-id or both (null for Kafka's default)",
            );
            return None;
        }
        Some((
            QuotaEntity {
                user,
                client_id,
                ip: None,
            },
            node.pos,
        ))
    }
}
