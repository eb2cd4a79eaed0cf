//! SASL: mechanisms and the exchanges that turn server challenges into the
//! next `SaslAuthenticate` bytes (rsasl for PLAIN and SCRAM, OAUTHBEARER by
//! hand for MSK IAM tokens).

use std::fmt;
use std::str::FromStr;

use super::secret::Secret;
use super::AuthError;
use rsasl::mechname::Mechname;
use rsasl::prelude::{MessageSent, SASLClient, SASLConfig, Session, SessionError, State};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaslMechanism {
    Plain,
    ScramSha256,
    ScramSha512,
    /// OAUTHBEARER carrying an MSK IAM token instead of a password.
    AwsMskIam,
}

impl SaslMechanism {
    pub const ALL: [SaslMechanism; 4] = [
        SaslMechanism::Plain,
        SaslMechanism::ScramSha256,
        SaslMechanism::ScramSha512,
        SaslMechanism::AwsMskIam,
    ];

    /// The name sent in `SaslHandshake` and listed by brokers.
    pub fn name(self) -> &'static str {
        match self {
            SaslMechanism::Plain => "PLAIN",
            SaslMechanism::ScramSha256 => "SCRAM-SHA-256",
            SaslMechanism::ScramSha512 => "SCRAM-SHA-512",
            SaslMechanism::AwsMskIam => "OAUTHBEARER",
        }
    }

    /// The name users write; differs from [`name`](Self::name) for
    /// AWS_MSK_IAM, which brokers only know as OAUTHBEARER.
    pub fn label(self) -> &'static str {
        match self {
            SaslMechanism::AwsMskIam => "AWS_MSK_IAM",
            other => other.name(),
        }
    }

    /// Whether the mechanism logs in with a username and password.
    pub fn uses_password(self) -> bool {
        !matches!(self, SaslMechanism::AwsMskIam)
    }
}

impl fmt::Display for SaslMechanism {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl FromStr for SaslMechanism {
    type Err = AuthError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim();
        Self::ALL
            .into_iter()
            .find(|m| m.label().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| AuthError::UnknownMechanism(s.to_owned()))
    }
}

#[derive(Clone, Debug)]
pub struct SaslCredentials {
    pub username: String,
    pub password: Secret,
}

impl SaslCredentials {
    pub fn new(username: impl Into<String>, password: impl Into<Secret>) -> Self {
        SaslCredentials {
            username: username.into(),
            password: password.into(),
        }
    }
}

/// What the client sends next in a SASL exchange.
#[derive(Clone, PartialEq, Eq)]
pub enum SaslStep {
    /// Send these bytes in a `SaslAuthenticate` request, then feed the
    /// server's `auth_bytes` back into [`SaslExchange::step`].
    Send(Vec<u8>),
    /// Send these bytes; the exchange is complete once the server accepts
    /// them, there is nothing left to check in its reply.
    SendLast(Vec<u8>),
    /// The exchange is complete and the server proved its identity where the
    /// mechanism allows it (SCRAM's server signature).
    Done,
}

// The bytes may carry a PLAIN password.
impl fmt::Debug for SaslStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaslStep::Send(b) => write!(f, "Send({} bytes)", b.len()),
            SaslStep::SendLast(b) => write!(f, "SendLast({} bytes)", b.len()),
            SaslStep::Done => f.write_str("Done"),
        }
    }
}

/// The client side of one SASL authentication, one instance per connection.
///
/// The first call passes `None`; every later call passes the `auth_bytes` of
/// the server's previous `SaslAuthenticate` response. Once `SendLast` or
/// `Done` has been returned, further calls return `Done`.
pub trait SaslExchange: Send {
    fn step(&mut self, server: Option<&[u8]>) -> Result<SaslStep, AuthError>;
}

pub fn sasl_exchange(
    mech: SaslMechanism,
    creds: &SaslCredentials,
) -> Result<Box<dyn SaslExchange>, AuthError> {
    let failed = |message: String| AuthError::Sasl {
        mechanism: mech.label(),
        message,
    };
    if !mech.uses_password() {
        return Err(failed(
            "it authenticates with a token, not a username and password".into(),
        ));
    }
    let config = SASLConfig::with_credentials(
        None,
        creds.username.clone(),
        creds.password.expose().to_owned(),
    )
    .map_err(|e| failed(e.to_string()))?;
    let offered = Mechname::parse(mech.name().as_bytes()).map_err(|e| failed(e.to_string()))?;
    let session = SASLClient::new(config)
        .start_suggested(&[offered])
        .map_err(|e| failed(e.to_string()))?;
    Ok(Box::new(RsaslExchange {
        mechanism: mech,
        session,
        finished: false,
    }))
}

pub(super) struct RsaslExchange {
    mechanism: SaslMechanism,
    session: Session,
    finished: bool,
}

impl SaslExchange for RsaslExchange {
    fn step(&mut self, server: Option<&[u8]>) -> Result<SaslStep, AuthError> {
        // rsasl leaves stepping a finished session undefined.
        if self.finished {
            return Ok(SaslStep::Done);
        }
        let mut out = Vec::new();
        let state = self.session.step(server, &mut out).map_err(|e| {
            self.finished = true;
            AuthError::Sasl {
                mechanism: self.mechanism.name(),
                message: match e {
                    SessionError::MechanismError(inner) => inner.to_string(),
                    other => other.to_string(),
                },
            }
        })?;
        Ok(match state {
            State::Running => SaslStep::Send(out),
            State::Finished(MessageSent::Yes) => {
                self.finished = true;
                SaslStep::SendLast(out)
            }
            State::Finished(MessageSent::No) => {
                self.finished = true;
                SaslStep::Done
            }
        })
    }
}

/// The client side of SASL OAUTHBEARER (RFC 7628) for one bearer token.
///
/// The first message carries the token. A server that rejects it answers
/// with an error challenge (a JSON status) rather than failing outright, and
/// expects a lone `\x01` before it reports the failure; the exchange sends
/// that and then fails itself in case the server does not.
pub fn oauthbearer_exchange(mech: SaslMechanism, token: &Secret) -> Box<dyn SaslExchange> {
    Box::new(OauthBearerExchange {
        mechanism: mech,
        first: Some(Secret::new(format!(
            "n,,\x01auth=Bearer {}\x01\x01",
            token.expose()
        ))),
        state: OauthState::Start,
    })
}

pub(super) enum OauthState {
    Start,
    Sent,
    Rejected(String),
    Finished,
}

pub(super) struct OauthBearerExchange {
    mechanism: SaslMechanism,
    first: Option<Secret>,
    state: OauthState,
}

impl SaslExchange for OauthBearerExchange {
    fn step(&mut self, server: Option<&[u8]>) -> Result<SaslStep, AuthError> {
        match std::mem::replace(&mut self.state, OauthState::Finished) {
            OauthState::Start => {
                let first = self.first.take().unwrap_or_default();
                self.state = OauthState::Sent;
                Ok(SaslStep::Send(first.expose().as_bytes().to_vec()))
            }
            OauthState::Sent => match server {
                None | Some([]) => Ok(SaslStep::Done),
                Some(challenge) => {
                    self.state =
                        OauthState::Rejected(String::from_utf8_lossy(challenge).into_owned());
                    Ok(SaslStep::Send(vec![0x01]))
                }
            },
            OauthState::Rejected(challenge) => Err(AuthError::Sasl {
                mechanism: self.mechanism.label(),
                message: format!("the broker rejected the token: {challenge}"),
            }),
            OauthState::Finished => Ok(SaslStep::Done),
        }
    }
}
