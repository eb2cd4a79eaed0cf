//! Server side of SASL/PLAIN and SASL/SCRAM-SHA-256/512, on rsasl's server
//! mechanisms, with credentials derived at startup the way Kafka stores them
//! (salt, iterations, StoredKey, ServerKey); and of OAUTHBEARER carrying an
//! MSK IAM token, checked the way MSK does: the token is a SigV4-presigned
//! URL whose signature is recomputed here from the known secret key.

use rsasl::callback::{Context, Request, SessionCallback, SessionData};
use rsasl::mechanisms::scram::properties::ScramStoredPassword;
use rsasl::mechanisms::scram::tools::{derive_keys, hash_password};
use rsasl::prelude::{Mechname, SASLConfig, SASLServer, Session, SessionError, State};
use rsasl::property::{AuthId, AuthzId, Password};
use rsasl::validate::{Validate, Validation, ValidationError};
use sha2::digest::generic_array::GenericArray;
use sha2::{Digest, Sha256, Sha512};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use crate::iam;
pub use crate::iam::AwsIamUser;

/// Kafka's minimum (and kafka-configs.sh default) SCRAM iteration count.
const ITERATIONS: u32 = 4096;

pub const DEFAULT_MECHANISMS: &[&str] = &["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"];

/// A SCRAM credential as Kafka stores it: never the password.
pub struct ScramCredential {
    salt: Vec<u8>,
    stored_key: Vec<u8>,
    server_key: Vec<u8>,
    pub iterations: u32,
}

impl ScramCredential {
    /// The credential an AlterUserScramCredentials upsertion describes:
    /// StoredKey and ServerKey derived from the client's SaltedPassword.
    pub fn from_salted(mech: &str, salt: &[u8], salted: &[u8], iterations: u32) -> ScramCredential {
        let (stored_key, server_key) = keys_from_salted(mech, salted);
        ScramCredential {
            salt: salt.to_vec(),
            stored_key,
            server_key,
            iterations,
        }
    }
}

/// Every SCRAM credential of the cluster by (mechanism, user): shared by
/// the SASL logins and the credential APIs, so users created through the
/// API can log in.
pub type ScramStore = Arc<Mutex<BTreeMap<(&'static str, String), ScramCredential>>>;

struct Users {
    passwords: HashMap<String, String>,
    scram: ScramStore,
}

struct Callback {
    users: Arc<Users>,
}

/// The authenticated principal, handed back from the validation callback.
pub struct Authenticated;

impl Validation for Authenticated {
    type Value = String;
}

impl SessionCallback for Callback {
    fn callback(
        &self,
        session_data: &SessionData,
        context: &Context,
        request: &mut Request,
    ) -> Result<(), SessionError> {
        let mechanism = session_data.mechanism().mechanism.as_str();
        if let Some(user) = context.get_ref::<AuthId>() {
            let store = self.users.scram.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(cred) = store.get(&(scram_key(mechanism), user.to_string())) {
                request.satisfy::<ScramStoredPassword>(&ScramStoredPassword::new(
                    cred.iterations,
                    &cred.salt,
                    &cred.stored_key,
                    &cred.server_key,
                ))?;
            }
        }
        Ok(())
    }

    fn validate(
        &self,
        session_data: &SessionData,
        context: &Context,
        validate: &mut Validate<'_>,
    ) -> Result<(), ValidationError> {
        let Some(authid) = context.get_ref::<AuthId>() else {
            return Ok(());
        };
        // Kafka rejects an authorization id that differs from the user name.
        if let Some(authzid) = context.get_ref::<AuthzId>() {
            if !authzid.is_empty() && authzid != authid {
                return Ok(());
            }
        }
        let accepted = if session_data.mechanism().mechanism.as_str() == "PLAIN" {
            let password = context.get_ref::<Password>();
            matches!(
                (self.users.passwords.get(authid), password),
                (Some(expected), Some(given)) if expected.as_bytes() == given
            )
        } else {
            // rsasl only validates SCRAM after the client proof matched.
            let store = self.users.scram.lock().unwrap_or_else(|e| e.into_inner());
            store.contains_key(&(
                scram_key(session_data.mechanism().mechanism.as_str()),
                authid.to_string(),
            ))
        };
        if accepted {
            validate.with::<Authenticated, _>(|| Ok(authid.to_string()))?;
        }
        Ok(())
    }
}

fn scram_key(mechanism: &str) -> &'static str {
    match mechanism {
        "SCRAM-SHA-256" => "SCRAM-SHA-256",
        "SCRAM-SHA-512" => "SCRAM-SHA-512",
        _ => "",
    }
}

