//! The admin facade's SCRAM credential calls (KIP-554):
//! DescribeUserScramCredentials and AlterUserScramCredentials, and the
//! client-side salting Kafka requires: the password never leaves this
//! process; the broker gets a random salt, the iteration count and
//! SaltedPassword = Hi(password, salt, iterations) (RFC 5802, PBKDF2 with
//! HMAC-SHA-256/512), as Kafka's ScramFormatter computes it.

use std::time::Duration;

use bytes::Bytes;
use kafka_protocol::messages::{
    alter_user_scram_credentials_request::{ScramCredentialDeletion, ScramCredentialUpsertion},
    describe_user_scram_credentials_request::UserName,
    AlterUserScramCredentialsRequest, DescribeUserScramCredentialsRequest,
};
use serde::Serialize;

use super::admin::{str_bytes, Admin};
use super::client::Target;
use super::error::{KafkaError, NOT_CONTROLLER};

/// Kafka's ScramMechanism: the same minimum for both mechanisms (below
/// it the broker answers UNACCEPTABLE_CREDENTIAL), and kafka-configs.sh's
/// default.
pub const MIN_ITERATIONS: u32 = 4096;
/// Kafka's ScramMechanism maximum.
pub const MAX_ITERATIONS: u32 = 16384;
/// Bytes of random salt per credential.
const SALT_LEN: usize = 32;
pub const RESOURCE_NOT_FOUND: i16 = 91;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum ScramMechanism {
    #[serde(rename = "SCRAM-SHA-256")]
    Sha256,
    #[serde(rename = "SCRAM-SHA-512")]
    Sha512,
}

impl ScramMechanism {
    pub const ALL: [ScramMechanism; 2] = [ScramMechanism::Sha256, ScramMechanism::Sha512];

    /// The wire code (Kafka's ScramMechanism.type).
    pub fn code(self) -> i8 {
        match self {
            ScramMechanism::Sha256 => 1,
            ScramMechanism::Sha512 => 2,
        }
    }

    pub fn from_code(code: i8) -> Option<ScramMechanism> {
        match code {
            1 => Some(ScramMechanism::Sha256),
            2 => Some(ScramMechanism::Sha512),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ScramMechanism::Sha256 => "SCRAM-SHA-256",
            ScramMechanism::Sha512 => "SCRAM-SHA-512",
        }
    }

    pub fn parse(s: &str) -> Option<ScramMechanism> {
        ScramMechanism::ALL
            .into_iter()
            .find(|m| m.name().eq_ignore_ascii_case(s))
    }

    /// SaltedPassword := Hi(Normalize(password), salt, i): PBKDF2 with this
    /// mechanism's HMAC, one block (the hash's length). Kafka's
    /// ScramFormatter normalizes by taking the UTF-8 bytes as they are.
    pub fn salted_password(self, password: &[u8], salt: &[u8], iterations: u32) -> Vec<u8> {
        match self {
            ScramMechanism::Sha256 => {
                pbkdf2::pbkdf2_hmac_array::<sha2::Sha256, 32>(password, salt, iterations).to_vec()
            }
            ScramMechanism::Sha512 => {
                pbkdf2::pbkdf2_hmac_array::<sha2::Sha512, 64>(password, salt, iterations).to_vec()
            }
        }
    }
}

impl std::fmt::Display for ScramMechanism {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// One credential a user has: the mechanism and its iteration count
/// (Kafka never returns salts or keys).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScramCredentialInfo {
    pub mechanism: ScramMechanism,
    pub iterations: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScramUser {
    pub user: String,
    pub credentials: Vec<ScramCredentialInfo>,
}

/// A credential to create or replace, already salted: it holds no
/// password, so it can be logged and retried safely.
#[derive(Clone, PartialEq, Eq)]
pub struct ScramUpsertion {
    pub user: String,
    pub mechanism: ScramMechanism,
    pub iterations: u32,
    salt: Vec<u8>,
    salted_password: Vec<u8>,
}

// Salt and salted password stay out of debug output: the salted password
// is enough to log in with SCRAM.
impl std::fmt::Debug for ScramUpsertion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScramUpsertion")
            .field("user", &self.user)
            .field("mechanism", &self.mechanism)
            .field("iterations", &self.iterations)
            .finish_non_exhaustive()
    }
}