pub struct SaslSetup {
    pub mechanisms: Vec<String>,
    config: Arc<SASLConfig>,
    iam: Option<Arc<AwsIamUser>>,
}

pub enum Step {
    Continue(Vec<u8>),
    Done { user: String, reply: Vec<u8> },
    Failed(String),
}

pub struct Exchange {
    inner: Inner,
}

enum Inner {
    Rsasl {
        session: Session<Authenticated>,
        mechanism: String,
    },
    OauthBearer {
        iam: Arc<AwsIamUser>,
        state: OauthState,
    },
}

enum OauthState {
    Start,
    /// The token was refused for this reason; the error challenge is out and
    /// the client's `\x01` acknowledgement is awaited.
    Rejected(String),
    Over,
}

impl SaslSetup {
    pub fn new(
        users: &[(String, String)],
        mechanisms: &[String],
        iam: Option<AwsIamUser>,
        store: ScramStore,
    ) -> std::io::Result<SaslSetup> {
        let mut mechanisms: Vec<String> = if !mechanisms.is_empty() {
            mechanisms.to_vec()
        } else if users.is_empty() {
            Vec::new()
        } else {
            DEFAULT_MECHANISMS.iter().map(|m| m.to_string()).collect()
        };
        if iam.is_some() && !mechanisms.iter().any(|m| m == "OAUTHBEARER") {
            mechanisms.push("OAUTHBEARER".to_string());
        }
        if let Some(other) = mechanisms.iter().find(|m| {
            let known = DEFAULT_MECHANISMS.contains(&m.as_str())
                || (m.as_str() == "OAUTHBEARER" && iam.is_some());
            !known
        }) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!(
                    "the fake cluster implements PLAIN, SCRAM-SHA-256/512 and (with an IAM user) OAUTHBEARER, not {other}"
                ),
            ));
        }
        let mut scram = store.lock().unwrap_or_else(|e| e.into_inner());
        for (user, password) in users {
            for mech in ["SCRAM-SHA-256", "SCRAM-SHA-512"] {
                if !mechanisms.iter().any(|m| m == mech) {
                    continue;
                }
                let salt = Sha256::digest(format!("fake-kafka-salt:{mech}:{user}").as_bytes())
                    [..16]
                    .to_vec();
                let (stored_key, server_key) = scram_keys(mech, password, &salt);
                scram.insert(
                    (mech, user.clone()),
                    ScramCredential {
                        salt,
                        stored_key,
                        server_key,
                        iterations: ITERATIONS,
                    },
                );
            }
        }
        drop(scram);
        let users = Arc::new(Users {
            passwords: users.iter().cloned().collect(),
            scram: store,
        });
        let config = SASLConfig::builder()
            .with_defaults()
            .with_callback(Callback { users })
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        Ok(SaslSetup {
            mechanisms,
            config,
            iam: iam.map(Arc::new),
        })
    }

    pub fn start(&self, mechanism: &str) -> Option<Exchange> {
        if !self.mechanisms.iter().any(|m| m == mechanism) {
            return None;
        }
        if mechanism == "OAUTHBEARER" {
            return Some(Exchange {
                inner: Inner::OauthBearer {
                    iam: self.iam.clone()?,
                    state: OauthState::Start,
                },
            });
        }
        let name = Mechname::parse(mechanism.as_bytes()).ok()?;
        let session = SASLServer::<Authenticated>::new(self.config.clone())
            .start_suggested(name)
            .ok()?;
        Some(Exchange {
            inner: Inner::Rsasl {
                session,
                mechanism: mechanism.to_string(),
            },
        })
    }
}

impl Exchange {
    pub fn step(&mut self, input: &[u8]) -> Step {
        match &mut self.inner {
            Inner::Rsasl { session, mechanism } => {
                let mut out = Vec::new();
                match session.step(Some(input), &mut out) {
                    Ok(State::Running) => Step::Continue(out),
                    Ok(State::Finished(_)) => match session.validation() {
                        Some(user) => Step::Done { user, reply: out },
                        None => Step::Failed(failure_message(mechanism)),
                    },
                    Err(_) => Step::Failed(failure_message(mechanism)),
                }
            }
            Inner::OauthBearer { iam, state } => {
                match std::mem::replace(state, OauthState::Over) {
                    OauthState::Start => match iam::verify(iam, input, SystemTime::now()) {
                        Ok(user) => Step::Done {
                            user,
                            reply: Vec::new(),
                        },
                        // Kafka's OAUTHBEARER server answers a bad token with
                        // an error challenge and fails only after the client
                        // acknowledged it.
                        Err(reason) => {
                            *state = OauthState::Rejected(reason);
                            Step::Continue(br#"{"status":"invalid_token"}"#.to_vec())
                        }
                    },
                    OauthState::Rejected(reason) => {
                        Step::Failed(format!("Authentication failed: {reason}"))
                    }
                    OauthState::Over => Step::Failed("Authentication failed".to_string()),
                }
            }
        }
    }
}

/// The messages Kafka's PLAIN and SCRAM server implementations send.
fn failure_message(mechanism: &str) -> String {
    if mechanism == "PLAIN" {
        "Authentication failed: Invalid username or password".to_string()
    } else {
        format!(
            "Authentication failed during authentication due to invalid credentials with SASL mechanism {mechanism}"
        )
    }
}

/// RFC 5802 StoredKey and ServerKey from a SaltedPassword (of the
/// mechanism's length; anything else yields keys no proof matches).
fn keys_from_salted(mech: &str, salted: &[u8]) -> (Vec<u8>, Vec<u8>) {
    if mech == "SCRAM-SHA-512" && salted.len() == 64 {
        let (client_key, server_key) =
            derive_keys::<Sha512>(sha2::digest::Output::<Sha512>::from_slice(salted));
        (Sha512::digest(client_key).to_vec(), server_key.to_vec())
    } else if mech == "SCRAM-SHA-256" && salted.len() == 32 {
        let (client_key, server_key) =
            derive_keys::<Sha256>(sha2::digest::Output::<Sha256>::from_slice(salted));
        (Sha256::digest(client_key).to_vec(), server_key.to_vec())
    } else {
        (Vec::new(), Vec::new())
    }
}

/// RFC 5802 StoredKey and ServerKey for a password, with rsasl's own
/// derivation so client and server agree by construction.
fn scram_keys(mech: &str, password: &str, salt: &[u8]) -> (Vec<u8>, Vec<u8>) {
    if mech == "SCRAM-SHA-512" {
        let mut salted = GenericArray::default();
        hash_password::<Sha512>(password.as_bytes(), ITERATIONS, salt, &mut salted);
        let (client_key, server_key) = derive_keys::<Sha512>(&salted);
        (Sha512::digest(client_key).to_vec(), server_key.to_vec())
    } else {
        let mut salted = GenericArray::default();
        hash_password::<Sha256>(password.as_bytes(), ITERATIONS, salt, &mut salted);
        let (client_key, server_key) = derive_keys::<Sha256>(&salted);
        (Sha256::digest(client_key).to_vec(), server_key.to_vec())
    }
}