impl ScramUpsertion {
    /// Salts `password` with fresh random bytes.
    pub fn new(
        user: &str,
        mechanism: ScramMechanism,
        password: &[u8],
        iterations: u32,
    ) -> ScramUpsertion {
        let mut salt = vec![0u8; SALT_LEN];
        rand::fill(&mut salt[..]);
        ScramUpsertion::with_salt(user, mechanism, password, iterations, salt)
    }

    pub fn with_salt(
        user: &str,
        mechanism: ScramMechanism,
        password: &[u8],
        iterations: u32,
        salt: Vec<u8>,
    ) -> ScramUpsertion {
        let salted_password = mechanism.salted_password(password, &salt, iterations);
        ScramUpsertion {
            user: user.to_string(),
            mechanism,
            iterations,
            salt,
            salted_password,
        }
    }

    pub fn salt(&self) -> &[u8] {
        &self.salt
    }

    pub fn salted_password(&self) -> &[u8] {
        &self.salted_password
    }
}

/// A credential to delete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScramDeletion {
    pub user: String,
    pub mechanism: ScramMechanism,
}

impl Admin {
    /// The SCRAM credentials of `users`, or of every user with one
    /// (`None`). A named user without credentials is an error for that
    /// user (RESOURCE_NOT_FOUND), as Kafka answers.
    pub async fn describe_scram_users(
        &self,
        users: Option<&[String]>,
    ) -> Result<Vec<(String, Result<ScramUser, KafkaError>)>, KafkaError> {
        self.describe_scram_users_at(Target::Any, users).await
    }

    async fn describe_scram_users_at(
        &self,
        target: Target,
        users: Option<&[String]>,
    ) -> Result<Vec<(String, Result<ScramUser, KafkaError>)>, KafkaError> {
        let req = DescribeUserScramCredentialsRequest::default().with_users(users.map(|u| {
            u.iter()
                .map(|n| UserName::default().with_name(str_bytes(n)))
                .collect()
        }));
        let (resp, _) = self.client().send(target, &req, true).await?;
        if resp.error_code != 0 {
            return Err(KafkaError::broker(
                "DescribeUserScramCredentials",
                resp.error_code,
                resp.error_message.map(|m| m.to_string()),
            ));
        }
        let mut out: Vec<(String, Result<ScramUser, KafkaError>)> = resp
            .results
            .into_iter()
            .map(|r| {
                let user = r.user.to_string();
                if r.error_code != 0 {
                    let e = KafkaError::broker(
                        format!("user '{user}'"),
                        r.error_code,
                        r.error_message.map(|m| m.to_string()),
                    );
                    return (user, Err(e));
                }
                let mut credentials: Vec<ScramCredentialInfo> = r
                    .credential_infos
                    .into_iter()
                    .filter_map(|c| {
                        ScramMechanism::from_code(c.mechanism).map(|mechanism| {
                            ScramCredentialInfo {
                                mechanism,
                                iterations: c.iterations,
                            }
                        })
                    })
                    .collect();
                credentials.sort_by_key(|c| c.mechanism);
                (user.clone(), Ok(ScramUser { user, credentials }))
            })
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(out)
    }

    /// Creates, replaces and deletes credentials in one request; the result
    /// is per user, in the order Kafka answers (one per user named). Sent
    /// to the controller: under ZooKeeper only the active controller takes
    /// it (others answer NOT_CONTROLLER, which is retried after reading
    /// the controller again); under KRaft any broker forwards it.
    pub async fn alter_scram_credentials(
        &self,
        upsertions: &[ScramUpsertion],
        deletions: &[ScramDeletion],
    ) -> Result<Vec<(String, Result<(), KafkaError>)>, KafkaError> {
        let req = AlterUserScramCredentialsRequest::default()
            .with_upsertions(
                upsertions
                    .iter()
                    .map(|u| {
                        ScramCredentialUpsertion::default()
                            .with_name(str_bytes(&u.user))
                            .with_mechanism(u.mechanism.code())
                            .with_iterations(u.iterations as i32)
                            .with_salt(Bytes::copy_from_slice(&u.salt))
                            .with_salted_password(Bytes::copy_from_slice(&u.salted_password))
                    })
                    .collect(),
            )
            .with_deletions(
                deletions
                    .iter()
                    .map(|d| {
                        ScramCredentialDeletion::default()
                            .with_name(str_bytes(&d.user))
                            .with_mechanism(d.mechanism.code())
                    })
                    .collect(),
            );
        let mut round = 0;
        loop {
            round += 1;
            // A deletion repeated over a broken connection would report
            // RESOURCE_NOT_FOUND for what the first attempt deleted.
            let idempotent = deletions.is_empty();
            let (resp, _) = self
                .client()
                .send(Target::Controller, &req, idempotent)
                .await?;
            let moved = resp.results.iter().any(|r| r.error_code == NOT_CONTROLLER);
            if moved && round < 4 {
                // NOT_CONTROLLER: nothing was done for any user.
                tokio::time::sleep(Duration::from_millis(100 << round)).await;
                self.client().refresh_brokers().await?;
                continue;
            }
            let results: Vec<(String, Result<(), KafkaError>)> = resp
                .results
                .into_iter()
                .map(|r| {
                    let user = r.user.to_string();
                    let res = if r.error_code == 0 {
                        Ok(())
                    } else {
                        Err(KafkaError::broker(
                            format!("user '{user}'"),
                            r.error_code,
                            r.error_message.map(|m| m.to_string()),
                        ))
                    };
                    (user, res)
                })
                .collect();
            let ok = |user: &str| results.iter().any(|(u, r)| u == user && r.is_ok());
            let expected: Vec<(String, ScramMechanism, Option<i32>)> = upsertions
                .iter()
                .filter(|u| ok(&u.user))
                .map(|u| (u.user.clone(), u.mechanism, Some(u.iterations as i32)))
                .chain(
                    deletions
                        .iter()
                        .filter(|d| ok(&d.user))
                        .map(|d| (d.user.clone(), d.mechanism, None)),
                )
                .collect();
            self.await_scram_everywhere(&expected).await;
            return Ok(results);
        }
    }

    /// Brokers learn of credential changes from the metadata log a moment
    /// after the controller accepted them: waits until every broker
    /// describes each change (`Some(iterations)`: present with them;
    /// `None`: gone), so the next command, and the next login on any
    /// broker, sees it.
    async fn await_scram_everywhere(&self, expected: &[(String, ScramMechanism, Option<i32>)]) {
        if expected.is_empty() {
            return;
        }
        let mut users: Vec<String> = expected.iter().map(|(u, _, _)| u.clone()).collect();
        users.sort();
        users.dedup();
        let users = &users;
        self.poll_every_broker(
            "SCRAM credential",
            self.client().timeout(),
            |id| async move {
                let seen = self
                    .describe_scram_users_at(Target::Broker(id), Some(users))
                    .await?;
                Ok(expected.iter().all(|(user, mechanism, want)| {
                    let have = seen
                        .iter()
                        .find(|(u, _)| u == user)
                        .and_then(|(_, r)| r.as_ref().ok())
                        .and_then(|u| u.credentials.iter().find(|c| c.mechanism == *mechanism))
                        .map(|c| c.iterations);
                    have == *want
                }))
            },
        )
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 7677's SCRAM-SHA-256 example (password "pencil", this salt, 4096
    /// iterations); the expected SaltedPassword was computed independently
    /// with Python's hashlib.pbkdf2_hmac("sha256", ...).
    #[test]
    fn salting_follows_rfc_7677() {
        use base64::Engine;
        let salt = base64::engine::general_purpose::STANDARD
            .decode("W22ZaJ0SNY7soEsUEjb6gQ==")
            .unwrap();
        let salted = ScramMechanism::Sha256.salted_password(b"pencil", &salt, 4096);
        assert_eq!(
            salted
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>(),
            "c4a49510323ab4f952cac1fa99441939e78ea74d6be81ddf7096e87513dc615d"
        );
        assert_eq!(
            ScramMechanism::Sha512
                .salted_password(b"x", b"s", 4096)
                .len(),
            64
        );
    }

    #[test]
    fn upsertions_get_fresh_salt_and_hide_it() {
        let a = ScramUpsertion::new("alice", ScramMechanism::Sha512, b"pw", 4096);
        let b = ScramUpsertion::new("alice", ScramMechanism::Sha512, b"pw", 4096);
        assert_eq!(a.salt().len(), SALT_LEN);
        assert_ne!(a.salt(), b.salt());
        assert_ne!(a.salted_password(), b.salted_password());
        let shown = format!("{a:?}");
        assert!(
            shown.contains("alice") && !shown.contains("salt"),
            "{shown}"
        );
    }

    #[test]
    fn mechanism_codes_are_kafkas() {
        assert_eq!(ScramMechanism::Sha256.code(), 1);
        assert_eq!(ScramMechanism::Sha512.code(), 2);
        assert_eq!(ScramMechanism::from_code(0), None);
        assert_eq!(
            ScramMechanism::parse("scram-sha-512"),
            Some(ScramMechanism::Sha512)
        );
    }
}
